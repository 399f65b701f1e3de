import * as z from 'zod';
import { numbers, strings } from '../codeset/artifact-schemas';

/** Bump when the layout or the term processing changes: a stored index of another version is rebuilt, never misread. */
export const SEARCH_FORMAT_VERSION = 4;

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

/** Document-level data of one code set's index: which code each phrase belongs to and its weight. */
export const SearchMeta = z.object({
  formatVersion: z.literal(SEARCH_FORMAT_VERSION),
  set: z.enum(['icd10cm', 'icd10pcs', 'hcpcs', 'user']),
  year: z.number().int(),
  /** Number of phrases (documents) per code, in code order; documents are numbered in that order. */
  docCounts: numbers,
  /** One letter of DOC_SOURCES for every document, in document order. */
  docSources: z.string(),
  /** Sum of the idf of each document's distinct terms, x100, rounded. */
  docWeights: numbers,
  /** Vocabulary shards, in term order. */
  shards: z.array(z.string()),
  /** Shards of document texts, in document order. */
  textShards: z.array(z.string()),
});
export type SearchMeta = z.infer<typeof SearchMeta>;

/** One slice of the vocabulary, terms sorted, with each term's encoded postings at the same index. */
export const SearchShard = z
  .object({
    formatVersion: z.literal(SEARCH_FORMAT_VERSION),
    terms: strings,
    postings: strings,
  })
  .refine((s) => s.terms.length === s.postings.length, 'terms and postings differ in length');
export type SearchShard = z.infer<typeof SearchShard>;

/** Phrases of documents that are not titles or short titles (those the code table holds), '' for those that are. */
export const SearchTexts = z.object({ formatVersion: z.literal(SEARCH_FORMAT_VERSION), texts: strings });
export type SearchTexts = z.infer<typeof SearchTexts>;
