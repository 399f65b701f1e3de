import type { IndexTerms } from './index-terms';
import { tableCells } from './index-terms';

/** One term of the Alphabetic Index family with what it points to and the subterms below it. */
export interface IndexEntry {
  part: string;
  /** Year of the Index file the entry comes from (the FY2025 Drugs, Neoplasms and External Cause files here). */
  year: number;
  title: string;
  /** Nonessential modifiers, as the Index prints them in parentheses. */
  nemod?: string;
  code?: string;
  manif?: string;
  see?: string;
  seeAlso?: string;
  /** Drugs and Neoplasms tables: the code of each column. */
  cells?: { heading: string; code: string }[];
  children: IndexEntry[];
}

const MAX_MAIN_TERMS = 10;
const MAX_DEPTH = 3;

/**
 * Main terms whose title starts with the query (case and accents ignored), each with its subterm tree to three
 * levels; a "see" reference of a main term found is followed to the main term it names.
 */
export function browseIndex(parts: IndexTerms[], query: string): IndexEntry[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  const found: IndexEntry[] = [];
  for (const part of parts) {
    const children = childrenOf(part);
    for (let t = 0; t < part.columns.title.length && found.length < MAX_MAIN_TERMS; t++) {
      if (part.columns.parent[t] !== -1 || !fold(part.columns.title[t]!).startsWith(wanted)) continue;
      const entry = entryOf(part, children, t, MAX_DEPTH);
      found.push(entry);
      const target = entry.see ? findMain(part, entry.see) : undefined;
      if (target !== undefined && found.length < MAX_MAIN_TERMS) found.push(entryOf(part, children, target, MAX_DEPTH));
    }
  }
  return found;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function childrenOf(part: IndexTerms): Map<number, number[]> {
  const children = new Map<number, number[]>();
  part.columns.parent.forEach((p, t) => {
    if (p >= 0) children.set(p, [...(children.get(p) ?? []), t]);
  });
  return children;
}

function findMain(part: IndexTerms, see: string): number | undefined {
  const target = fold(see.split(',')[0]!.trim());
  const t = part.columns.title.findIndex((title, i) => part.columns.parent[i] === -1 && fold(title) === target);
  return t >= 0 ? t : undefined;
}

function entryOf(part: IndexTerms, children: Map<number, number[]>, t: number, depth: number): IndexEntry {
  const c = part.columns;
  const cells = tableCells(part, t);
  const optional = (value: string | undefined) => (value ? value : undefined);
  return {
    part: part.part,
    year: part.year,
    title: c.title[t]!,
    nemod: optional(c.nemod[t]),
    code: optional(c.code[t]),
    manif: optional(c.manif[t]),
    see: optional(c.see[t]),
    seeAlso: optional(c.seeAlso[t]),
    cells: cells.length > 0 ? cells : undefined,
    children: depth > 0 ? (children.get(t) ?? []).map((k) => entryOf(part, children, k, depth - 1)) : [],
  };
}
