import * as z from 'zod';
import { artifactBytes, artifactText, type ReadArtifact } from '../codeset/artifact-read';
import { fnv1a32, fnv1a32Bytes } from '../codeset/checksum';
import { joinShards } from '../codeset/join-shards';
import { checkNow, type Later } from '../codeset/load-table';
import type { CodeSystem, CodeTable } from '../types';
import { ConceptArtifact, type ConceptList } from '../suggest/concept-format';
import { documentFrequencies } from '../suggest/concept-idf';
import { decodeIndexFile } from './index-file';
import { SearchTexts } from './index-format';
import { SearchIndex } from './search-index';

/** Lists the search and concept artifacts with a checksum each, so that a damaged file is named, not misread. */
export const SearchCatalog = z.object({
  formatVersion: z.literal(2),
  files: z.array(z.object({ name: z.string(), bytes: z.number().int(), checksum: z.string() })),
});
export type SearchCatalog = z.infer<typeof SearchCatalog>;

export const SEARCH_CATALOG = 'search-catalog.json';

export function searchIndexName(set: CodeSystem, year: number): string {
  return `search-${set}-${year}-index.bin`;
}
export function searchTextsName(set: CodeSystem, year: number, i: number): string {
  return `search-${set}-${year}-texts-${i}.json`;
}
export function conceptsName(set: CodeSystem, year: number, shard = 0): string {
  return `concepts-${set}-${year}-${shard}.json`;
}

/** The catalog entry of a listed artifact, and the Error naming it (and the fix) for anything wrong with it. */
function listed(catalog: SearchCatalog, name: string) {
  const entry = catalog.files.find((f) => f.name === name);
  if (!entry) throw new Error(`search: ${name} is not in ${SEARCH_CATALOG}; rebuild with npm run build`);
  const fail = (problem: string): never => {
    throw new Error(`search: ${name} ${problem}; rebuild with npm run build`);
  };
  return { entry, fail };
}

/**
 * Reads one listed JSON artifact, checks its checksum (through `later`, see Later), parses it with its schema; errors
 * name the file and the fault.
 */
export async function readChecked<T>(
  read: ReadArtifact,
  catalog: SearchCatalog,
  name: string,
  schema: z.ZodType<T>,
  later: Later = checkNow,
): Promise<T> {
  const { entry, fail } = listed(catalog, name);
  const text = artifactText(await read(name));
  later(() => {
    if (fnv1a32(text) !== entry.checksum) fail('is damaged (checksum mismatch)');
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`is not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) fail(`does not match its format: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data as T;
}

export async function loadSearchCatalog(read: ReadArtifact): Promise<SearchCatalog> {
  const parsed = SearchCatalog.safeParse(JSON.parse(artifactText(await read(SEARCH_CATALOG))));
  if (!parsed.success) throw new Error(`search: ${SEARCH_CATALOG} does not match its format; rebuild with npm run build`);
  return parsed.data;
}

/**
 * Loads the search index of one table; undefined when the build made none for it. The table may still be
 * loading: the index file is read meanwhile.
 */
export async function loadSearchIndex(
  read: ReadArtifact,
  catalog: SearchCatalog,
  table: CodeTable | { system: CodeSystem; year: number; loaded: Promise<CodeTable> },
  later: Later = checkNow,
): Promise<SearchIndex | undefined> {
  const name = searchIndexName(table.system, table.year);
  if (!catalog.files.some((f) => f.name === name)) return undefined;
  const { entry, fail } = listed(catalog, name);
  const bytes = artifactBytes(await read(name), fail);
  later(() => {
    if (fnv1a32Bytes(bytes) !== entry.checksum) fail('is damaged (checksum mismatch)');
  });
  const data = decodeIndexFile(bytes, fail);
  const codes = 'loaded' in table ? await table.loaded : table;
  let index: SearchIndex;
  try {
    index = new SearchIndex(codes, data, []);
  } catch (error) {
    return fail(`does not fit its code table (${(error as Error).message})`);
  }
  textShards.set(index, data.textShards);
  return index;
}

const textShards = new WeakMap<SearchIndex, string[]>();

/**
 * Reads the phrases behind an index's documents, which only explain matches ("inclusion term: ..."), so that they
 * load after the first answer rather than before it.
 */
export async function loadSearchTexts(read: ReadArtifact, catalog: SearchCatalog, index: SearchIndex): Promise<void> {
  const names = textShards.get(index) ?? [];
  index.attachTexts(await Promise.all(names.map((name) => readChecked(read, catalog, name, SearchTexts))));
}

/** Loads the concept dictionary of one table; undefined when the build made none for it. */
export async function loadConcepts(
  read: ReadArtifact,
  catalog: SearchCatalog,
  table: CodeTable,
  later: Later = checkNow,
): Promise<ConceptArtifact | undefined> {
  const names: string[] = [];
  for (let i = 0; catalog.files.some((f) => f.name === conceptsName(table.system, table.year, i)); i++) names.push(conceptsName(table.system, table.year, i));
  if (names.length === 0) return undefined;
  const shards = await Promise.all(names.map((name) => readChecked(read, catalog, name, ConceptArtifact, later)));
  if (shards.length === 1) return shards[0];
  return {
    formatVersion: shards[0]!.formatVersion,
    anchors: joinShards(shards.map((s) => s.anchors)),
    others: joinShards(shards.map((s) => s.others)),
    codes: joinShards(shards.map((s) => s.codes)),
    docCount: shards[0]!.docCount,
    // A term met in several shards is listed in each, with the same count: the later entry changes nothing.
    dfTerms: joinShards(shards.map((s) => s.dfTerms)),
    df: joinShards(shards.map((s) => s.df)),
  };
}

/**
 * Splits a concept dictionary into shards of at most `per` concepts, each a valid artifact on its own, with the
 * document frequencies in `index` of its own terms.
 */
export function shardConcepts(concepts: ConceptList, per: number, index: SearchIndex): ConceptArtifact[] {
  const shards: ConceptArtifact[] = [];
  for (let start = 0; start < concepts.codes.length || shards.length === 0; start += per) {
    const end = start + per;
    const anchors = concepts.anchors.slice(start, end);
    const others = concepts.others.slice(start, end);
    const codes = concepts.codes.slice(start, end);
    shards.push({ formatVersion: concepts.formatVersion, anchors, others, codes, ...documentFrequencies({ anchors, others }, index) });
  }
  return shards;
}
