import type { CodeSystem, CodeTable, SearchHit } from '../types';
import { lookupAbbreviation } from '../text/abbreviations';
import { CodeTableView } from './code-table-view';
import { lookupCode, looksLikeCode } from './code-lookup';
import type { SearchIndex } from './search-index';
import { buildSlots, type Slot } from './word-query';
import { searchSlots } from './word-search';

/** One searchable code set of one year: its table and, for word search, its index. */
export interface SearchableSet {
  table: CodeTable;
  index?: SearchIndex;
}

export interface CodeSearchOptions {
  /** Restrict to one classification; all by default. */
  set?: CodeSystem;
  /** Fiscal (or HCPCS calendar) year; the newest loaded year of each set by default. */
  year?: number;
  /** Results wanted, default 20. */
  limit?: number;
  /** Treat the last word as a prefix, for search as one types (default true). */
  prefixLast?: boolean;
}

export interface CodeSearchResult {
  kind: 'code' | 'words';
  hits: SearchHit[];
  problem?: string;
}

/** Turns query text into readings, each a list of search words; abbreviation expansion plugs in here. */
export type QueryWords = (query: string) => string[][];

/** The search engine over all loaded code sets: codes typed with or without dots, and words. */
export class CodeSearch {
  private readonly sets: { table: CodeTable; view: CodeTableView; index?: SearchIndex }[];

  constructor(
    sets: SearchableSet[],
    private readonly words: QueryWords,
  ) {
    this.sets = sets.map((s) => ({ ...s, view: new CodeTableView(s.table) }));
  }

  /** Adds or replaces the set of a system and year (a licensed set the coder imported, a set loaded later). */
  putSet(set: SearchableSet): void {
    const at = this.sets.findIndex((s) => s.table.system === set.table.system && s.table.year === set.table.year);
    const entry = { ...set, view: new CodeTableView(set.table) };
    if (at >= 0) this.sets[at] = entry;
    else this.sets.push(entry);
  }

  /** Takes the set of a system and year out of the search (its files turned out damaged after it loaded). */
  removeSet(system: CodeSystem, year: number): void {
    const at = this.sets.findIndex((s) => s.table.system === system && s.table.year === year);
    if (at >= 0) this.sets.splice(at, 1);
  }

  /** The view of one set and year (newest year when none is given), for callers that need code lookups. */
  viewOf(system: CodeSystem, year?: number): CodeTableView | undefined {
    return this.pick({ set: system, year })[0]?.view;
  }

  search(query: string, options: CodeSearchOptions = {}): CodeSearchResult {
    const limit = options.limit ?? 20;
    const text = query.trim().slice(0, 500);
    if (!text) return { kind: 'words', hits: [] };
    const sets = this.pick(options);
    // A listed abbreviation that also looks like a code prefix ('dm2', a PCS prefix) is read as words first.
    const codeSets = lookupAbbreviation(text.toLowerCase()) ? [] : sets.filter((s) => looksLikeCode(s.table.system, text));
    if (codeSets.length > 0) {
      const lookups = codeSets.map((s) => lookupCode(s.view, text, limit));
      const found = lookups.filter((l) => l.hits.length > 0);
      const useful = found.find((l) => !l.problem) ?? found[0] ?? lookups[0]!;
      const hits = found.flatMap((l) => l.hits).sort((a, b) => b.score - a.score);
      if (hits.length > 0) return { kind: 'code', hits: hits.slice(0, limit), problem: useful.problem };
    }
    return { kind: 'words', hits: this.searchWords(sets, text, limit, options.prefixLast ?? true) };
  }

  /** Word search over chosen sets; exposed for the suggestion engine, which searches phrases it found itself. */
  searchWords(sets: ReturnType<CodeSearch['pick']>, text: string, limit: number, prefixLast = false): SearchHit[] {
    const best = new Map<string, SearchHit>();
    const comma = text.indexOf(',');
    const head = comma > 0 ? new Set(this.words(text.slice(0, comma))[0]) : undefined;
    for (const words of this.words(text)) {
      for (const s of sets) {
        if (!s.index) continue;
        const slots: Slot[] = buildSlots(s.index, words, { prefixLast, head });
        for (const hit of searchSlots(s.index, s.view, slots, limit)) {
          const key = `${hit.set} ${hit.code}`;
          const previous = best.get(key);
          if (!previous || hit.score > previous.score) best.set(key, hit);
        }
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** The sets a query runs over: the filter's set, at the asked year or the newest of each set. */
  pick(options: { set?: CodeSystem; year?: number }) {
    const chosen = this.sets.filter((s) => !options.set || s.table.system === options.set);
    const newest = new Map<CodeSystem, number>();
    for (const s of chosen) newest.set(s.table.system, Math.max(newest.get(s.table.system) ?? 0, s.table.year));
    return chosen.filter((s) => {
      const years = chosen.filter((o) => o.table.system === s.table.system).map((o) => o.table.year);
      const wanted = options.year !== undefined && years.includes(options.year) ? options.year : newest.get(s.table.system);
      return s.table.year === wanted;
    });
  }
}
