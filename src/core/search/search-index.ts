import { joinShards } from '../codeset/join-shards';
import type { CodeTable } from '../types';
import { DOC_SOURCES, type DocSource, type SearchIndexData, type SearchTexts } from './index-format';
import { decodePostings, decodePostingsBitset } from './postings';
import { inverseFrequency } from './terms';

/** A term held by more than this share of the documents is common: the ranking walks it only where it can matter. */
export const COMMON_SHARE = 1 / 32;

/**
 * A loaded inverted index over one code table. Postings stay encoded until a query first needs them, so that
 * loading costs little more than reading the file.
 */
export class SearchIndex {
  readonly terms: string[];
  readonly docCode: Int32Array;
  readonly docWeight: Float32Array;
  readonly docSources: string;
  private docTexts: string[];
  private readonly encoded: Uint8Array;
  private readonly starts: Uint32Array;
  private readonly termDocs: Uint32Array;
  private readonly decoded: (Int32Array | undefined)[];
  /** Bitsets of the common terms' documents, built on first use or by `warmCommon` (about 1 MB for ICD-10-CM). */
  private readonly bitsets: (Uint32Array | undefined)[] = [];
  /** The common terms' documents lightest first, built on first use or by `warmCommon` (about 1 MB more for ICD-10-CM). */
  private readonly lightFirst: (Int32Array | undefined)[] = [];

  constructor(
    readonly table: CodeTable,
    data: SearchIndexData,
    texts: SearchTexts[],
  ) {
    // Sizes here; the order of terms, postings and documents is checked apart (checkIndexOrder: a loop over each),
    // after the first answer for a loaded index.
    const label = `${data.set} ${data.year}`;
    if (data.codes !== table.codes.length) throw new Error(`search: index of ${label} covers ${data.codes} codes, table has ${table.codes.length}`);
    this.terms = data.terms;
    this.encoded = data.postings;
    this.starts = data.postingStarts;
    this.termDocs = data.termDocs;
    if (this.starts.length !== this.terms.length + 1 || this.termDocs.length !== this.terms.length) {
      throw new Error(`search: index of ${label} has ${this.starts.length} posting starts for ${this.terms.length} terms`);
    }
    this.decoded = new Array(this.terms.length);
    this.docWeight = data.docWeights;
    this.docCode = data.docCode;
    if (this.docCode.length !== this.docWeight.length || data.docSources.length !== this.docWeight.length) {
      throw new Error(`search: index of ${label} has ${this.docCode.length} codes and ${data.docSources.length} sources for ${this.docWeight.length} documents`);
    }
    this.docSources = data.docSources;
    this.docTexts = [];
    if (texts.length > 0) this.attachTexts(texts);
  }

  /** Adds the phrases of the documents (loaded after the index, only for "matched" explanations). */
  attachTexts(texts: SearchTexts[]): void {
    const all = joinShards(texts.map((t) => t.texts));
    if (all.length !== this.docWeight.length) throw new Error(`search: ${all.length} document texts for ${this.docWeight.length} documents`);
    this.docTexts = all;
  }

  get docCount(): number {
    return this.docWeight.length;
  }

  /** Id of a term, by binary search in the sorted vocabulary (no map of 17,000 terms to build at load). */
  termId(term: string): number | undefined {
    const at = this.firstAtLeast(term);
    return this.terms[at] === term ? at : undefined;
  }

  /**
   * Index of the first term not below `text` (the vocabulary's length when every term is): the terms that start with
   * it follow from there, for a scan in place.
   */
  firstAtLeast(text: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid]! < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Documents holding the term, ascending. */
  postings(termId: number): Int32Array {
    let list = this.decoded[termId];
    if (!list) {
      list = decodePostings(this.encoded, this.starts[termId]!, this.starts[termId + 1]!, this.termDocs[termId]);
      this.decoded[termId] = list;
    }
    return list;
  }

  /**
   * The documents of a common term as a bitset (bit d of word d >>> 5), so the ranking can ask whether a few
   * documents hold it without walking tens of thousands of postings; undefined for the other terms.
   */
  members(termId: number): Uint32Array | undefined {
    let bits = this.bitsets[termId];
    if (!bits) {
      if (this.termDocs[termId]! <= this.docCount * COMMON_SHARE) return undefined;
      // From the encoded bytes: a query that only looks the term up needs no list of its ids.
      bits = decodePostingsBitset(this.encoded, this.starts[termId]!, this.starts[termId + 1]!, this.termDocs[termId]!, this.docCount);
      this.bitsets[termId] = bits;
    }
    return bits;
  }

  /**
   * A common term's documents by ascending weight (ties by id), so the ranking can stop a walk once the documents left
   * are too heavy to score past the codes it holds; undefined for the other terms.
   */
  byWeight(termId: number): Int32Array | undefined {
    if (!this.members(termId)) return undefined;
    // Ordered on first ask, apart from the bitset: most queries only look common words up, and the order costs as
    // much again as the bitset (1-2 ms for 'unspecified' on a query that meets it first).
    let list = this.lightFirst[termId];
    if (!list) this.lightFirst[termId] = list = byWeight(this.postings(termId), this.docWeight);
    return list;
  }

  /**
   * Decodes the postings of the common terms and builds their bitsets now (tens of milliseconds), so that no query
   * pays for it; the engine calls this in the background once the first answers are out.
   */
  warmCommon(): void {
    for (let termId = 0; termId < this.terms.length; termId++) {
      if (this.termDocs[termId]! > this.docCount * COMMON_SHARE) this.byWeight(termId);
    }
  }

  /** Number of documents holding the term, stored with the index: no list is decoded to count it. */
  documentFrequency(termId: number): number {
    return this.termDocs[termId]!;
  }

  /** Inverse document frequency, natural log, as the build weighed the documents. */
  idf(termId: number): number {
    return inverseFrequency(this.docCount, this.documentFrequency(termId));
  }

  /** The phrase a document holds and where it comes from, for "matched" explanations. */
  docText(doc: number): { text: string; source: string } {
    const source = this.docSources[doc] as DocSource;
    const code = this.docCode[doc]!;
    const text = source === 't' ? this.table.titles[code]! : source === 's' ? this.table.shortTitles[code]! : (this.docTexts[doc] ?? '');
    return { text, source: DOC_SOURCES[source] };
  }

  /** Ids of the terms that start with `prefix`, at most `limit`, by binary search in the sorted vocabulary. */
  termsWithPrefix(prefix: string, limit: number): number[] {
    const out: number[] = [];
    for (let i = this.firstAtLeast(prefix); i < this.terms.length && out.length < limit && this.terms[i]!.startsWith(prefix); i++) out.push(i);
    return out;
  }
}

/** `list` (ascending ids) reordered by ascending weight: a counting sort on the weights' hundredths, stable in id. */
function byWeight(list: Int32Array, weights: Float32Array): Int32Array {
  let most = 0;
  for (let k = 0; k < list.length; k++) most = Math.max(most, Math.round(weights[list[k]!]! * 100));
  const starts = new Int32Array(most + 2);
  for (let k = 0; k < list.length; k++) starts[Math.round(weights[list[k]!]! * 100) + 1]!++;
  for (let w = 1; w < starts.length; w++) starts[w]! += starts[w - 1]!;
  const out = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) out[starts[Math.round(weights[list[k]!]! * 100)]!++] = list[k]!;
  return out;
}
