import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Catalog, type CatalogEntry, CODE_INDEX, CODE_TABLE, FORMAT_VERSION, type JsonTableName, MAX_ARTIFACT_BYTES, shardName,
  type TableKey, type TableMeta, TableColumns,
} from '../src/core/codeset/artifact-schemas';
import { fnv1a32, fnv1a32Bytes } from '../src/core/codeset/checksum';
import { type CodeRows, encodeCodeIndex, encodeCodeShard } from '../src/core/codeset/code-table-file';

type Column = string[] | number[] | string;

/** Writes columnar tables as shards under MAX_ARTIFACT_BYTES and keeps the catalog entries. */
export interface ArtifactWriter {
  /** Validates the columns with the loader's zod schema, then writes as many shards as the size limit needs. */
  writeTable(key: TableKey, columns: Record<string, Column>, meta?: TableMeta): void;
  /** Writes a code table as binary shards (codeset/code-table-file), as many as the size limit needs. */
  writeCodes(key: TableKey & { table: typeof CODE_TABLE }, rows: CodeRows, meta?: TableMeta): void;
  /** Writes catalog.json listing every shard written, and returns it. */
  finish(sources: Record<string, string>): Catalog;
}

function sliceColumns(columns: Record<string, Column>, start: number, end: number): Record<string, Column> {
  return Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, column.slice(start, end)]));
}

/** Splits rows evenly into the fewest shards that each serialize under the limit. */
function toShards(key: TableKey, columns: Record<string, Column>, rows: number, meta?: TableMeta): { texts: string[]; per: number } {
  for (let count = 1; ; count++) {
    const per = Math.ceil(rows / count);
    const texts = Array.from({ length: Math.max(count, 1) }, (_, shard) =>
      JSON.stringify({ formatVersion: FORMAT_VERSION, ...key, shard, meta, columns: sliceColumns(columns, shard * per, (shard + 1) * per) }),
    );
    if (texts.every((t) => Buffer.byteLength(t) <= MAX_ARTIFACT_BYTES)) return { texts, per };
    if (per <= 1) throw new Error(`codesets: one row of ${shardName(key, 0)} is over ${MAX_ARTIFACT_BYTES} bytes`);
  }
}

function countBillable(columns: Record<string, Column>): number | undefined {
  const flags = columns.billable;
  return typeof flags === 'string' ? flags.split('').filter((f) => f === '1').length : undefined;
}

export function createArtifactWriter(outDir: string): ArtifactWriter {
  const entries: CatalogEntry[] = [];
  mkdirSync(outDir, { recursive: true });
  return {
    writeTable(key, columns, meta) {
      const checked = TableColumns[key.table as JsonTableName].safeParse(columns);
      if (!checked.success) throw new Error(`codesets: ${shardName(key, 0)} columns do not match their schema: ${checked.error.message}`);
      const lengths = Object.values(columns).map((c) => c.length);
      const rows = lengths[0] ?? 0;
      if (lengths.some((n) => n !== rows)) throw new Error(`codesets: ${shardName(key, 0)} columns differ in length (${lengths.join(', ')})`);
      const { texts, per } = toShards(key, columns, rows, meta);
      texts.forEach((text, shard) => {
        const name = shardName(key, shard);
        writeFileSync(join(outDir, name), text);
        const slice = sliceColumns(columns, shard * per, (shard + 1) * per);
        entries.push({
          ...key, name, bytes: Buffer.byteLength(text), checksum: fnv1a32(text), formatVersion: FORMAT_VERSION, shard,
          counts: { rows: Math.max(0, Math.min(rows, (shard + 1) * per) - shard * per), billable: countBillable(slice) },
        });
      });
    },
    writeCodes(key, rows, meta) {
      const total = rows.codes.length;
      for (let count = 1; ; count++) {
        const per = Math.ceil(total / count);
        const shards = Array.from({ length: count }, (_, shard) => {
          const [start, end] = [shard * per, Math.min(total, (shard + 1) * per)];
          const slice = { codes: rows.codes.slice(start, end), titles: rows.titles.slice(start, end), billable: rows.billable.slice(start, end) };
          return { shard, slice, bytes: encodeCodeShard({ ...key, shard, rows: slice.codes.length, meta }, slice) };
        });
        if (shards.some((s) => s.bytes.length > MAX_ARTIFACT_BYTES)) continue;
        const write = (entry: Omit<CatalogEntry, 'name' | 'bytes' | 'checksum' | 'formatVersion'>, bytes: Uint8Array) => {
          const name = shardName(entry, entry.shard);
          writeFileSync(join(outDir, name), bytes);
          entries.push({ ...entry, name, bytes: bytes.length, checksum: fnv1a32Bytes(bytes), formatVersion: FORMAT_VERSION });
        };
        for (const { shard, slice, bytes } of shards) {
          write({ ...key, shard, counts: { rows: slice.codes.length, billable: slice.billable.reduce((n, b) => n + b, 0) } }, bytes);
        }
        write({ ...key, table: CODE_INDEX, shard: 0, counts: { rows: total } }, encodeCodeIndex(key, rows.codes));
        return;
      }
    },
    finish(sources) {
      const catalog: Catalog = { formatVersion: FORMAT_VERSION, sources, artifacts: entries };
      writeFileSync(join(outDir, 'catalog.json'), JSON.stringify(catalog, null, 1));
      return catalog;
    },
  };
}
