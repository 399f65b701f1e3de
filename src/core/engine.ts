import { type Catalog, type IndexPart } from './codeset/artifact-schemas';
import { normalizeCode } from './codeset/format';
import { browseIndex, type IndexEntry } from './codeset/index-browse';
import { indexParts, type IndexTerms, loadIndexTerms } from './codeset/index-terms';
import { pcsNextAxis, type PcsAxisStep } from './codeset/pcs-axes';
import { loadPcsTables, type PcsTables } from './codeset/pcs-tables';
import { chooseYear } from './codeset/fiscal-year';
import { materializeRows } from './codeset/lazy-rows';
import { loadCatalog, loadCodeTable, loadShortTitles, summarizeCatalog, type SetSummary } from './codeset/loader';
import { DeferredChecks } from './codeset/deferred-checks';
import { conceptFiles, indexFiles, prefetching, setFiles, suggestFiles, tableFiles } from './prefetch';
import { loadTabularList, loadTabularRules, tabularDetail, type TabularList } from './codeset/tabular';
import type { Engine, EngineInfo, LoadEngine, LoadOptions, SearchOptions, SearchResult, SuggestOptions } from './engine-types';
import type { CodeSearch, SearchableSet } from './search/code-search';
import { buildSearchIndex } from './search/index-build';
import { loadSearchCatalog, loadSearchIndex, loadSearchTexts, type SearchCatalog } from './search/search-artifacts';
import { SearchIndex } from './search/search-index';
import type { SuggestionEngine } from './suggest/suggestion-engine';
import type { CodeSystem, CodeTable } from './types';

import type { ReadArtifact as Read } from './codeset/artifact-read';

const SET_NAMES: Record<CodeSystem, string> = { icd10cm: 'ICD-10-CM', icd10pcs: 'ICD-10-PCS', hcpcs: 'HCPCS', user: 'Imported codes' };

/** Resolves after the tasks already queued (timers exist in Node and in every browser context). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The suggestion code (chart reading, concepts, rules), imported on first use: a first search does not wait for it
 * to be evaluated (nor, where the bundle is split, parsed). Bundled formats without splitting keep it in the file.
 */
const suggestCode = () => import('./suggest/suggestion-engine');
/**
 * The word and code search with its query expansion (ranking, abbreviations, ICD-9 wording), imported once the first
 * search's files are being read: evaluating it (a few ms) then overlaps their reading instead of adding to the import.
 */
const searchCode = () => Promise.all([import('./search/code-search'), import('./search/query-words')]);
const claimCode = () => import('./suggest/claim-check');

/** Today as an ISO date: the default date of service. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Loads the engine from the artifacts. Only what the first request needs (`options.first`, see LoadOptions) is read
 * before it is answered: for a search, the newest ICD-10-CM table and its search index; for a chart, the table,
 * its concepts and the Tabular List. Each waits for nothing the other needs, so neither shares the CPU with
 * decoding files it does not use. The suggestion engine's dictionaries (or the search index) and the other sets
 * follow in the background, then the checksums of everything read so far and the match explanations (`ready()`).
 * A set that fails to load, or whose checksum fails later, is reported in `info().unavailable` while the others
 * keep working.
 */
export const loadEngine: LoadEngine = async (read, options = {}) => {
  const engine = await openEngine(read, options);
  if ((options.first ?? 'search') === 'search') await engine.searchable();
  return engine;
};

/**
 * The engine as soon as the catalogs are read, loading as `loadEngine` does: for a background that may be asked for
 * a chart while a search loads (or the reverse), and starts what that needs at once.
 */
export const openEngine: LoadEngine = async (read, { first = 'search', expect = 'all' } = {}) => {
  const [catalog, searchCatalog] = await Promise.all([loadCatalog(read), loadSearchCatalog(read)]);
  const summaries = summarizeCatalog(catalog);
  const newest = summaries.filter((s, i) => summaries.findIndex((o) => o.set === s.set) === i);
  const primary = newest.find((s) => s.set === 'icd10cm') ?? newest[0];
  const engine = new CodeEngine(prefetching(read), catalog, searchCatalog, summaries, primary);
  const rest = newest.filter((s) => s !== primary);
  if (first === 'suggest') engine.loadDiagnoses();
  else engine.searchable().catch(() => undefined); // never rejects: a set that fails is reported in info()
  // Read only once the first chart's diagnoses can be answered, so that they do not share the CPU with decoding these.
  const concepts = expect === 'all' ? conceptFiles(searchCatalog, rest) : [];
  engine.loadRest(rest, [...rest.flatMap((s) => setFiles(catalog, searchCatalog, s)), ...concepts], first, expect);
  return engine;
};

