import * as z from 'zod/mini';
import type { NoteKind, TabularLevel } from '../types';

/**
 * The build artifacts in dist/data, as zod schemas shared by the writer (codesets/) and the loader.
 * Every artifact is columnar: each table is a few same-length arrays (or one-character-per-row strings) in JSON,
 * so that loading costs little more than JSON.parse of the bytes; the code tables, which the first search waits
 * for, are binary (codeset/code-table-file), loading as a few decodes and splits.
 */

/** Bump when any table's columns change; a loader meeting another version asks for a rebuild. */
export const FORMAT_VERSION = 3;

/** Firefox's add-on linter rejects JS/JSON files over 4 MB; shards stay under this many UTF-8 bytes. */
export const MAX_ARTIFACT_BYTES = 3_800_000;

export const CodeSetName = z.enum(['icd10cm', 'icd10pcs', 'hcpcs']);
export type CodeSetName = z.infer<typeof CodeSetName>;

/** Parts of the ICD-10-CM Alphabetic Index, each its own official XML file. */
export const IndexPart = z.enum(['index', 'drug', 'neoplasm', 'eindex']);
export type IndexPart = z.infer<typeof IndexPart>;

/**
 * Big columns are checked in one plain loop: zod's per-element checks cost more than parsing 98,000 rows, and a
 * for loop runs optimized sooner in a cold process than `every` with a callback.
 */
function isStrings(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}
function isIntegers(v: unknown): v is number[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!Number.isInteger(v[i])) return false;
  return true;
}
export const strings = z.custom<string[]>(isStrings, 'expected an array of strings');
export const numbers = z.custom<number[]>(isIntegers, 'expected an array of integers');
/** One character per row, e.g. billable flags '0110'. */
const chars = (allowed: RegExp) => z.string().check(z.regex(allowed));

/**
 * An object of `make`'s values, each made on its first read and kept. Making a zod schema costs about as much as
 * using it once on a small value: the thirteen table schemas, made at import, cost every cold start although a first
 * search reads none of those tables.
 */
