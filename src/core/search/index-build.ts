import type { CodeSystem } from '../types';
import { type DocSource, SEARCH_FORMAT_VERSION, type SearchIndexData, type SearchTexts } from './index-format';
import { encodePostings } from './postings';
import { inverseFrequency, searchTerms } from './terms';

/** One searchable phrase of a code: its title, an inclusion term, an index path. */
export interface SearchDoc {
  /** Index of the code in its CodeTable. */
  codeIndex: number;
  source: DocSource;
  text: string;
}

/** About 2.5 MB of JSON a text shard keeps every file well under Firefox's 4 MB limit. */
const SHARD_CHARS = 2_500_000;

/**
 * Builds the inverted index of one code set from its phrases (any order), and the shards of the phrases' texts;
 * `textShardName(i)` names text shard i as it will be written beside the index.
 */
export function buildSearchIndex(
  set: CodeSystem,
  year: number,
  codeCount: number,
  docs: SearchDoc[],
  textShardName: (i: number) => string,
): { data: SearchIndexData; texts: SearchTexts[] } {
  const ordered = [...docs].sort((a, b) => a.codeIndex - b.codeIndex);
  const postings = new Map<string, number[]>();
  const docTerms: string[][] = [];
  ordered.forEach((doc, id) => {
    const terms = [...new Set(searchTerms(doc.text))];
    docTerms.push(terms);
    for (const term of terms) {
      const list = postings.get(term);
      if (list) list.push(id);
      else postings.set(term, [id]);
    }
  });
  const idf = (term: string) => inverseFrequency(ordered.length, postings.get(term)!.length);
  const docCode = Int32Array.from(ordered, (doc) => doc.codeIndex);
  const terms = [...postings.keys()].sort();
  const lists = terms.map((term) => encodePostings(postings.get(term)!));
  const termDocs = Uint32Array.from(terms, (term) => postings.get(term)!.length);
  const postingStarts = new Uint32Array(terms.length + 1);
  lists.forEach((list, t) => (postingStarts[t + 1] = postingStarts[t]! + list.length));
  const encoded = new Uint8Array(postingStarts[terms.length]!);
  lists.forEach((list, t) => encoded.set(list, postingStarts[t]!));
  const texts = chunkTexts(ordered.map((d) => (d.source === 't' || d.source === 's' ? '' : d.text)));
  const data: SearchIndexData = {
    set,
    year,
    codes: codeCount,
    docCode,
    docSources: ordered.map((d) => d.source).join(''),
    // Hundredths, as the ranking has always weighed documents (and float32, as it holds them).
    docWeights: Float32Array.from(docTerms, (ts) => Math.round(100 * ts.reduce((sum, t) => sum + idf(t), 0)) / 100),
    terms,
    postings: encoded,
    postingStarts,
    termDocs,
    textShards: texts.map((_, i) => textShardName(i)),
  };
  return { data, texts };
}

function chunkTexts(all: string[]): SearchTexts[] {
  const chunks: SearchTexts[] = [];
  let size = Infinity;
  for (const text of all) {
    if (size > SHARD_CHARS) {
      chunks.push({ formatVersion: SEARCH_FORMAT_VERSION, texts: [] });
      size = 0;
    }
    chunks[chunks.length - 1]!.texts.push(text);
    size += text.length + 3;
  }
  return chunks;
}
