import type { CodeSystem } from '../types';
import { type DocSource, SEARCH_FORMAT_VERSION, type SearchMeta, type SearchShard, type SearchTexts } from './index-format';
import { encodePostings } from './postings';
import { inverseFrequency, searchTerms } from './terms';

/** One searchable phrase of a code: its title, an inclusion term, an index path. */
export interface SearchDoc {
  /** Index of the code in its CodeTable. */
  codeIndex: number;
  source: DocSource;
  text: string;
}

/** About 2.5 MB of JSON a shard keeps every file well under Firefox's 4 MB limit. */
const SHARD_CHARS = 2_500_000;

/**
 * Builds the serialized inverted index of one code set from its phrases (any order). Returns the meta file and
 * the vocabulary shards; `shardName(i)` names shard i as it will be written beside the meta file.
 */
export function buildSearchIndex(
  set: CodeSystem,
  year: number,
  codeCount: number,
  docs: SearchDoc[],
  shardName: (i: number) => string,
  textShardName: (i: number) => string,
): { meta: SearchMeta; shards: SearchShard[]; texts: SearchTexts[] } {
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
  const docCounts = new Array<number>(codeCount).fill(0);
  for (const doc of ordered) docCounts[doc.codeIndex]!++;
  const meta: SearchMeta = {
    formatVersion: SEARCH_FORMAT_VERSION,
    set,
    year,
    docCounts,
    docSources: ordered.map((d) => d.source).join(''),
    docWeights: docTerms.map((terms) => Math.round(100 * terms.reduce((sum, t) => sum + idf(t), 0))),
    shards: [],
    textShards: [],
  };
  const texts = chunkTexts(ordered.map((d) => (d.source === 't' || d.source === 's' ? '' : d.text)));
  texts.forEach((_, i) => meta.textShards.push(textShardName(i)));
  const shards: SearchShard[] = [];
  let current: SearchShard | undefined;
  let size = 0;
  for (const term of [...postings.keys()].sort()) {
    if (!current || size > SHARD_CHARS) {
      current = { formatVersion: SEARCH_FORMAT_VERSION, terms: [], postings: [] };
      shards.push(current);
      meta.shards.push(shardName(shards.length - 1));
      size = 0;
    }
    const encoded = encodePostings(postings.get(term)!);
    current.terms.push(term);
    current.postings.push(encoded);
    size += term.length + encoded.length + 6;
  }
  return { meta, shards, texts };
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
