import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { artifactBytes, artifactText, type ReadArtifact } from '../codeset/artifact-read';
import { fnv1a32, fnv1a32Bytes } from '../codeset/checksum';
import { checkNow, type Later } from '../codeset/load-table';
import { parseOrFail } from '../codeset/zod-problem';
import type { CodeSystem, CodeTable } from '../types';
import { checkIndexOrder, decodeIndexFiles, INDEX_PARTS, type IndexPart } from './index-file';
import { SearchTexts } from './index-format';
import { SearchIndex } from './search-index';

/** Lists the search and concept artifacts with a checksum each, so that a damaged file is named, not misread. */
export const SearchCatalog = z.object({
  formatVersion: z.literal(2),
  files: z.array(z.object({ name: z.string(), bytes: z.int(), checksum: z.string() })),
});
export type SearchCatalog = z.infer<typeof SearchCatalog>;

export const SEARCH_CATALOG = 'search-catalog.json';

export function searchIndexName(set: CodeSystem, year: number, part: IndexPart): string {
  return `search-${set}-${year}-${part}.bin`;
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
  schema: $ZodType<T>,
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
  return parseOrFail(schema, json, (problem) => fail(`does not match its format: ${problem}`));
}

export async function loadSearchCatalog(read: ReadArtifact): Promise<SearchCatalog> {
  const json = JSON.parse(artifactText(await read(SEARCH_CATALOG)));
  return parseOrFail(SearchCatalog, json, (problem) => {
    throw new Error(`search: ${SEARCH_CATALOG} does not match its format (${problem}); rebuild with npm run build`);
  });
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
  const name = (part: IndexPart) => searchIndexName(table.system, table.year, part);
  if (!catalog.files.some((f) => f.name === name('docs'))) return undefined;
  const [docs, terms] = await Promise.all(INDEX_PARTS.map(async (part) => {
    const { entry, fail } = listed(catalog, name(part));
    const bytes = artifactBytes(await read(name(part)), fail);
    later(() => {
      if (fnv1a32Bytes(bytes) !== entry.checksum) fail('is damaged (checksum mismatch)');
    });
    return { bytes, fail };
  }));
  const data = decodeIndexFiles({ docs: docs!.bytes, terms: terms!.bytes }, { docs: docs!.fail, terms: terms!.fail });
  later(() => {
    try {
      checkIndexOrder(data);
    } catch (error) {
      docs!.fail(`(with ${name('terms')}) ${(error as Error).message}`);
    }
  });
  const codes = 'loaded' in table ? await table.loaded : table;
  let index: SearchIndex;
  try {
    index = new SearchIndex(codes, data, []);
  } catch (error) {
    return docs!.fail(`does not fit its code table (${(error as Error).message})`);
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
