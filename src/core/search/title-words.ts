import type { SearchIndex } from './search-index';

/** Counts per code, two sets reused across calls (per index): a header's ranking allocates nothing per descendant. */
const scratch = new WeakMap<SearchIndex, Uint16Array[]>();

/**
 * How many of `words` (distinct search terms) the title of each code from `from` up to `to` holds: element k - from
 * is code k's count, valid until the next call with the same `slot` (0 or 1). Read from the index's postings, where each code's title is its one
 * 't' document, instead of splitting and stemming every title: the first ranking of a header with 2,000 codes below
 * it stemmed all their titles, 10-20 ms, and set the slowest percentile of queries.
 */
export function titleWordCounts(index: SearchIndex, from: number, to: number, words: Iterable<string>, slot: 0 | 1): Uint16Array {
  let counts = scratch.get(index);
  if (!counts) scratch.set(index, (counts = [0, 1].map(() => new Uint16Array(index.table.codes.length))));
  const out = counts[slot]!.subarray(from, to);
  out.fill(0);
  const first = firstDoc(index, from);
  const end = firstDoc(index, to);
  for (const word of words) {
    const termId = index.termId(word);
    if (termId === undefined) continue; // no document holds it, so no title either
    const list = index.postings(termId);
    for (let k = lowerBound(list, first); k < list.length && list[k]! < end; k++) {
      const doc = list[k]!;
      if (index.docSources.charCodeAt(doc) === TITLE) out[index.docCode[doc]! - from]!++;
    }
  }
  return out;
}

const TITLE = 't'.charCodeAt(0);

/** The first document of code `code` (documents are numbered in code order); docCount past the last code. */
function firstDoc(index: SearchIndex, code: number): number {
  return lowerBound(index.docCode, code);
}

/** The first position in ascending `list` holding at least `value`. */
function lowerBound(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
