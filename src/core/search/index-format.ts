import * as z from 'zod/mini';
import { strings } from '../codeset/artifact-schemas';

/** Bump when the layout or the term processing changes: a stored index of another version is rebuilt, never misread. */
export const SEARCH_FORMAT_VERSION = 5;

/** Where a searchable phrase comes from; one letter is stored for every document (see docSources). */
export const DOC_SOURCES = {
  t: 'title',
  s: 'short title',
  i: 'inclusion term',
  x: 'index',
  d: 'table of drugs or neoplasms',
  a: 'abbreviation',
} as const;
export type DocSource = keyof typeof DOC_SOURCES;

/**
 * The header of each of a set's two search index files (search-<set>-<year>-docs.bin and -terms.bin, binary
 * artifacts: see binary-artifact and index-file): counts that the sections must match, and the files of the document
 * texts, read after the first answer.
 */
export const SearchIndexHeader = z.object({
  formatVersion: z.literal(SEARCH_FORMAT_VERSION),
  part: z.enum(['docs', 'terms']),
  set: z.enum(['icd10cm', 'icd10pcs', 'hcpcs', 'user']),
  year: z.int(),
  codes: z.int().check(z.nonnegative()),
  docs: z.int().check(z.nonnegative()),
  terms: z.int().check(z.nonnegative()),
  /** Shards of document texts (SearchTexts), in document order. */
  textShards: z.array(z.string()),
});
export type SearchIndexHeader = z.infer<typeof SearchIndexHeader>;

/** One code set's inverted index, as built and as read back from its file: typed columns, no object per entry. */
export interface SearchIndexData {
  set: SearchIndexHeader['set'];
  year: number;
  /** Number of codes of the table it indexes. */
  codes: number;
  /** The code (row) of each phrase (document), ascending: documents are numbered in code order. */
  docCode: Int32Array;
  /** One letter of DOC_SOURCES for every document, in document order. */
  docSources: string;
  /** Sum of the idf of each document's distinct terms, rounded to hundredths (as float32). */
  docWeights: Float32Array;
  /** The vocabulary, sorted. */
  terms: string[];
  /** Every term's documents, encoded (see postings.ts), in term order: term t's lie in postingStarts[t] .. [t + 1]. */
  postings: Uint8Array;
  postingStarts: Uint32Array;
  /** How many documents hold each term: document frequencies without decoding the postings. */
  termDocs: Uint32Array;
  /** Shards of document texts, in document order. */
  textShards: string[];
}

/** Phrases of documents that are not titles or short titles (those the code table holds), '' for those that are. */
export const SearchTexts = z.object({ formatVersion: z.literal(SEARCH_FORMAT_VERSION), texts: strings });
export type SearchTexts = z.infer<typeof SearchTexts>;
