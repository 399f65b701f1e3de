import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { indexParts, indexTermsByCode, loadIndexTerms } from '../src/core/codeset/index-terms';
import { loadCatalog, loadCodeTable, summarizeCatalog } from '../src/core/codeset/loader';
import { inclusionTerms, loadTabularList, type TabularList } from '../src/core/codeset/tabular';
import { fnv1a32, fnv1a32Bytes } from '../src/core/codeset/checksum';
import { MAX_ARTIFACT_BYTES } from '../src/core/codeset/artifact-schemas';
import { CodeTableView } from '../src/core/search/code-table-view';
import { buildSearchIndex } from '../src/core/search/index-build';
import {
  conceptsName, SEARCH_CATALOG, type SearchCatalog, searchIndexName, searchTextsName,
} from '../src/core/search/search-artifacts';
import { shardConcepts } from '../src/core/search/concept-artifacts';
import { encodeIndexFiles, type IndexPart } from '../src/core/search/index-file';
import { SearchIndex } from '../src/core/search/search-index';
import { neoplasmPhrases } from '../src/core/search/neoplasm-phrases';
import { collectSearchDocs, type ExtraPhrases } from '../src/core/search/search-docs';
import { buildConcepts } from '../src/core/suggest/concept-build';
import { coreTerms, pcsCoreTerms } from '../src/core/suggest/concept-core';
import { hcpcsCoreTerms } from '../src/core/suggest/hcpcs-units';
import { EXTERNAL_CAUSE_INDEX } from '../src/core/suggest/external-cause-index';
import { INDEX_DEFAULTS } from '../src/core/suggest/index-defaults';
import { MEDICATION_STATUS } from '../src/core/suggest/medication-status';
import { PROCEDURE_DEFAULTS } from '../src/core/suggest/procedure-defaults';
import { allAbbreviations } from '../src/core/text/abbreviations';
import type { CodeTable } from '../src/core/types';

type Read = (name: string) => Promise<string | Uint8Array>;

/**
 * Builds the search index of every code table in outDir/catalog.json, and the concept dictionary the suggestion
 * engine reads charts with for ICD-10-CM, from the code set artifacts already written there.
 */
export async function buildSearchArtifacts(outDir: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const read: Read = async (name) => readFileSync(join(outDir, name));
  // Rebuilt only when the code set artifacts or this builder (with all it bundles) changed.
  const stamp = fnv1a32(readFileSync(join(outDir, 'catalog.json'), 'utf8') + readFileSync(fileURLToPath(import.meta.url), 'utf8'));
  if (isUpToDate(outDir, stamp)) {
    log('search: artifacts up to date');
    return;
  }
  const catalog = await loadCatalog(read);
  // Files of an earlier layout would otherwise be packaged beside the new ones.
  for (const name of readdirSync(outDir)) if (/^(search|concepts)-/.test(name)) rmSync(join(outDir, name));
  const files: SearchCatalog['files'] = [];
  const write = (name: string, value: unknown) => {
    const text = JSON.stringify(value);
    writeFileSync(join(outDir, name), text);
    files.push({ name, bytes: Buffer.byteLength(text), checksum: fnv1a32(text) });
  };
  const writeBytes = (name: string, bytes: Uint8Array) => {
    if (bytes.length > MAX_ARTIFACT_BYTES) throw new Error(`search: ${name} is ${bytes.length} bytes, over the ${MAX_ARTIFACT_BYTES} limit`);
    writeFileSync(join(outDir, name), bytes);
    files.push({ name, bytes: bytes.length, checksum: fnv1a32Bytes(bytes) });
  };
  for (const summary of summarizeCatalog(catalog)) {
    const table = await loadCodeTable(read, catalog, summary.set, summary.year);
    const extras =
      table.system === 'icd10cm'
        ? await cmPhrases(read, catalog, table, summary.notesYear)
        : table.system === 'icd10pcs'
          ? [{ source: 'a' as const, phrases: PROCEDURE_DEFAULTS.map(([phrase, code]): [string, string] => [code, phrase]) }]
          : [];
    const docs = collectSearchDocs(table, extras);
    const { system, year } = table;
    const { data, texts } = buildSearchIndex(system, year, table.codes.length, docs, (i) => searchTextsName(system, year, i));
    texts.forEach((chunk, i) => write(data.textShards[i]!, chunk));
    for (const [part, bytes] of Object.entries(encodeIndexFiles(data))) writeBytes(searchIndexName(system, year, part as IndexPart), bytes);
    const core = { icd10cm: coreTerms, icd10pcs: pcsCoreTerms, hcpcs: hcpcsCoreTerms, user: undefined }[system];
    if (core) {
      const index = new SearchIndex(table, data, []);
      // Shards of 60,000 concepts stay near 2.5 MB, well under Firefox's 4 MB limit on one file.
      const concepts = shardConcepts(buildConcepts(new CodeTableView(table), docs, core), 60_000, index);
      concepts.forEach((shard, i) => write(conceptsName(system, year, i), shard));
    }
    log(`search: ${table.system} ${table.year}: ${docs.length} phrases, ${data.terms.length} terms`);
  }
  writeFileSync(join(outDir, SEARCH_CATALOG), JSON.stringify({ formatVersion: 2, files } satisfies SearchCatalog, null, 1));
  writeFileSync(join(outDir, STAMP), stamp);
  log(`search: artifacts built in ${Math.round(performance.now() - started)} ms`);
}

