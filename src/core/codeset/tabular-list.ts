import type { NoteKind, TabularLevel } from '../types';
import { type Catalog, type Columns, LEVEL_CHARS, NOTE_KIND_CHARS } from './artifact-schemas';
import { type Later, type ReadArtifact, checkNow, entriesOf, loadTable } from './load-table';
import { TabularCodes } from './tabular-codes';

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
  /** Node index of each category, subcategory and code (see TabularCodes). */
  byCode: TabularCodes;
  /** Only the notes of RULE_NOTE_KINDS, and every title '' (see loadTabularRules). */
  rulesOnly?: true;
}

const LEVELS = Object.fromEntries(Object.entries(LEVEL_CHARS).map(([k, v]) => [v, k])) as Record<string, TabularLevel>;
const KINDS = Object.fromEntries(Object.entries(NOTE_KIND_CHARS).map(([k, v]) => [v, k])) as Record<string, NoteKind>;

/**
 * The value of each character of a one-character-per-row column. A plain loop: Array.from over a string with a
 * callback took ten times as long for the 45,000 nodes in a cold process, before the first chart's answer.
 */
function each<T>(chars: string, values: Record<string, T>): T[] {
  const out = new Array<T>(chars.length);
  for (let i = 0; i < chars.length; i++) out[i] = values[chars[i]!]!;
  return out;
}

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
  return assemble(year, nodes.columns, nodes.columns.title, notes.columns, seventh.columns);
}

/**
 * The part of the Tabular List of `year` that suggestions read: the hierarchy, 7th characters and the notes of
 * RULE_NOTE_KINDS, without titles (about 1.1 of 4.4 MB), so that the first chart need not wait for the rest. The
 * full list stands in where the artifacts have no such tables; undefined when no list was built.
 */
export async function loadTabularRules(
  read: ReadArtifact, catalog: Catalog, year = tabularYears(catalog)[0], later: Later = checkNow,
): Promise<TabularList | undefined> {
  if (year === undefined) return undefined;
  const key = { set: 'icd10cm', year } as const;
  if (entriesOf(catalog, { ...key, table: 'tabularSkeleton' }).length === 0) return loadTabularList(read, catalog, year, later);
  const [nodes, notes, seventh] = await Promise.all([
    loadTable(read, catalog, { ...key, table: 'tabularSkeleton' }, later),
    loadTable(read, catalog, { ...key, table: 'tabularRuleNotes' }, later),
    loadTable(read, catalog, { ...key, table: 'tabularSeventh' }, later),
  ]);
  return { ...assemble(year, nodes.columns, new Array<string>(nodes.rows).fill(''), notes.columns, seventh.columns), rulesOnly: true };
}

/** The names of the Tabular tables `loadTabularRules` reads for `year`. */
export function tabularRulesTables(catalog: Catalog, year: number): string[] {
  const has = (table: string) => catalog.artifacts.some((e) => e.year === year && e.table === table);
  return has('tabularSkeleton') ? ['tabularSkeleton', 'tabularRuleNotes', 'tabularSeventh'] : ['tabularNodes', 'tabularNotes', 'tabularSeventh'];
}

function assemble(
  year: number, nodes: Columns<'tabularSkeleton'>, titles: string[], notes: Columns<'tabularNotes'>, seventh: Columns<'tabularSeventh'>,
): TabularList {
  const { id, level, parent } = nodes;
  return {
    year, ids: id, levels: each(level, LEVELS), parents: parent, titles,
    noteStart: startsOf(notes.node, id.length, 'tabularNotes'),
    noteKinds: each(notes.kind, KINDS), noteTexts: notes.text,
    seventhStart: startsOf(seventh.node, id.length, 'tabularSeventh'),
    seventhChars: seventh.char, seventhMeanings: seventh.meaning, byCode: new TabularCodes(id, level),
  };
}
