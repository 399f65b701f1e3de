import type { CodeSystem, CodeTable } from '../types';
import type { Catalog, CodeSetName } from './artifact-schemas';
import { codeIndex, useCodeSlots } from './code-index';
import { loadCodeRows } from './load-code-rows';
import { materializeRows, plainRows } from './lazy-rows';
import { type Later, type ReadArtifact, checkNow, entriesOf, loadTable } from './load-table';

export { checkNow, loadCatalog, type Later, type ReadArtifact } from './load-table';

/** One code set and year as catalog.json counts it (no artifact read). */
export interface SetSummary {
  set: CodeSetName;
  year: number;
  codes: number;
  billable: number;
  /** ICD-10-CM only: year of the Tabular List whose notes apply (the newest not after `year`), if any. */
  notesYear?: number;
}

/** What changed from the previous year, from the official addenda file. */
export interface Addenda {
  set: CodeSetName;
  year: number;
  /** A = added, D = deleted, F = revised from, T = revised to. */
  action: string;
  codes: string[];
  /** '1' billable, '0' header, '-' unknown, one char per row. */
  billable: string;
  titles: string[];
}

/** The sets and years in the catalog with their counts, newest year first within each set; reads no artifact. */
export function summarizeCatalog(catalog: Catalog): SetSummary[] {
  const summaries = new Map<string, SetSummary>();
  for (const entry of catalog.artifacts) {
    if (entry.table !== 'codes') continue;
    const key = `${entry.set} ${entry.year}`;
    const summary = summaries.get(key) ?? { set: entry.set, year: entry.year, codes: 0, billable: 0 };
    summary.codes += entry.counts.rows;
    summary.billable += entry.counts.billable ?? 0;
    summaries.set(key, summary);
  }
  const tabularYears = catalog.artifacts.filter((e) => e.table === 'tabularNodes').map((e) => e.year);
  const order = ['icd10cm', 'icd10pcs', 'hcpcs'];
  return [...summaries.values()]
    .map((s) => {
      const notesYear = s.set === 'icd10cm' ? Math.max(...tabularYears.filter((y) => y <= s.year)) : -Infinity;
      return Number.isFinite(notesYear) ? { ...s, notesYear } : s;
    })
    .sort((a, b) => order.indexOf(a.set) - order.indexOf(b.set) || b.year - a.year);
}

export interface LoadCodeTableOptions {
  /** Receives the checksum checks (see Later); at once by default. */
  later?: Later;
  /**
   * false: leave `shortTitles` all '' for `loadShortTitles` to fill later (only match explanations need them, so
   * the engine's first search does not wait for them). Default true.
   */
  shortTitles?: boolean;
  /**
   * true: codes and titles decoded each on its first read (see lazyRows), for a first search that reads a few of
   * them; the caller calls materializeRows once it is answered. Default false. An older year stored against a newer
   * loads both plain.
   */
  lazyRows?: boolean;
}

/**
 * Loads one code table. A '' short title means "same as the long title". An older year stored against a
 * newer one (meta.sameAs) takes its '' titles from that year, loaded here unless passed as `newer`.
 */
export async function loadCodeTable(
  read: ReadArtifact, catalog: Catalog, set: CodeSetName, year: number, newer?: CodeTable, options: LoadCodeTableOptions = {},
): Promise<CodeTable> {
  const { later = checkNow, shortTitles = true, lazyRows = false } = options;
  const { rows: { codes: ownCodes, titles: own, billable }, meta, slots } = await loadCodeRows(read, catalog, set, year, later, lazyRows);
  let [codes, titles] = [ownCodes, own];
  let reference: CodeTable | undefined;
  if (meta.sameAs !== undefined) {
    reference = newer?.year === meta.sameAs ? newer : await loadCodeTable(read, catalog, set, meta.sameAs, undefined, { ...options, lazyRows: false });
    materializeRows(reference);
    codes = plainRows(codes);
    titles = fillFrom(reference, codes, plainRows(titles), reference.titles);
  }
  const rows = codes.length;
  const table: CodeTable = { system: set as CodeSystem, year, codes, titles, shortTitles: new Array<string>(rows).fill(''), billable };
  if (slots) useCodeSlots(table, slots);
  if (shortTitles) table.shortTitles = await loadShortTitles(read, catalog, table, reference, later);
  return table;
}

/** `own` with each '' taken from the same code's value in `reference` (an older year stored against a newer). */
function fillFrom(reference: CodeTable, codes: string[], own: string[], theirs: string[]): string[] {
  return own.map((v, i) => v || (theirs[codeIndex(reference, codes[i]!) ?? -1] ?? ''));
}

/**
 * The short titles of a loaded table ('' where the set has none); `newer` is the table an older year was stored
 * against (see loadCodeTable), with its short titles loaded.
 */
export async function loadShortTitles(
  read: ReadArtifact, catalog: Catalog, table: CodeTable, newer?: CodeTable, later: Later = checkNow,
): Promise<string[]> {
  materializeRows(table); // read all below
  const key = { set: table.system as CodeSetName, year: table.year, table: 'shortTitles' } as const;
  if (entriesOf(catalog, key).length === 0) return new Array<string>(table.codes.length).fill('');
  const { columns, rows } = await loadTable(read, catalog, key, later);
  if (rows !== table.codes.length) throw new Error(`ChartCode codeset: ${table.system} ${table.year} has ${rows} short titles for ${table.codes.length} codes; rebuild the artifacts with \`npm run build\``);
  if (newer) return fillFrom(newer, table.codes, columns.short, newer.shortTitles);
  return columns.short.map((s, i) => s || table.titles[i]!);
}

/** Loads every code table the catalog lists (all sets and years), in summarizeCatalog order, each newest year once. */
export async function loadCodeTables(read: ReadArtifact, catalog: Catalog): Promise<CodeTable[]> {
  const tables: CodeTable[] = [];
  for (const s of summarizeCatalog(catalog)) {
    const newest = tables.find((t) => t.system === s.set);
    tables.push(await loadCodeTable(read, catalog, s.set, s.year, newest));
  }
  return tables;
}

/** Loads the addenda of one set and year, or undefined when that year's addenda were not supplied. */
export async function loadAddenda(read: ReadArtifact, catalog: Catalog, set: CodeSetName, year: number): Promise<Addenda | undefined> {
  const key = { set, year, table: 'addenda' } as const;
  if (entriesOf(catalog, key).length === 0) return undefined;
  const { columns } = await loadTable(read, catalog, key);
  return { set, year, action: columns.action, codes: columns.code, billable: columns.billable, titles: columns.title };
}