class CodeEngine implements Engine {
  /** The search, once its code is in (see codeSearch): until then no set is searchable, and search() finds nothing. */
  private search_?: CodeSearch;
  private searchLoading?: Promise<CodeSearch>;
  private readonly sets: SearchableSet[] = [];
  private readonly unavailable: { set: CodeSystem; year: number; error: string }[] = [];
  private rest: Promise<void> = Promise.resolve();
  private setsLoaded: Promise<unknown> = Promise.resolve();
  private readonly checks = new DeferredChecks();
  private tabular?: Promise<TabularList | undefined>;
  /** What suggestions read of the Tabular List (see loadTabularRules): the first chart waits for less. */
  private rules?: Promise<TabularList | undefined>;
  /** ICD-10-CM only: the first chart's diagnoses, answered before the other sets are in (see `suggest`). */
  private diagnoses?: Promise<SuggestionEngine>;
  private diagnosesRead = false;
  /** Diagnoses, procedures and supplies; `complete` is it once it has loaded. */
  private suggester?: Promise<SuggestionEngine>;
  private complete?: Promise<SuggestionEngine>;
  private readonly tableLoads = new Map<string, Promise<CodeTable>>();
  /** Loaded tables whose rows may still be lazy (see makeRowsPlain), and whether a search has been answered. */
  private readonly lazyTables = new Set<CodeTable>();
  private searched = false;
  /** The newest ICD-10-CM set made searchable (see `searchable`). */
  private primaryAdded?: Promise<void>;
  private indexParts?: Promise<IndexTerms[]>;
  private pcsTables?: Promise<PcsTables | undefined>;
  private readonly read: Read;

  constructor(
    private readonly reads: ReturnType<typeof prefetching>,
    private readonly catalog: Catalog,
    private readonly searchCatalog: SearchCatalog,
    private readonly summaries: SetSummary[],
    private readonly primary: SetSummary | undefined,
  ) {
    this.read = reads.read;
  }

  /** The search, its code imported on first need (see searchCode). */
  private codeSearch(): Promise<CodeSearch> {
    this.searchLoading ??= searchCode().then(([{ CodeSearch }, { expandedQueryWords }]) => (this.search_ = new CodeSearch([], expandedQueryWords)));
    return this.searchLoading;
  }

  searchable(): Promise<void> {
    if (!this.primary) return Promise.resolve();
    if (!this.primaryAdded) {
      this.reads.prefetch([...this.unreadTableFiles(this.primary), ...indexFiles(this.searchCatalog, this.primary)]);
      this.primaryAdded = this.add(this.primary);
    }
    return this.primaryAdded;
  }

  /** A set's code table files unless its table is loading already (a file read twice would stay pending). */
  private unreadTableFiles(summary: SetSummary): string[] {
    return this.tableLoads.has(`${summary.set} ${summary.year}`) ? [] : tableFiles(this.catalog, summary);
  }

  /** One set's code table, loaded once (the first chart's diagnoses may load it before its search index). */
  private codeTable(summary: SetSummary): Promise<CodeTable> {
    const key = `${summary.set} ${summary.year}`;
    let loaded = this.tableLoads.get(key);
    if (!loaded) {
      const later = this.checks.later((error) => this.drop(summary, error));
      // Codes and titles decoded as read until the first answer is out (see makeRowsPlain).
      loaded = loadCodeTable(this.read, this.catalog, summary.set, summary.year, undefined, { later, shortTitles: false, lazyRows: true });
      loaded.then((table) => this.lazyTables.add(table), () => undefined); // an error is reported by add(), or by the chart that needed it
      this.tableLoads.set(key, loaded);
    }
    return loaded;
  }