const STAMP = 'search-stamp.txt';

function isUpToDate(outDir: string, stamp: string): boolean {
  const stampFile = join(outDir, STAMP);
  const catalogFile = join(outDir, SEARCH_CATALOG);
  if (!existsSync(stampFile) || !existsSync(catalogFile) || readFileSync(stampFile, 'utf8') !== stamp) return false;
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as SearchCatalog;
  return catalog.files.every((f) => existsSync(join(outDir, f.name)));
}

/** ICD-10-CM phrases beyond the titles: curated synonyms, Tabular inclusion terms, Index paths. */
async function cmPhrases(read: Read, catalog: Awaited<ReturnType<typeof loadCatalog>>, table: CodeTable, notesYear?: number) {
  const extras: ExtraPhrases[] = [{ source: 'a', phrases: curatedPhrases() }];
  const tabular = notesYear === undefined ? undefined : await loadTabularList(read, catalog, notesYear);
  if (tabular) extras.push({ source: 'i', phrases: flatten(inclusionTerms(tabular)) }, { source: 'i', phrases: includesNotes(tabular) });
  const newestPart = new Map<string, number>();
  for (const { year, part } of indexParts(catalog)) if (year <= table.year && !newestPart.has(part)) newestPart.set(part, year);
  for (const [part, year] of newestPart) {
    const index = await loadIndexTerms(read, catalog, year, part as 'index');
    if (!index) continue;
    if (part === 'neoplasm') extras.push({ source: 'x', phrases: [...neoplasmPhrases(index)] });
    else extras.push({ source: part === 'drug' ? 'd' : 'x', phrases: [...indexTermsByCode(index)] });
  }
  return extras;
}

/**
 * Each curated entry's expansions name its example code ('smoker' -> F17.210), each Index main term its
 * default code ('infection' -> B99.9), and each external cause its code ('gunshot wound' -> W34.00XA).
 */
function* curatedPhrases(): Generator<[string, string]> {
  for (const [phrase, code] of [...INDEX_DEFAULTS, ...MEDICATION_STATUS, ...EXTERNAL_CAUSE_INDEX]) yield [code, phrase];
  for (const entry of allAbbreviations()) {
    if (!entry.example || entry.ambiguous || entry.kind === 'shortTitle') continue;
    for (const words of entry.expansions) yield [entry.example, words.join(' ')];
  }
}

/** The Includes notes of categories and codes ('Includes: high blood pressure' at I10): synonyms like inclusion terms. */
function* includesNotes(list: TabularList): Generator<[string, string]> {
  for (const [code, n] of list.byCode) {
    for (let r = list.noteStart[n]!; r < list.noteStart[n + 1]!; r++) {
      if (list.noteKinds[r] === 'includes') yield [code, list.noteTexts[r]!];
    }
  }
}

function* flatten(entries: Iterable<[string, string[]]>): Generator<[string, string]> {
  for (const [code, terms] of entries) for (const term of terms) yield [code, term];
}
