import type { RawCode } from '../types';
import type { Catalog, Columns, IndexPart } from './artifact-schemas';
import { normalizeCode } from './format';
import { type ReadArtifact, entriesOf, loadTable } from './load-table';

/** One file of the Alphabetic Index family as loaded: terms in document order, parents before children. */
export interface IndexTerms {
  year: number;
  part: IndexPart;
  /** Column headings of a table (Drugs: 'Poisoning Accidental (unintentional)', ...; Neoplasms: 'Malignant Primary', ...). */
  headings: string[];
  columns: Columns<'indexTerms'>;
}

/** Which index parts the catalog has, newest year first: [{ year, part }]. */
export function indexParts(catalog: Catalog): { year: number; part: IndexPart }[] {
  const seen = new Map<string, { year: number; part: IndexPart }>();
  for (const e of catalog.artifacts) if (e.table === 'indexTerms' && e.part) seen.set(`${e.year} ${e.part}`, { year: e.year, part: e.part });
  return [...seen.values()].sort((a, b) => b.year - a.year);
}

/** Loads one index part (main Index, Drugs, Neoplasms, External Cause), or undefined when not built. */
export async function loadIndexTerms(read: ReadArtifact, catalog: Catalog, year: number, part: IndexPart): Promise<IndexTerms | undefined> {
  const key = { set: 'icd10cm', year, table: 'indexTerms', part } as const;
  if (entriesOf(catalog, key).length === 0) return undefined;
  const { columns, meta } = await loadTable(read, catalog, key);
  return { year, part, headings: meta.headings ?? [], columns };
}

/** The path of titles from the main term down to term `t`: ['Neoplasm, neoplastic', 'abdomen, abdominal', 'wall']. */
export function termPath(index: IndexTerms, t: number): string[] {
  const path: string[] = [];
  for (let n = t; n >= 0; n = index.columns.parent[n]!) path.unshift(index.columns.title[n]!);
  return path;
}

/** A table row's code per column heading; headings whose cell has no code ('--', '-') are left out. */
export function tableCells(index: IndexTerms, t: number): { heading: string; code: RawCode }[] {
  const cells = index.columns.cells[t];
  if (!cells) return [];
  return cells.split('|').flatMap((cell, c) => (/^[A-Z]\d/.test(cell) ? [{ heading: index.headings[c]!, code: normalizeCode(cell) }] : []));
}

/**
 * Every code the index names with the words that lead to it, for the search index: [raw code, text].
 * A plain term gives its path ('Accident, bare foot water skiier'); a table cell gives heading and path
 * ('Poisoning Accidental (unintentional): Arsenic, anti-infectives'). Codes ending in '-' are yielded without it.
 */
export function* indexTermsByCode(index: IndexTerms): Generator<[RawCode, string]> {
  const { code, manif } = index.columns;
  for (let t = 0; t < code.length; t++) {
    const own = [code[t]!, manif[t]!].filter((c) => /^[A-Z]\d/.test(c));
    const cells = tableCells(index, t);
    if (own.length === 0 && cells.length === 0) continue;
    const path = termPath(index, t).join(', ');
    for (const c of own) yield [normalizeCode(c), path];
    for (const cell of cells) yield [cell.code, `${cell.heading}: ${path}`];
  }
}
