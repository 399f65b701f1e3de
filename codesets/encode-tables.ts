import { LEVEL_CHARS, NOTE_KIND_CHARS, RULE_NOTE_KINDS, type TableMeta } from '../src/core/codeset/artifact-schemas';
import type { CodeRows } from '../src/core/codeset/code-table-file';
import type { CodeTable } from '../src/core/types';
import type { AddendaRow } from './parse/addenda';
import type { ParsedIndex } from './parse/cm-index';
import type { ParsedTabular } from './parse/cm-tabular';

type Columns = Record<string, string[] | number[] | string>;

/**
 * A code table's rows (written binary, see code-table-file), and its short titles as their own columns (undefined
 * where the set has none). Short titles equal to the long title are stored as '' (most ICD-10-CM rows), saving ~5 MB.
 */
export function codeColumns(table: CodeTable): { rows: CodeRows; short?: Columns } {
  const hasShort = table.shortTitles.some((s) => s !== '');
  return {
    rows: { codes: table.codes, titles: table.titles, billable: table.billable },
    short: hasShort ? { short: table.shortTitles.map((s, i) => (s === table.titles[i] ? '' : s)) } : undefined,
  };
}

/**
 * An older year's code table stored against a newer one: a title or short title equal to the newer
 * year's for the same code is stored as ''. FY2021 beside FY2026 shrinks from 11 MB to about 1.5 MB.
 */
export function codeColumnsAgainst(table: CodeTable, newer: CodeTable): { rows: CodeRows; short: Columns; meta: TableMeta } {
  const row = new Map(newer.codes.map((c, i) => [c, i]));
  const against = (own: string[], theirs: string[]) =>
    own.map((value, i) => (theirs[row.get(table.codes[i]!) ?? -1] === value ? '' : value));
  return {
    rows: { codes: table.codes, titles: against(table.titles, newer.titles), billable: table.billable },
    short: { short: against(table.shortTitles, newer.shortTitles) },
    meta: { sameAs: newer.year },
  };
}

export function modifierColumns(table: CodeTable): Columns {
  return { code: table.codes, title: table.titles, short: table.shortTitles };
}

export function addendaColumns(rows: AddendaRow[]): Columns {
  return {
    action: rows.map((r) => r.action).join(''), code: rows.map((r) => r.code),
    billable: rows.map((r) => r.billable).join(''), title: rows.map((r) => r.title),
  };
}

/**
 * The Tabular List as three tables: nodes (hierarchy), notes, and 7th character definitions; and what suggestions
 * read of it (see tabularSkeleton in artifact-schemas): the nodes without titles and the rule notes alone.
 */
export function tabularColumns(tabular: ParsedTabular): { nodes: Columns; notes: Columns; seventh: Columns; skeleton: Columns; ruleNotes: Columns } {
  const { nodes } = tabular;
  const notes = nodes.flatMap((n, node) => n.notes.map((note) => ({ node, ...note })));
  const seventh = nodes.flatMap((n, node) => n.seventh.map((s) => ({ node, ...s })));
  const noteColumns = (rows: typeof notes) => ({ node: rows.map((n) => n.node), kind: rows.map((n) => NOTE_KIND_CHARS[n.kind]).join(''), text: rows.map((n) => n.text) });
  const skeleton = { id: nodes.map((n) => n.id), level: nodes.map((n) => LEVEL_CHARS[n.level]).join(''), parent: nodes.map((n) => n.parent) };
  return {
    nodes: { ...skeleton, title: nodes.map((n) => n.title) },
    notes: noteColumns(notes),
    seventh: { node: seventh.map((s) => s.node), char: seventh.map((s) => s.char).join(''), meaning: seventh.map((s) => s.meaning) },
    skeleton,
    ruleNotes: noteColumns(notes.filter((n) => RULE_NOTE_KINDS.includes(n.kind))),
  };
}

/** An index file as one table of terms; table cells (Drugs, Neoplasms) in heading order joined by '|'. */
export function indexColumns(index: ParsedIndex): { columns: Columns; meta: TableMeta } {
  const cols = Object.keys(index.headings).map(Number).filter((c) => c > 1).sort((a, b) => a - b);
  const { terms } = index;
  const pick = (field: 'title' | 'nemod' | 'code' | 'manif' | 'see' | 'seeAlso' | 'subcat') => terms.map((t) => t[field]);
  return {
    columns: {
      parent: terms.map((t) => t.parent), title: pick('title'), nemod: pick('nemod'), code: pick('code'),
      manif: pick('manif'), see: pick('see'), seeAlso: pick('seeAlso'), subcat: pick('subcat'),
      cells: terms.map((t) => (Object.keys(t.cells).length === 0 ? '' : cols.map((c) => t.cells[c] ?? '').join('|'))),
    },
    meta: { title: index.title, headings: cols.map((c) => index.headings[c] ?? '') },
  };
}