  /**
   * Loads one set and its index (read side by side), making it searchable; a failure marks the set unavailable
   * instead of throwing, and so does a checksum that fails after the first answers.
   */
  private async add(summary: SetSummary): Promise<void> {
    try {
      const later = this.checks.later((error) => this.drop(summary, error));
      const loaded = this.codeTable(summary);
      const indexed = loadSearchIndex(this.read, this.searchCatalog, { system: summary.set, year: summary.year, loaded }, later);
      const [table, index, search] = await Promise.all([loaded, indexed, this.codeSearch()]);
      this.sets.push({ table, index });
      search.putSet({ table, index });
    } catch (error) {
      this.unavailable.push({ set: summary.set, year: summary.year, error: (error as Error).message });
    }
  }

  /**
   * Gives every loaded table its plain codes and titles. Tables load with them decoded on first read (see lazyRows),
   * which spares the first answer decoding 98,000 of each to read a hundred; the plain arrays take their place once
   * it is out: in the idle time after it, or at the next search if that comes first (a run of searches reads many).
   */
  private makeRowsPlain(): void {
    for (const table of this.lazyTables) {
      try {
        materializeRows(table);
      } catch (error) {
        this.drop({ set: table.system as SetSummary['set'], year: table.year }, error as Error); // a damaged file: as a failed checksum
      }
    }
    this.lazyTables.clear();
  }

  /** Takes a loaded set out of use when one of its files turns out damaged. */
  private drop(summary: Pick<SetSummary, 'set' | 'year'>, error: Error): void {
    const at = this.sets.findIndex((s) => s.table.system === summary.set && s.table.year === summary.year);
    if (at >= 0) this.sets.splice(at, 1);
    this.search_?.removeSet(summary.set, summary.year);
    this.diagnoses = this.suggester = undefined; // rebuilt without the set on the next chart
    this.unavailable.push({ set: summary.set, year: summary.year, error: error.message });
  }

  /** Starts building the diagnoses engine (see `suggest`); its error reaches the caller of suggest(). */
  loadDiagnoses(): void {
    this.diagnosesEngine().catch(() => undefined);
  }

  /**
   * The diagnoses engine once the newest ICD-10-CM set can be searched (search first: a chart asked meanwhile starts
   * it at once), then the newest ICD-10-CM search index if no search has asked for it yet, then the other sets,
   * reading `files` (theirs) as they begin. Expecting searches only (see LoadOptions.expect), neither the suggestion
   * engine nor the common words' postings: a command that answers and exits would wait for them.
   */
  loadRest(summaries: SetSummary[], files: string[], first: LoadOptions['first'], expect: LoadOptions['expect']): void {
    const charts = expect !== 'search';
    // After searchable() resolves, one task passes before the rest starts: the caller's first search runs first, rather
    // than after the suggestion code's evaluation and the next reads' start, which a microtask would put before it.
    const answered = first === 'search' ? this.searchable().then(nextTask) : Promise.resolve();
    const begun = answered
      .then(() => this.makeRowsPlain())
      .then(() => (charts ? this.diagnosesEngine() : undefined))
      .catch(() => undefined)
      .then(() => {
        const primary = this.searchable(); // first: its search index is read before the other sets' files
        this.reads.prefetch(files);
        return { primary, others: Promise.all(summaries.map((s) => this.add(s))) };
      });
    this.setsLoaded = begun.then((b) => b.others); // what the whole suggestion list waits for: not the search index
    // The suggestion engine's dictionaries load beside the other sets, so the first chart does not wait for them.
    const suggester = answered.then(() => (charts ? this.suggestionEngine() : undefined)).catch(() => undefined); // its error reaches the caller of suggest()
    this.rest = Promise.all([this.setsLoaded, begun.then((b) => b.primary), suggester])
      .then(nextTask) // a chart waiting for the suggestion engine is answered before the checks run
      .then(() => this.checks.run())
      // Explanations (the phrases and short titles behind matches) only after the checks: the first search and the
      // first chart are answered without them, as before they load.
      .then(() => Promise.all(this.sets.map((s) => this.loadExplanations(s))))
      // Last, in the idle time after the first answers: the common words' postings, so that no query decodes them.
      .then(() => {
        if (charts) this.sets.forEach((s) => s.index?.warmCommon());
      })
      .then(
        () => undefined,
        (error: Error) => {
          // Explanations only: searching and suggesting still work without them.
          this.unavailable.push({ set: 'icd10cm', year: 0, error: `match explanations: ${error.message}` });
        },
      );
  }

