import type { RawCode } from '../types';
import type { Catalog, Columns } from './artifact-schemas';
import { type ReadArtifact, entriesOf, loadTable } from './load-table';

/** The ICD-10-PCS Tables of one year as loaded: tables (characters 1-3), their rows, and per-table labels of characters 4-7. */
export interface PcsTables {
  year: number;
  tables: Columns<'pcsTables'>;
  rows: Columns<'pcsRows'>;
  /** Label of value `char` at position `pos` (4-7) in table t: labels.get(`${t}:${pos}${char}`). */
  labels: Map<string, string>;
  /** Table index by its first three characters ('0DT'). */
  byKey: Map<string, number>;
}

/** What each character of a PCS code means, from its table. */
export interface PcsMeaning {
  code: RawCode;
  section: string;
  bodySystem: string;
  operation: string;
  /** Definition of the root operation. */
  definition: string;
  bodyPart: string;
  approach: string;
  device: string;
  qualifier: string;
}

/** Loads the PCS Tables of `year`, or undefined when they were not built. */
export async function loadPcsTables(read: ReadArtifact, catalog: Catalog, year: number): Promise<PcsTables | undefined> {
  const key = { set: 'icd10pcs', year } as const;
  if (entriesOf(catalog, { ...key, table: 'pcsTables' }).length === 0) return undefined;
  const [tables, rows, labels] = await Promise.all([
    loadTable(read, catalog, { ...key, table: 'pcsTables' }),
    loadTable(read, catalog, { ...key, table: 'pcsRows' }),
    loadTable(read, catalog, { ...key, table: 'pcsLabels' }),
  ]);
  const l = labels.columns;
  const labelMap = new Map(l.label.map((label, i) => [`${l.table[i]}:${l.pos[i]}${l.char[i]}`, label]));
  return { year, tables: tables.columns, rows: rows.columns, labels: labelMap, byKey: new Map(tables.columns.key.map((k, t) => [k, t])) };
}

/** The meaning of each character of a PCS code, or undefined when no row of its table allows it. */
export function describePcsCode(pcs: PcsTables, code: RawCode): PcsMeaning | undefined {
  const t = pcs.byKey.get(code.slice(0, 3));
  if (t === undefined || code.length !== 7) return undefined;
  const { rows } = pcs;
  for (let r = 0; r < rows.table.length; r++) {
    if (rows.table[r] !== t) continue;
    const allowed = [rows.bodyPart[r]!, rows.approach[r]!, rows.device[r]!, rows.qualifier[r]!];
    if (!allowed.every((chars, i) => chars.includes(code[i + 3]!))) continue;
    const label = (pos: number) => pcs.labels.get(`${t}:${pos}${code[pos - 1]}`) ?? '';
    return {
      code, section: pcs.tables.section[t]!, bodySystem: pcs.tables.bodySystem[t]!, operation: pcs.tables.operation[t]!,
      definition: pcs.tables.definition[t]!, bodyPart: label(4), approach: label(5), device: label(6), qualifier: label(7),
    };
  }
  return undefined;
}

/** Every code the tables allow (the product of each row's axis values), in table order. */
export function* expandPcsCodes(pcs: PcsTables): Generator<RawCode> {
  const { rows, tables } = pcs;
  for (let r = 0; r < rows.table.length; r++) {
    const key = tables.key[rows.table[r]!]!;
    for (const b of rows.bodyPart[r]!) for (const a of rows.approach[r]!) for (const d of rows.device[r]!) {
      for (const q of rows.qualifier[r]!) yield key + b + a + d + q;
    }
  }
}

/** The ICD-10-PCS Definitions of one year: per section and character position, each term's definition. */
export type PcsDefinitions = Columns<'pcsDefinitions'> & { year: number };

/** Loads the PCS Definitions of `year`, or undefined when they were not built. */
export async function loadPcsDefinitions(read: ReadArtifact, catalog: Catalog, year: number): Promise<PcsDefinitions | undefined> {
  const key = { set: 'icd10pcs', year, table: 'pcsDefinitions' } as const;
  if (entriesOf(catalog, key).length === 0) return undefined;
  return { year, ...(await loadTable(read, catalog, key)).columns };
}
