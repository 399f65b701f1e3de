import type { NoteKind, TabularLevel } from '../types';
import { type Catalog, LEVEL_CHARS, NOTE_KIND_CHARS } from './artifact-schemas';
import { type Later, type ReadArtifact, checkNow, loadTable } from './load-table';

/** A Tabular List as loaded: nodes in document order, each node's own notes and 7th characters found by offset. */
export interface TabularList {
  year: number;
  ids: string[];
  levels: TabularLevel[];
  parents: number[];
  titles: string[];
  /** Notes of node n are rows noteStart[n] .. noteStart[n + 1] - 1. */
  noteStart: Int32Array;
  noteKinds: NoteKind[];
  noteTexts: string[];
  seventhStart: Int32Array;
  seventhChars: string;
  seventhMeanings: string[];
  /** Node index of each category, subcategory and code (sections such as 'B10' share ids with categories and are left out). */
  byCode: Map<string, number>;
}

const LEVELS = Object.fromEntries(Object.entries(LEVEL_CHARS).map(([k, v]) => [v, k])) as Record<string, TabularLevel>;
const KINDS = Object.fromEntries(Object.entries(NOTE_KIND_CHARS).map(([k, v]) => [v, k])) as Record<string, NoteKind>;

/** Offsets of each node's rows in a table sorted by node: rows of node n are start[n] .. start[n + 1] - 1. */
function startsOf(nodeColumn: number[], nodes: number, name: string): Int32Array {
  const start = new Int32Array(nodes + 1);
  let previous = -1;
  for (const node of nodeColumn) {
    if (node < previous || node >= nodes) throw new Error(`ChartCode codeset: ${name} rows are not in node order (node ${node})`);
    start[node + 1]!++;
    previous = node;
  }
  for (let n = 0; n < nodes; n++) start[n + 1]! += start[n]!;
  return start;
}

/** Years of the Tabular Lists in the catalog, newest first. */
export function tabularYears(catalog: Catalog): number[] {
  const years = catalog.artifacts.filter((e) => e.table === 'tabularNodes').map((e) => e.year);
  return [...new Set(years)].sort((a, b) => b - a);
}

/**
 * Loads the Tabular List of `year` (default: the newest the catalog has), or undefined when none was built.
 * Separate from the code tables because only detail views and rule checks need the notes (about 4 MB).
 */
export async function loadTabularList(
  read: ReadArtifact, catalog: Catalog, year = tabularYears(catalog)[0], later: Later = checkNow,
): Promise<TabularList | undefined> {
  if (year === undefined || !tabularYears(catalog).includes(year)) return undefined;
  const key = { set: 'icd10cm', year } as const;
  const [nodes, notes, seventh] = await Promise.all([
    loadTable(read, catalog, { ...key, table: 'tabularNodes' }, later),
    loadTable(read, catalog, { ...key, table: 'tabularNotes' }, later),
    loadTable(read, catalog, { ...key, table: 'tabularSeventh' }, later),
  ]);
  const { id, level, parent, title } = nodes.columns;
  const levels = Array.from(level, (c) => LEVELS[c]!);
  const byCode = new Map<string, number>();
  id.forEach((code, n) => levels[n] !== 'chapter' && levels[n] !== 'section' && byCode.set(code, n));
  return {
    year, ids: id, levels, parents: parent, titles: title,
    noteStart: startsOf(notes.columns.node, id.length, 'tabularNotes'),
    noteKinds: Array.from(notes.columns.kind, (c) => KINDS[c]!), noteTexts: notes.columns.text,
    seventhStart: startsOf(seventh.columns.node, id.length, 'tabularSeventh'),
    seventhChars: seventh.columns.char, seventhMeanings: seventh.columns.meaning, byCode,
  };
}