  private async loadExplanations({ table, index }: SearchableSet): Promise<void> {
    this.makeRowsPlain();
    const [shortTitles] = await Promise.all([
      loadShortTitles(this.read, this.catalog, table),
      index && loadSearchTexts(this.read, this.searchCatalog, index),
    ]);
    table.shortTitles = shortTitles;
  }

  /** Resolves when every set has loaded (or failed, see `info().unavailable`). */
  ready(): Promise<void> {
    return this.rest;
  }

  info(): EngineInfo {
    return {
      sets: this.summaries.map(({ set, year, codes, billable, notesYear }) => ({ set, year, codes, billable, notesYear })),
      unavailable: [...this.unavailable],
    };
  }

  /** The notice the coder sees, with every code set that could not be loaded named: its codes are missing. */
  private withUnavailable(notice: string | undefined): string | undefined {
    const missing = this.unavailable.map((u) => `${SET_NAMES[u.set]}${u.year ? ` ${u.year}` : ''} unavailable: ${u.error}`);
    return [notice, ...missing].filter(Boolean).join(' · ') || undefined;
  }

  /** The year a date of service asks for within one set, and the notice when another year stands in. */
  private yearFor(system: CodeSystem, date?: string) {
    const years = this.summaries.filter((s) => s.set === system).map((s) => s.year);
    return chooseYear(date ?? today(), years, system);
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    if (this.searched) this.makeRowsPlain(); // a search after the first, before the idle time came
    this.searched = true;
    const choice = this.yearFor(options.set ?? 'icd10cm', options.dateOfService);
    const year = options.year ?? choice?.year ?? 0;
    const result = this.search_?.search(query, { set: options.set, year: options.year, limit: options.limit }) ?? { kind: 'words' as const, hits: [] };
    return { ...result, year, notice: this.withUnavailable(options.year ? undefined : choice?.notice) };
  }

  async suggest(text: string, options: SuggestOptions) {
    const choice = this.yearFor('icd10cm', options.dateOfService);
    // Not complete: not loaded yet (nor perhaps begun: the rest starts a task after the first search), or rebuilding.
    const complete = this.complete !== undefined && this.complete === this.suggester;
    const partial = options.early === true && !complete && this.summaries.some((s) => s.set !== 'icd10cm');
    const suggester = await (partial ? this.diagnosesEngine() : this.suggestionEngine());
    // The date of service dates the chart's own words ('NSTEMI in August'): today's when none is given.
    const result = suggester.suggest(text, { ...options, dateOfService: options.dateOfService ?? today() });
    return { ...result, year: choice?.year ?? 0, notice: this.withUnavailable(choice?.notice), ...(partial && { partial }) };
  }

  async detail(code: string) {
    const cm = await this.loadedTable('icd10cm');
    return cm ? tabularDetail(code, cm, await this.tabularList()) : undefined;
  }

  async checkClaim(codes: Parameters<Engine['checkClaim']>[0], options: { dateOfService?: string }) {
    const [{ checkClaim }, tabular] = await Promise.all([claimCode(), this.tabularList()]);
    return checkClaim(codes, { tables: this.sets.map((s) => s.table), tabular, ...options });
  }

  useUserCodes(table: CodeTable): void {
    if (table.system !== 'user') throw new Error(`engine: an imported set must have system 'user', not ${table.system}`);
    const docs = table.titles.map((text, codeIndex) => ({ codeIndex, source: 't' as const, text }));
    const built = buildSearchIndex('user', table.year, table.codes.length, docs, (i) => `user-texts-${i}`);
    const set = { table, index: new SearchIndex(table, built.data, built.texts) };
    if (this.search_) this.search_.putSet(set);
    else this.codeSearch().then((search) => search.putSet(set), () => undefined); // searchable once the search code is in
  }

  async browseIndex(query: string): Promise<IndexEntry[]> {
    this.indexParts ??= this.loadIndexParts();
    return browseIndex(await this.indexParts, query);
  }

