import * as z from 'zod/mini';
import { CODE_INDEX, FORMAT_VERSION, TableKey, TableMeta } from './artifact-schemas';
import { decodeBinary, encodeBinary, joinRows } from './binary-artifact';
import { buildCodeSlots } from './code-index';
import type { RowBytes } from './lazy-rows';

/**
 * A code table shard as a binary artifact (binary-artifact): codes and titles as '\n'-joined UTF-8 with where each
 * row starts (so that rows can be decoded one by one, see lazyRows), billable flags as one byte per row; and beside
 * the shards, the table's lookup slots (CODE_INDEX). Loading a column at once is a decode and a split, where JSON
 * arrays of 98,000 strings cost JSON.parse several times as much (and front-coded titles a rebuild of every title).
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
    codeStarts: { type: 'u32', data: rowStarts(rows.codes) },
    title: { type: 'text', data: joinRows(rows.titles, 'title') },
    titleStarts: { type: 'u32', data: rowStarts(rows.titles) },
    billable: { type: 'u8', data: rows.billable },
  });
}

/** Where each row starts in its '\n'-joined UTF-8 bytes, then the end + 1: rows can be read one by one (lazyRows). */
function rowStarts(rows: readonly string[]): Uint32Array {
  const starts = new Uint32Array(rows.length + 1);
  rows.forEach((row, i) => (starts[i + 1] = starts[i]! + new TextEncoder().encode(row).length + 1));
  return starts;
}

/** The bytes of a code table's lookup slots (see CODE_INDEX), over all its rows. */
export function encodeCodeIndex(key: TableKey, codes: readonly string[]): Uint8Array {
  const header = { formatVersion: FORMAT_VERSION, ...key, table: CODE_INDEX, shard: 0, rows: codes.length };
  return encodeBinary(header, { slots: { type: 'i32', data: buildCodeSlots(codes) } });
}

/** One shard's columns, codes and titles not yet decoded (see lazyRows). */
export interface CodeShard {
  header: CodeShardHeader;
  codes: RowBytes;
  titles: RowBytes;
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
  const column = (name: 'code' | 'title'): RowBytes => {
    const bytes = file.textBytes(name);
    const starts = file.section(`${name}Starts`, 'u32');
    if (starts.length !== header.rows + 1 || starts[0] !== 0 || starts[header.rows] !== (header.rows === 0 ? 0 : bytes.length + 1)) {
      fail(`has ${starts.length} ${name} starts (ending at ${starts[starts.length - 1]}) for ${header.rows} rows of ${bytes.length} bytes`);
    }
    return { bytes, starts };
  };
  return { header, codes: column('code'), titles: column('title'), billable };
}
