import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBinaryArtifact } from '../../src/core/codeset/artifact-read';
import { loadCatalog, loadCodeTable } from '../../src/core/codeset/loader';
import { loadTabularList, type TabularList } from '../../src/core/codeset/tabular';
import { loadEngine } from '../../src/core/engine';
import type { Engine } from '../../src/core/engine-types';
import { CodeSearch } from '../../src/core/search/code-search';
import { CodeTableView } from '../../src/core/search/code-table-view';
import { expandedQueryWords } from '../../src/core/search/query-words';
import { loadConcepts } from '../../src/core/search/concept-artifacts';
import { loadSearchCatalog, loadSearchIndex } from '../../src/core/search/search-artifacts';
import type { SearchIndex } from '../../src/core/search/search-index';
import type { ConceptArtifact } from '../../src/core/suggest/concept-format';
import type { CodeTable } from '../../src/core/types';

/**
 * The real artifacts in dist/data, as `npm run build` writes them, loaded once per test file (each vitest file
 * has its own module instance). When they are missing the tests fail, never skip: a green run must mean the
 * engine was checked on the real code sets.
 */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../dist/data');

function checkData(): void {
  if (!existsSync(join(DATA_DIR, 'catalog.json')) || !existsSync(join(DATA_DIR, 'search-catalog.json'))) {
    throw new Error(`engine tests need the built artifacts in ${DATA_DIR}: run npm run build first`);
  }
}

/** Reads one artifact of dist/data (bytes for a binary one), naming the fix when it is missing. */
export async function readData(name: string): Promise<string | Uint8Array> {
  try {
    return isBinaryArtifact(name) ? await readFile(join(DATA_DIR, name)) : await readFile(join(DATA_DIR, name), 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${join(DATA_DIR, name)} (${(error as NodeJS.ErrnoException).code}): run npm run build first`);
  }
}

let engine: Promise<Engine> | undefined;

/** The engine the CLI and the extension use, loaded from dist/data, with every code set loaded. */
export function realEngine(): Promise<Engine> {
  engine ??= (async () => {
    checkData();
    const loaded = await loadEngine(readData);
    await loaded.ready();
    return loaded;
  })();
  return engine;
}

/** The ICD-10-PCS codes the real engine suggests for a text, in their order (inpatient). */
export async function pcsCodesOf(text: string): Promise<string[]> {
  const { suggestions } = await (await realEngine()).suggest(text, { setting: 'inpatient' });
  return suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code);
}

/** The pieces below the engine facade, for tests of one module on the real data. */
export interface RealParts {
  cm: { table: CodeTable; view: CodeTableView; index: SearchIndex };
  pcs: { table: CodeTable; view: CodeTableView; index: SearchIndex };
  tabular: TabularList;
  concepts: ConceptArtifact;
  /** The same CodeSearch the engine builds: both sets, query words expanded. */
  search: CodeSearch;
}

let parts: Promise<RealParts> | undefined;

export function realParts(): Promise<RealParts> {
  parts ??= (async () => {
    checkData();
    const [catalog, searchCatalog] = await Promise.all([loadCatalog(readData), loadSearchCatalog(readData)]);
    const load = async (set: 'icd10cm' | 'icd10pcs', year: number) => {
      const table = await loadCodeTable(readData, catalog, set, year);
      const index = await loadSearchIndex(readData, searchCatalog, table);
      if (!index) throw new Error(`no search index for ${set} ${year} in ${DATA_DIR}: run npm run build first`);
      return { table, view: new CodeTableView(table), index };
    };
    const [cm, pcs] = await Promise.all([load('icd10cm', 2026), load('icd10pcs', 2026)]);
    const tabular = await loadTabularList(readData, catalog);
    if (!tabular) throw new Error(`no Tabular List in ${DATA_DIR}: run npm run build first`);
    const concepts = await loadConcepts(readData, searchCatalog, cm.table);
    if (!concepts) throw new Error(`no concept dictionary in ${DATA_DIR}: run npm run build first`);
    const search = new CodeSearch([cm, pcs], expandedQueryWords);
    return { cm, pcs, tabular, concepts, search };
  })();
  return parts;
}

/** Raw codes of search hits or suggestions, best first. */
export function codesOf(items: readonly { code: string }[]): string[] {
  return items.map((i) => i.code);
}

/**
 * Asserts that a check of a known bug still fails, so that fixing the bug forces its entry off the known-miss
 * list (and the real assertion back on). The check is the same assertion the passing cases make.
 */
export async function expectStillMissing(check: () => unknown): Promise<void> {
  let failed = false;
  try {
    await check();
  } catch {
    failed = true;
  }
  if (!failed) throw new Error('this known miss now passes: remove it from its KNOWN_*_MISSES list');
}