  async pcsNextAxis(prefix: string): Promise<PcsAxisStep | undefined> {
    const year = this.summaries.find((s) => s.set === 'icd10pcs')?.year;
    if (year === undefined) return undefined;
    this.pcsTables ??= loadPcsTables(this.read, this.catalog, year);
    const tables = await this.pcsTables;
    return tables ? pcsNextAxis(tables, normalizeCode(prefix)) : undefined;
  }

  /** The newest year of each part of the Index family (main Index, Drugs, Neoplasms, External Cause) supplied. */
  private async loadIndexParts(): Promise<IndexTerms[]> {
    const newest = new Map<string, number>();
    for (const { year, part } of indexParts(this.catalog)) if (!newest.has(part)) newest.set(part, year);
    const loaded = await Promise.all([...newest].map(([part, year]) => loadIndexTerms(this.read, this.catalog, year, part as IndexPart)));
    return loaded.filter((p): p is IndexTerms => p !== undefined);
  }

  private tabularList(): Promise<TabularList | undefined> {
    this.tabular ??= this.loadTabular(loadTabularList, (failed) => (this.tabular = failed));
    return this.tabular;
  }

  private tabularRules(): Promise<TabularList | undefined> {
    this.rules ??= this.loadTabular(loadTabularRules, (failed) => (this.rules = failed));
    return this.rules;
  }

  /** Loads (part of) the Tabular List; a checksum failing later is kept for its next user, and suggestions rebuilt. */
  private loadTabular(load: typeof loadTabularList, keep: (failed: Promise<never>) => void): Promise<TabularList | undefined> {
    return load(this.read, this.catalog, undefined, this.checks.later((error) => {
      const failed = Promise.reject(error);
      failed.catch(() => undefined); // reported to the next caller of detail(), checkClaim() or suggest()
      keep(failed);
      this.diagnoses = this.suggester = undefined;
    }));
  }

  /** The newest loaded table of a set, or undefined when there is none or it could not be loaded. */
  private async loadedTable(set: CodeSystem): Promise<CodeTable | undefined> {
    const summary = this.summaries.find((s) => s.set === set);
    if (!summary) return undefined;
    const table = await this.codeTable(summary).catch(() => undefined);
    return table && !this.unavailable.some((u) => u.set === set && u.year === summary.year) ? table : undefined;
  }

  private diagnosesEngine(): Promise<SuggestionEngine> {
    if (!this.diagnoses && !this.diagnosesRead && this.primary) {
      // Its files read at once, side by side, not each after the one before (once: a rebuild reads them itself).
      this.diagnosesRead = true;
      this.reads.prefetch([...this.unreadTableFiles(this.primary), ...suggestFiles(this.catalog, this.searchCatalog, [this.primary])]);
    }
    this.diagnoses ??= (async () => {
      const code = suggestCode();
      const tabular = this.tabularRules();
      const cm = await this.loadedTable('icd10cm');
      if (!cm) throw new Error('engine: no ICD-10-CM code set is loaded, so no suggestions can be made');
      const later = this.checks.later(() => (this.diagnoses = this.suggester = undefined)); // read again, and checked at once, on the next chart
      const { SuggestionEngine } = await code;
      return SuggestionEngine.load(this.read, this.searchCatalog, { cm: { table: cm }, tabular: await tabular }, later);
    })();
    return this.diagnoses;
  }

  private suggestionEngine(): Promise<SuggestionEngine> {
    if (this.suggester) return this.suggester;
    const loading = (async () => {
      const diagnoses = await this.diagnosesEngine();
      await this.setsLoaded; // the procedures need ICD-10-PCS; match explanations are not waited for
      const [pcs, hcpcs] = await Promise.all([this.loadedTable('icd10pcs'), this.loadedTable('hcpcs')]);
      const later = this.checks.later(() => (this.suggester = undefined));
      return diagnoses.withProcedures(this.read, this.searchCatalog, { pcs: pcs && { table: pcs }, hcpcs: hcpcs && { table: hcpcs } }, later);
    })();
    this.suggester = loading;
    loading.then(() => (this.complete = loading), () => undefined);
    return loading;
  }
}
