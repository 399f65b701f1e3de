import type { ReadArtifact } from './codeset/artifact-read';
import type { IndexEntry } from './codeset/index-browse';
import type { PcsAxisStep } from './codeset/pcs-axes';
import type { CodeSystem, CodeTable, Prompt, RawCode, SearchHit, SetAside, Setting, Suggestion, TabularDetail } from './types';

/**
 * The one facade the background worker and the CLI use. `loadEngine(read)` in `engine.ts` builds it from the
 * artifacts in dist/data; `read(name)` returns one artifact file, bytes or text (see ReadArtifact; fs in Node, fetch in the extension).
 */
export interface Engine {
  info(): EngineInfo;
  /** Resolves when every code set has loaded; search answers from the newest ICD-10-CM set before that. */
  ready(): Promise<void>;
  /**
   * Resolves when the newest ICD-10-CM set can be searched: at once after `loadEngine` with `first: 'search'`;
   * with `first: 'suggest'`, calling it starts reading the search index if the first chart has not yet.
   */
  searchable(): Promise<void>;
  /** Answers from the sets searchable so far (see `searchable`). */
  search(query: string, options?: SearchOptions): SearchResult;
  /** Async because the concept dictionary and the Tabular List load on first use, not at start. */
  suggest(text: string, options: SuggestOptions): Promise<SuggestResult>;
  /** Tabular detail of a code (chain, notes with their year, 7th characters), or undefined when unknown. */
  detail(code: string, year?: number): Promise<TabularDetail | undefined>;
  /** Checks an ordered claim list: Excludes1 pairs, headers, missing 7th character, code-first order, validity on the date. */
  checkClaim(codes: ClaimCode[], options: { dateOfService?: string }): Promise<Prompt[][]>;
  /**
   * Makes a licensed code set the coder imported (CPT, as a CodeTable with system 'user') searchable beside the
   * public sets, replacing an earlier import; the index is built in memory.
   */
  useUserCodes(table: CodeTable): void;
  /** Alphabetic Index browsing: main terms starting with the words, with subterms, codes and "see" followed. */
  browseIndex(query: string): Promise<IndexEntry[]>;
  /** Building a PCS code axis by axis: the table of the first three characters and the choices for the next one. */
  pcsNextAxis(prefix: string): Promise<PcsAxisStep | undefined>;
}

export type LoadEngine = (read: ReadArtifact, options?: LoadOptions) => Promise<Engine>;

export interface LoadOptions {
  /**
   * The request the engine is loaded for, whose files are read first. 'search' (default): the newest ICD-10-CM
   * code table and search index; the engine resolves once they can answer. 'suggest': the code table, concept
   * dictionary and Tabular notes the first chart's diagnoses need; the engine resolves once the catalogs are read,
   * `suggest` waits for those files, and the search index is read after them (see `searchable`).
   */
  first?: 'search' | 'suggest';
  /**
   * What the host asks after the first answer. 'all' (default; the background worker, which stays loaded): searches
   * and charts, so the idle time after the first answer also loads the suggestion engine's dictionaries and decodes
   * the common words' postings ahead of them. 'search' (the CLI's search, index and pcs commands, which answer and
   * exit): neither, so `ready()` waits for the other sets, their checksums and the match explanations only; a chart
   * asked anyway loads the suggestion engine then.
   */
  expect?: 'all' | 'search';
}

export interface EngineInfo {
  sets: { set: CodeSystem; year: number; codes: number; billable: number; notesYear?: number }[];
  /** Sets that could not be loaded (a damaged or missing artifact), with the reason; the others still work. */
  unavailable: { set: CodeSystem; year: number; error: string }[];
}

export interface SearchOptions {
  set?: CodeSystem;
  /** Code set year; when absent, the year the date of service asks for (or the nearest supplied). */
  year?: number;
  /** ISO date (YYYY-MM-DD); picks the code set year when `year` is absent. Defaults to today. */
  dateOfService?: string;
  limit?: number;
}

export interface SearchResult {
  /** What the query was understood as: a code lookup or words. */
  kind: 'code' | 'words';
  hits: SearchHit[];
  /** For a code lookup that is not a valid billable code: why, in a coder's words ('header: not billable'). */
  problem?: string;
  /** Year actually used, and a notice when it is not the year the date of service asks for. */
  year: number;
  notice?: string;
}

export interface SuggestOptions {
  setting: Setting;
  /** ISO date (YYYY-MM-DD); picks the code set year. Defaults to today. */
  dateOfService?: string;
  limit?: number;
  /**
   * Answer at once with the diagnoses when the procedure and supply dictionaries are still loading (a cold start),
   * marking the result `partial`; ask again without it for the whole list.
   */
  early?: boolean;
}

export interface SuggestResult {
  suggestions: Suggestion[];
  setAside: SetAside[];
  year: number;
  notice?: string;
  /** Diagnoses only: the procedures and supplies were still loading (see SuggestOptions.early). */
  partial?: boolean;
}

export interface ClaimCode {
  set: CodeSystem;
  code: RawCode;
}

export type { IndexEntry, PcsAxisStep };