function lazily<T extends Record<string, () => unknown>>(make: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const out = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(make) as (keyof T & string)[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = make[key]!() as ReturnType<T[typeof key]>;
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}

/**
 * Columns of each JSON table, by table name. A shard holds a slice of rows of every column. The code tables
 * ('codes', see CODE_TABLE) are binary artifacts instead (codeset/code-table-file). Each schema is made on its first
 * use (see lazily): a first search reads none of these tables, a first chart three.
 */
export const TableColumns = lazily({
  /**
   * A set's short titles, apart from the codes because only match explanations need them: '' where the short
   * title equals the long one (most rows). Absent where the set has none.
   */
  shortTitles: () => z.object({ short: strings }),
  /** A = added, D = deleted, F = revised from, T = revised to; flag '-' where the file gives none (PCS). */
  addenda: () => z.object({ action: chars(/^[ADFT]*$/), code: strings, billable: chars(/^[01-]*$/), title: strings }),
  /** level: C chapter, S section, K category, U subcategory, D code; parent -1 at a chapter. */
  tabularNodes: () => z.object({ id: strings, level: chars(/^[CSKUD]*$/), parent: numbers, title: strings }),
  /** kind: see NOTE_KIND_CHARS. */
  tabularNotes: () => z.object({ node: numbers, kind: chars(/^[it12fuan]*$/), text: strings }),
  tabularSeventh: () => z.object({ node: numbers, char: chars(/^[0-9A-Z]*$/), meaning: strings }),
  /**
   * What suggestions read of the Tabular List (about 1.1 of its 4.4 MB): the hierarchy without titles, and the notes
   * of RULE_NOTE_KINDS alone (kind as in tabularNotes). Absent from artifacts built before it: the full list stands in.
   */
  tabularSkeleton: () => z.object({ id: strings, level: chars(/^[CSKUD]*$/), parent: numbers }),
  tabularRuleNotes: () => z.object({ node: numbers, kind: chars(/^[1fu]*$/), text: strings }),
  /** cells: a table row's codes joined by '|' (Drugs, Neoplasms), '' elsewhere; parent -1 at a main term. */
  indexTerms: () => z.object({
    parent: numbers, title: strings, nemod: strings, code: strings, manif: strings,
    see: strings, seeAlso: strings, subcat: strings, cells: strings,
  }),
  pcsTables: () => z.object({ key: strings, section: strings, bodySystem: strings, operation: strings, definition: strings }),
  /** Each axis column holds the row's allowed characters for that position, e.g. approach '034'. */
  pcsRows: () => z.object({ table: numbers, bodyPart: strings, approach: strings, device: strings, qualifier: strings }),
  pcsLabels: () => z.object({ table: numbers, pos: chars(/^[4-7]*$/), char: chars(/^[0-9A-Z]*$/), label: strings }),
  pcsDefinitions: () => z.object({
    section: chars(/^[0-9A-Z]*$/), pos: chars(/^[1-7]*$/), term: strings, definition: strings, explanation: strings,
    includes: strings,
  }),
  modifiers: () => z.object({ code: strings, title: strings, short: strings }),
});
/** The code table of a set and year: codes, titles and billable flags, read before anything else (binary). */
export const CODE_TABLE = 'codes';
/** Beside it, its lookup slots (codeset/code-index), built once by the build rather than by each first search (binary). */
export const CODE_INDEX = 'codeIndex';
export type JsonTableName = keyof typeof TableColumns;
export type TableName = JsonTableName | typeof CODE_TABLE | typeof CODE_INDEX;
export type Columns<T extends JsonTableName> = z.infer<(typeof TableColumns)[T]>;
export const TableName = z.enum([CODE_TABLE, CODE_INDEX, ...(Object.keys(TableColumns) as JsonTableName[])]);

/**
 * Extra per-table facts kept in every shard: the index title and table headings; and for an older year's
 * code table, `sameAs`: the year whose titles fill its '' titles and short titles (most titles do not change).
 */
export const TableMeta = z.object({ title: z.optional(z.string()), headings: z.optional(strings), sameAs: z.optional(z.int()) });
export type TableMeta = z.infer<typeof TableMeta>;

/** Which table of which set and year a file belongs to. */
export const TableKey = z.object({ set: CodeSetName, year: z.int(), table: TableName, part: z.optional(IndexPart) });
export type TableKey = z.infer<typeof TableKey>;

export const Shard = z.extend(TableKey, {
  formatVersion: z.int(),
  shard: z.int().check(z.nonnegative()),
  meta: z.optional(TableMeta),
  columns: z.record(z.string(), z.unknown()),
});
export type Shard = z.infer<typeof Shard>;

export const CatalogEntry = z.extend(TableKey, {
  name: z.string().check(z.regex(/^[a-z0-9-]+\.(json|bin)$/)),
  bytes: z.int().check(z.positive()),
  /** fnv1a32 of the file's text (fnv1a32Bytes of its bytes for a .bin file). */
  checksum: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  formatVersion: z.int(),
  shard: z.int().check(z.nonnegative()),
  /** rows in this shard, and for code tables the billable rows. */
  counts: z.object({ rows: z.int().check(z.nonnegative()), billable: z.optional(z.int().check(z.nonnegative())) }),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const Catalog = z.object({
  formatVersion: z.int(),
  /** sha256 of each official source file, by file name: what the artifacts were built from. */
  sources: z.record(z.string(), z.string()),
  artifacts: z.array(CatalogEntry),
});
export type Catalog = z.infer<typeof Catalog>;

/** The file name of one shard: icd10cm-2026-codes-0.bin, icd10cm-2025-indexTerms-drug-0.json (lower-cased). */
export function shardName(key: TableKey, shard: number): string {
  const extension = key.table === CODE_TABLE || key.table === CODE_INDEX ? '.bin' : '.json';
  return [key.set, key.year, key.table, key.part, shard].filter((x) => x !== undefined).join('-').toLowerCase() + extension;
}

/** One character per note kind in the tabularNotes `kind` column. */
export const NOTE_KIND_CHARS = {
  includes: 'i', inclusionTerm: 't', excludes1: '1', excludes2: '2', codeFirst: 'f', useAdditionalCode: 'u',
  codeAlso: 'a', notes: 'n',
} as const satisfies Record<NoteKind, string>;

/** The notes that relate a code to others on the claim, all that suggestions read (core/suggest/code-rules). */
export const RULE_NOTE_KINDS: readonly NoteKind[] = ['excludes1', 'codeFirst', 'useAdditionalCode'];

/** One character per Tabular List level in the tabularNodes `level` column. */
export const LEVEL_CHARS = {
  chapter: 'C', section: 'S', category: 'K', subcategory: 'U', code: 'D',
} as const satisfies Record<TabularLevel, string>;
