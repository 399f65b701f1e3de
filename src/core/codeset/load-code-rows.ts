import { artifactBytes, type ReadArtifact } from './artifact-read';
import { type Catalog, type CatalogEntry, CODE_INDEX, CODE_TABLE, FORMAT_VERSION, type TableKey, type TableMeta } from './artifact-schemas';
import { decodeBinary, decodeText } from './binary-artifact';
import { fnv1a32Bytes } from './checksum';
import { type CodeRows, type CodeShard, CodeShardHeader, decodeCodeShard } from './code-table-file';
import { lazyRows } from './lazy-rows';
import { entriesOf, fail, type Later } from './load-table';

/** The rows of a '\n'-joined column of shards, counted once joined; on a wrong count, the shard at fault is named. */
function splitShards(texts: string[], shards: CodeShard[], column: string, entries: CatalogEntry[]): string[] {
  const total = shards.reduce((n, s) => n + s.header.rows, 0);
  const rows = total === 0 ? [] : texts.join('\n').split('\n');
  if (rows.length === total) return rows;
  texts.forEach((text, i) => {
    const count = text === '' ? 0 : text.split('\n').length;
    if (count !== shards[i]!.header.rows) fail(entries[i]!.name, `holds ${count} ${column} where ${shards[i]!.header.rows} were expected`);
  });
  return fail(entries[0]!.name, `and its shards hold ${rows.length} ${column} where ${total} were expected`);
}

/**
 * Loads every shard of one set's code table: checksum (through `later`, see Later), header and rows checked against
 * catalog.json, shards joined in order. Throws an Error naming the file when any check fails.
 */
export async function loadCodeRows(
  read: ReadArtifact, catalog: Catalog, set: TableKey['set'], year: number, later: Later, lazy = false,
): Promise<{ rows: CodeRows; meta: TableMeta; slots?: Int32Array }> {
  const entries = entriesOf(catalog, { set, year, table: CODE_TABLE });
  if (entries.length === 0) throw new Error(`ChartCode codeset: catalog.json lists no ${set} ${year} codes artifact; rebuild the artifacts with \`npm run build\``);
  const total = entries.reduce((n, e) => n + e.counts.rows, 0);
  const [index] = entriesOf(catalog, { set, year, table: CODE_INDEX });
  const slots = index && read(index.name).then((data) => readCodeIndex(index, data, total, later));
  slots?.catch(() => undefined); // awaited below, unless a shard fails first
  const shards = await Promise.all(entries.map(async (entry, i) => readCodeShard(entry, await read(entry.name), i, later)));
  const plain = (column: 'codes' | 'titles') => () =>
    splitShards(shards.map((s, i) => decodeText(s[column].bytes, (p) => fail(entries[i]!.name, p))), shards, column, entries);
  const rows = {
    codes: lazy ? lazyRows(shards.map((s) => s.codes), total, plain('codes')) : plain('codes')(),
    titles: lazy ? lazyRows(shards.map((s) => s.titles), total, plain('titles')) : plain('titles')(),
    billable: shards.length === 1 ? shards[0]!.billable : joinBytes(shards.map((s) => s.billable)),
  };
  return { rows, meta: shards[0]!.header.meta ?? {}, slots: await slots };
}

function readCodeIndex(entry: CatalogEntry, data: string | Uint8Array, rows: number, later: Later): Int32Array {
  const problem = (text: string): never => fail(entry.name, text);
  const bytes = checkedBytes(entry, data, later);
  const file = decodeBinary(bytes, CodeShardHeader, problem);
  const { header } = file;
  if (header.formatVersion !== FORMAT_VERSION) problem(`has format version ${header.formatVersion}, this build reads ${FORMAT_VERSION}`);
  if (header.table !== CODE_INDEX || header.set !== entry.set || header.year !== entry.year || header.rows !== rows) {
    problem(`holds the ${header.table} of ${header.set} ${header.year} (${header.rows} rows), not what catalog.json lists`);
  }
  const slots = file.section('slots', 'i32');
  // As buildCodeSlots sizes them: a power of two at least twice the rows.
  if (slots.length < 2 * rows || (slots.length & (slots.length - 1)) !== 0) problem(`has ${slots.length} slots for ${rows} rows`);
  return slots;
}

/** The bytes of a binary artifact, their checksum handed to `later` (see Later). */
function checkedBytes(entry: CatalogEntry, data: string | Uint8Array, later: Later): Uint8Array {
  const bytes = artifactBytes(data, (text) => fail(entry.name, text));
  later(() => {
    const checksum = fnv1a32Bytes(bytes);
    if (checksum !== entry.checksum) fail(entry.name, `is truncated or altered (checksum ${checksum}, catalog.json says ${entry.checksum})`);
  });
  return bytes;
}

function readCodeShard(entry: CatalogEntry, data: string | Uint8Array, shard: number, later: Later) {
  const problem = (text: string): never => fail(entry.name, text);
  const decoded = decodeCodeShard(checkedBytes(entry, data, later), problem);
  const { header } = decoded;
  if (header.table !== CODE_TABLE || header.set !== entry.set || header.year !== entry.year || header.shard !== entry.shard) {
    problem(`holds ${header.set} ${header.year} ${header.table} shard ${header.shard}, not what catalog.json lists`);
  }
  if (header.shard !== shard) problem(`is shard ${header.shard} where shard ${shard} was expected`);
  if (header.rows !== entry.counts.rows) problem(`holds ${header.rows} rows, catalog.json says ${entry.counts.rows}`);
  return decoded;
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
