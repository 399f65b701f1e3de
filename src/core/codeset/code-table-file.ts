import * as z from 'zod/mini';
import { artifactBytes, type ReadArtifact } from './artifact-read';
import { type Catalog, type CatalogEntry, FORMAT_VERSION, TableKey, TableMeta } from './artifact-schemas';
import { decodeBinary, encodeBinary, joinRows } from './binary-artifact';
import { fnv1a32Bytes } from './checksum';
import { entriesOf, fail, type Later } from './load-table';

/**
 * A code table shard as a binary artifact (binary-artifact): codes and titles as '\n'-joined texts, billable flags
 * as one byte per row. Loading it is a UTF-8 decode and a split per column, where JSON arrays of 98,000 strings cost
 * JSON.parse several times as much (and front-coded titles a rebuild of every title).
 */
export const CodeShardHeader = z.extend(TableKey, {
  formatVersion: z.int(),
  shard: z.int().check(z.nonnegative()),
  rows: z.int().check(z.nonnegative()),
  meta: z.optional(TableMeta),
});
export type CodeShardHeader = z.infer<typeof CodeShardHeader>;

export interface CodeRows {
  codes: string[];
  /** '' where an older year's title equals the newer year's (see TableMeta.sameAs). */
  titles: string[];
  /** 1 billable, 0 header. */
  billable: Uint8Array;
}

/** The bytes of one code table shard. */
export function encodeCodeShard(header: Omit<CodeShardHeader, 'formatVersion'>, rows: CodeRows): Uint8Array {
  return encodeBinary({ formatVersion: FORMAT_VERSION, ...header }, {
    code: { type: 'text', data: joinRows(rows.codes, 'code') },
    title: { type: 'text', data: joinRows(rows.titles, 'title') },
    billable: { type: 'u8', data: rows.billable },
  });
}

/** One shard's columns, texts not yet split (shards are joined first: one split per column is cheaper). */
interface CodeShard {
  header: CodeShardHeader;
  codes: string;
  titles: string;
  billable: Uint8Array;
}

/** Reads one code table shard; `fail(problem)` throws naming the file. Checks row counts and flags. */
export function decodeCodeShard(bytes: Uint8Array, fail: (problem: string) => never): CodeShard {
  const file = decodeBinary(bytes, CodeShardHeader, fail);
  const { header } = file;
  if (header.formatVersion !== FORMAT_VERSION) fail(`has format version ${header.formatVersion}, this build reads ${FORMAT_VERSION}`);
  const billable = file.section('billable', 'u8');
  if (billable.length !== header.rows) fail(`holds ${billable.length} billable flags where ${header.rows} were expected`);
  for (let i = 0; i < billable.length; i++) if (billable[i]! > 1) fail(`has a billable flag ${billable[i]} at row ${i}`);
  return { header, codes: file.section('code', 'text'), titles: file.section('title', 'text'), billable };
}

/** The rows of a '\n'-joined column of shards, counted once joined; on a wrong count, the shard at fault is named. */
function splitShards(shards: CodeShard[], column: 'codes' | 'titles', entries: CatalogEntry[]): string[] {
  const total = shards.reduce((n, s) => n + s.header.rows, 0);
  const rows = total === 0 ? [] : shards.map((s) => s[column]).join('\n').split('\n');
  if (rows.length === total) return rows;
  shards.forEach((s, i) => {
    const count = s[column] === '' ? 0 : s[column].split('\n').length;
    if (count !== s.header.rows) fail(entries[i]!.name, `holds ${count} ${column} where ${s.header.rows} were expected`);
  });
  return fail(entries[0]!.name, `and its shards hold ${rows.length} ${column} where ${total} were expected`);
}

/**
 * Loads every shard of one set's code table: checksum (through `later`, see Later), header and rows checked against
 * catalog.json, shards joined in order. Throws an Error naming the file when any check fails.
 */
export async function loadCodeRows(
  read: ReadArtifact, catalog: Catalog, set: TableKey['set'], year: number, later: Later,
): Promise<{ rows: CodeRows; meta: TableMeta }> {
  const entries = entriesOf(catalog, { set, year, table: 'codes' });
  if (entries.length === 0) throw new Error(`ChartCode codeset: catalog.json lists no ${set} ${year} codes artifact; rebuild the artifacts with \`npm run build\``);
  const shards = await Promise.all(entries.map(async (entry, i) => readCodeShard(entry, await read(entry.name), i, later)));
  const rows = {
    codes: splitShards(shards, 'codes', entries),
    titles: splitShards(shards, 'titles', entries),
    billable: shards.length === 1 ? shards[0]!.billable : joinBytes(shards.map((s) => s.billable)),
  };
  return { rows, meta: shards[0]!.header.meta ?? {} };
}

function readCodeShard(entry: CatalogEntry, data: string | Uint8Array, shard: number, later: Later) {
  const problem = (text: string): never => fail(entry.name, text);
  const bytes = artifactBytes(data, problem);
  later(() => {
    const checksum = fnv1a32Bytes(bytes);
    if (checksum !== entry.checksum) problem(`is truncated or altered (checksum ${checksum}, catalog.json says ${entry.checksum})`);
  });
  const decoded = decodeCodeShard(bytes, problem);
  const { header } = decoded;
  if (header.table !== 'codes' || header.set !== entry.set || header.year !== entry.year || header.shard !== entry.shard) {
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
