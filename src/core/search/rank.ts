import { CommonLookup } from './common-lookup';
import { COMMON_SHARE, type SearchIndex } from './search-index';
import { TopK } from './top-k';
import type { Slot } from './word-query';

/** A lightest-first step (bound, lookups, score) costs about this many postings added in a full walk. */
const WALK_COST = 8;

/** Curated synonyms ('a') yield a little to the classification's own words, so a title that says more wins ties. */
const SECONDARY = 'a'.charCodeAt(0);

/** `exhaustive` walks and scores everything; `stats.walked` counts the postings the lightest-first walk read (tests). */
export interface RankOptions {
  exhaustive?: boolean;
  stats?: { walked: number };
}

/** A code's best-matching document and its score. */
export interface RankedCode {
  codeIndex: number;
  doc: number;
  score: number;
}

/**
 * The ranked codes in arrays, best first: `count` codes, each with its best document and score. They are scratch
 * arrays of the index, valid until its next ranking: a query ranks up to three readings, and objects per code made
 * garbage whose collection set the slowest percentile.
 */
export interface RankedList {
  count: number;
  codes: Int32Array;
  docs: Int32Array;
  scores: Float64Array;
}

/** Scratch arrays reused across queries: one allocation per index instead of one per query. */
interface Scratch {
  matched: Float32Array;
  slotMark: Int32Array;
  /** Documents already scored in this query, marked with its serial. */
  reachMark: Int32Array;
  touched: Int32Array;
  codeBest: Float32Array;
  codeDoc: Int32Array;
  codesTouched: Int32Array;
  /** Documents the first scoring pass set aside, with their matched weight (see scoreDocs). */
  asideDocs: Int32Array;
  asideMatched: Float32Array;
  asideCount: number;
  /** Pool of the common slots' lookup keys (see CommonLookup). */
  keys: Int32Array;
  /** Set by walkLightFirst when the walk went past its budget of lookups and stopped. */
  walkGaveUp: boolean;
  top: TopK;
  out: RankedList;
}
const scratch = new WeakMap<SearchIndex, Scratch>();
let querySerial = 0;


/**
 * Scores every document that shares a term with the query by weighted Dice similarity,
 * 2·matched / (query weight + document weight): full coverage of the query by a short title ranks first, so the
 * most specific code the words support wins and longer titles with words the query lacks fall behind.
 * Returns the best document per code, best first, at most `limit`.
 *
 * Common words ('unspecified', 'with', 'other') hold tens of thousands of documents each, so they are walked the
 * MaxScore way and the answer stays the one a full walk gives: first the rarer words, with the common ones added
 * by a merge to the documents those reached; the lowest of the `limit` best codes so far, θ, then says how much
 * weight m a document holding common words alone needs (2m/(Q + m/r) > θ, r the largest weight-to-idf ratio of
 * those words). Documents reachable only through common words whose weights sum below that are never walked, and the
 * others are walked lightest first until even a document matching every common word would score below θ.
 * Scoring itself first takes the documents that match at least half what the best one does, and then only those
 * of the rest whose matched weight can still pass the θ these set. Tests check against `exhaustive`.
 */
export function rankCodes(index: SearchIndex, slots: Slot[], limit: number, options: RankOptions = {}): RankedCode[] {
  const list = rankList(index, slots, limit, options);
  return Array.from({ length: list.count }, (_, k) => ({ codeIndex: list.codes[k]!, doc: list.docs[k]!, score: list.scores[k]! }));
}

/** `rankCodes` into the index's scratch arrays (see RankedList): no objects per code. */
export function rankList(index: SearchIndex, slots: Slot[], limit: number, options: RankOptions = {}): RankedList {
  const s = scratchFor(index);
  let queryWeight = 0;
  for (const slot of slots) queryWeight += slot.weight;
  const split = options.exhaustive ? undefined : splitCommon(index, slots);
  const ratio = options.exhaustive ? undefined : weightRatio(index, slots);
  let codeCount: number;
  if (!split) {
    let touched = 0;
    for (const slot of slots) touched = addSlot(index, s, slot, touched, -1);
    codeCount = scoreReached(index, s, touched, queryWeight, limit, ratio);
  } else {
    let touched = 0;
    for (const slot of split.rare) touched = addSlot(index, s, slot, touched, -1);
    const reached = markTouched(s, touched);
    const lookup = CommonLookup.build(index, split.common, s.keys);
    for (let i = 0; i < split.common.length; i++) addSlotWhere(index, s, split.common[i]!, reached, touched, lookup, i);
    codeCount = scoreReached(index, s, touched, queryWeight, limit, ratio);
    const theta = collect(s, codeCount, limit, false).lowestIfFull();
    // The weight a common-only document needs to pass θ; the lightest common words that cannot reach it together are
    // only looked up for documents the others reach.
    const needed = neededWeight(theta, queryWeight, split.ratio);
    const common = [...split.common].sort((x, y) => slotWeight(x) - slotWeight(y));
    let light = 0;
    let lightWeight = 0;
    while (light < common.length && lightWeight + slotWeight(common[light]!) < needed) lightWeight += slotWeight(common[light++]!);
    if (light < common.length && lookup) {
      codeCount = walkLightFirst(index, s, common.slice(light), lookup, split.common.length, reached, queryWeight, codeCount, limit, options.stats);
    }
    if (light < common.length && (!lookup || s.walkGaveUp)) {
      // Every posting of the heavier common words, but for the documents scored already (by the rarer words, or by
      // a walk that gave up).
      let fresh = 0;
      for (const slot of common.slice(light)) fresh = addSlot(index, s, slot, fresh, reached);
      const others = markTouched(s, fresh);
      for (const slot of common.slice(0, light)) addSlotWhere(index, s, slot, others, fresh);
      codeCount = scoreDocs(index, s, fresh, queryWeight, codeCount, theta, 0, false);
    }
  }
  const out = s.out;
  if (out.codes.length < limit) Object.assign(out, { codes: new Int32Array(limit), docs: new Int32Array(limit), scores: new Float64Array(limit) });
  out.count = collect(s, codeCount, limit, true).drainSorted(out.codes, out.scores);
  for (let k = 0; k < out.count; k++) out.docs[k] = s.codeDoc[out.codes[k]!]!;
  return out;
}

/**
 * The matched weight a document needs to score θ: 2m/(Q + D) ≥ θ with D ≥ m/r (r the largest weight-to-idf ratio of
 * the words it can match). 2m/(Q + m/r) stays below 2r: past that, nothing can pass.
 */
function neededWeight(theta: number, queryWeight: number, ratio: number): number {
  const room = 2 - theta / ratio;
  // Document weights are stored to 1/100: the slack keeps the bound safe from that rounding.
  return room > 0 ? (theta * (queryWeight - 0.01)) / room : Infinity;
}

/**
 * Scores the documents that only common words reach, walking the `heavy` slots' documents lightest first: a document
 * matching all the common words and weighing D scores at most 2M/(Q + D), which falls as D grows, so the walk ends
 * once that is below the lowest of the `limit` best codes. A query whose rarer words reach few codes used to score
 * every one of the 37,000 documents holding 'unspecified'; the shortest of them fill the best codes, and the rest
 * are never looked at. A slot's rarer terms (no bitset, no order) are walked whole. Each document's matched weight
 * comes from the lookup of all the common slots, added in query order as a full walk adds it (float32), so scores are
 * the same to the bit.
 */
function walkLightFirst(
  index: SearchIndex,
  s: Scratch,
  heavy: Slot[],
  lookup: CommonLookup,
  commonCount: number,
  reached: number,
  queryWeight: number,
  codeCount: number,
  limit: number,
  stats: RankOptions['stats'],
): number {
  let most = 0;
  for (const slot of lookup.slots) most += slotWeight(slot);
  // Float32 sums of the same weights can exceed their double sum by a few ulps: the margin keeps the stop safe.
  const bound = 2 * most * (1 + 1e-5);
  const top = collect(s, codeCount, limit, false);
  const { codeBest, codeDoc, codesTouched, reachMark } = s;
  // Looking a document up costs several times what adding a posting does: past this many, walking every posting wins.
  let budget = 0;
  for (const slot of heavy) for (const alt of slot.alternatives) budget += index.documentFrequency(alt.termId) / WALK_COST;
  s.walkGaveUp = false;
  for (const slot of heavy) {
    for (const alt of slot.alternatives) {
      const ordered = index.byWeight(alt.termId);
      const list = ordered ?? index.postings(alt.termId);
      let k = 0;
      for (; k < list.length; k++) {
        const doc = list[k]!;
        if (bound / (queryWeight + index.docWeight[doc]!) < top.lowestIfFull()) {
          if (ordered) break; // the rest are heavier still
          continue;
        }
        if (reachMark[doc] === reached) continue;
        if (--budget < 0) {
          s.walkGaveUp = true;
          return codeCount;
        }
        reachMark[doc] = reached; // scored: neither this walk nor a full one after it looks at it again
        const matched = commonMatched(lookup, commonCount, doc);
        const score = ((2 * matched) / (queryWeight + index.docWeight[doc]!)) * (index.docSources.charCodeAt(doc) === SECONDARY ? 0.97 : 1);
        // Codes are ranked by their float32 best: compared as such, a tie with the floor is kept.
        if (Math.fround(score) < top.lowestIfFull()) continue;
        const code = index.docCode[doc]!;
        const first = codeBest[code] === 0;
        if (first) codesTouched[codeCount++] = code;
        if (score > codeBest[code]!) {
          codeBest[code] = score;
          codeDoc[code] = doc;
        }
        // A code enters the heap once, at its first score: a later, better one only leaves the heap's floor too low,
        // never too high, so the stop stays safe.
        if (first) top.offer(code, codeBest[code]!);
      }
      if (stats) stats.walked += k;
    }
  }
  return codeCount;
}

/** The weight a document matches of the common slots: each slot's first (best) alternative it holds, float32 sums. */
function commonMatched(lookup: CommonLookup, count: number, doc: number): number {
  let matched = 0;
  for (let i = 0; i < count; i++) {
    const weight = lookup.weight(i, doc);
    if (weight > 0) matched = Math.fround(matched + weight);
  }
  return matched;
}

/**
 * Scores the touched documents in two passes: first those matching at least half the weight the best one matches,
 * whose codes give a floor θ; then of the rest only those whose matched weight can still reach θ. Without a
 * ratio (two words share a term) every document is scored.
 */
function scoreReached(index: SearchIndex, s: Scratch, touched: number, queryWeight: number, limit: number, ratio: number | undefined): number {
  if (ratio === undefined) return scoreDocs(index, s, touched, queryWeight, 0, 0, 0, false);
  let most = 0;
  for (let k = 0; k < touched; k++) most = Math.max(most, s.matched[s.touched[k]!]!);
  let asked = most / 2;
  let codeCount = scoreDocs(index, s, touched, queryWeight, 0, 0, asked, true);
  let theta = collect(s, codeCount, limit, false).lowestIfFull();
  // Fewer than `limit` codes give no floor: ask half as much again, a few times, rather than score every document left
  // (17,000 for a long query whose best titles match few of its words).
  for (let round = 0; theta === 0 && s.asideCount > 0 && round < 4; round++) {
    asked /= 2;
    codeCount = scoreSetAside(index, s, queryWeight, codeCount, 0, asked);
    theta = collect(s, codeCount, limit, false).lowestIfFull();
  }
  return scoreSetAside(index, s, queryWeight, codeCount, theta, neededWeight(theta, queryWeight, ratio));
}

/** The largest weight-to-idf ratio of the query's terms; undefined when two slots share a term. */
function weightRatio(index: SearchIndex, slots: Slot[]): number | undefined {
  const terms = new Set<number>();
  let ratio = 0;
  for (const slot of slots) {
    for (const a of slot.alternatives) {
      if (terms.has(a.termId)) return undefined;
      terms.add(a.termId);
      ratio = Math.max(ratio, a.weight / index.idf(a.termId));
    }
  }
  return ratio;
}

function slotWeight(slot: Slot): number {
  let best = 0;
  for (const a of slot.alternatives) best = Math.max(best, a.weight);
  return best;
}

/**
 * The query's common slots (postings over COMMON_SHARE of the documents) apart from the rest, with the largest
 * weight-to-idf ratio of their terms; undefined when there is nothing to split, or when two common slots share a term
 * (a document could then match more than its own weight, and the bound would not hold).
 */
function splitCommon(index: SearchIndex, slots: Slot[]) {
  const rare: Slot[] = [];
  const common: Slot[] = [];
  const limit = index.docCount * COMMON_SHARE;
  for (const slot of slots) {
    const size = slot.alternatives.reduce((n, a) => n + index.documentFrequency(a.termId), 0);
    (size > limit ? common : rare).push(slot);
  }
  if (rare.length === 0 || common.length === 0) return undefined;
  const ratio = weightRatio(index, common);
  return ratio === undefined ? undefined : { rare, common, ratio };
}

/**
 * Adds a slot's best alternative weight to every document holding one, except those marked `skipReached`; returns the
 * new count of touched documents.
 */
function addSlot(index: SearchIndex, s: Scratch, slot: Slot, touchedCount: number, skipReached: number): number {
  const { matched, touched } = s;
  if (slot.alternatives.length === 1 && skipReached < 0) {
    // One term, nothing to skip (the usual word): a list holds each document once, so no marks are read or written.
    const alt = slot.alternatives[0]!;
    const list = index.postings(alt.termId);
    for (let k = 0; k < list.length; k++) {
      const doc = list[k]!;
      if (matched[doc] === 0) touched[touchedCount++] = doc;
      matched[doc]! += alt.weight;
    }
    return touchedCount;
  }
  const serial = ++querySerial;
  for (const alt of slot.alternatives) {
    const list = index.postings(alt.termId);
    for (let k = 0; k < list.length; k++) {
      const doc = list[k]!;
      if (s.slotMark[doc] === serial) continue; // this word already counted for the doc, through a better term
      if (s.reachMark[doc] === skipReached) continue; // scored already
      if (matched[doc] === 0) touched[touchedCount++] = doc;
      s.slotMark[doc] = serial;
      matched[doc]! += alt.weight;
    }
  }
  return touchedCount;
}

/** Marks the first `count` touched documents with a fresh serial, and returns it. */
function markTouched(s: Scratch, count: number): number {
  const serial = ++querySerial;
  for (let k = 0; k < count; k++) s.reachMark[s.touched[k]!] = serial;
  return serial;
}

/**
 * Adds a slot's best alternative weight only to documents marked `only` (the first `candidates` touched ones): no
 * new documents. Walks the postings, or, when the candidates are fewer, looks each candidate up (slot `at` of
 * `lookup`): 'unspecified' holds 37,000 documents, the rarer words of a query often reach a few hundred.
 */
function addSlotWhere(index: SearchIndex, s: Scratch, slot: Slot, only: number, candidates: number, lookup?: CommonLookup, at = -1): void {
  // One alternative (the usual common word) with a bitset, when the candidates are the fewer: the bitset inline.
  const only1 = slot.alternatives.length === 1 ? slot.alternatives[0]! : undefined;
  const bits = only1 && candidates < index.documentFrequency(only1.termId) ? index.members(only1.termId) : undefined;
  if (only1 && bits) {
    for (let k = 0; k < candidates; k++) {
      const doc = s.touched[k]!;
      if (s.reachMark[doc] === only && bits[doc >>> 5]! & (1 << (doc & 31))) s.matched[doc]! += only1.weight;
    }
    return;
  }
  let size = 0;
  for (const alt of slot.alternatives) size += index.documentFrequency(alt.termId);
  // A lookup is a bitset test or two and, for a slot with rarer terms, a binary search among their documents.
  if (lookup && candidates * (1 + lookup.searchSteps(at)) < size) {
    for (let k = 0; k < candidates; k++) {
      const doc = s.touched[k]!;
      if (s.reachMark[doc] !== only) continue;
      const weight = lookup.weight(at, doc);
      if (weight > 0) s.matched[doc]! += weight;
    }
    return;
  }
  const serial = ++querySerial;
  for (const alt of slot.alternatives) {
    const list = index.postings(alt.termId);
    for (let k = 0; k < list.length; k++) {
      const doc = list[k]!;
      if (s.reachMark[doc] !== only || s.slotMark[doc] === serial) continue;
      s.slotMark[doc] = serial;
      s.matched[doc]! += alt.weight;
    }
  }
}

/**
 * Scores the touched documents that matched at least `minMatched` into each code's best (codes first seen appended
 * after `codeCount`), leaving out scores below `floor`, and clears their `matched`. Those below `minMatched` are
 * cleared too and, when `setAside`, listed with their matched weight in touched order for `scoreSetAside`: a second
 * pass then reads two short arrays instead of the 250,000-document ones at random.
 */
function scoreDocs(
  index: SearchIndex,
  s: Scratch,
  touchedCount: number,
  queryWeight: number,
  codeCount: number,
  floor: number,
  minMatched: number,
  setAside: boolean,
): number {
  let aside = 0;
  for (let k = 0; k < touchedCount; k++) {
    const doc = s.touched[k]!;
    const matched = s.matched[doc]!;
    if (matched === 0) continue;
    s.matched[doc] = 0;
    if (matched < minMatched) {
      if (setAside) {
        s.asideDocs[aside] = doc;
        s.asideMatched[aside++] = matched;
      }
      continue;
    }
    codeCount = scoreDoc(index, s, doc, matched, queryWeight, codeCount, floor);
  }
  s.asideCount = aside;
  return codeCount;
}

/**
 * Scores the documents `scoreDocs` set aside that matched at least `minMatched`, in touched order, and keeps the
 * others set aside (in order) for a later pass.
 */
function scoreSetAside(index: SearchIndex, s: Scratch, queryWeight: number, codeCount: number, floor: number, minMatched: number): number {
  let kept = 0;
  for (let k = 0; k < s.asideCount; k++) {
    const doc = s.asideDocs[k]!;
    const matched = s.asideMatched[k]!;
    if (matched >= minMatched) {
      codeCount = scoreDoc(index, s, doc, matched, queryWeight, codeCount, floor);
    } else {
      s.asideDocs[kept] = doc;
      s.asideMatched[kept++] = matched;
    }
  }
  s.asideCount = kept;
  return codeCount;
}

/** Weighted Dice of one document into its code's best, unless below `floor`; returns the count of codes touched. */
function scoreDoc(index: SearchIndex, s: Scratch, doc: number, matched: number, queryWeight: number, codeCount: number, floor: number): number {
  const score = ((2 * matched) / (queryWeight + index.docWeight[doc]!)) * (index.docSources.charCodeAt(doc) === SECONDARY ? 0.97 : 1);
  if (score < floor) return codeCount;
  const code = index.docCode[doc]!;
  if (s.codeBest[code] === 0) s.codesTouched[codeCount++] = code;
  if (score > s.codeBest[code]!) {
    s.codeBest[code] = score;
    s.codeDoc[code] = doc;
  }
  return codeCount;
}

/** The best codes scored so far, in the scratch heap (reused: no allocation per query); `clear` resets their scores. */
function collect(s: Scratch, codeCount: number, limit: number, clear: boolean): TopK {
  const top = s.top.reset(limit);
  for (let k = 0; k < codeCount; k++) {
    const code = s.codesTouched[k]!;
    top.offer(code, s.codeBest[code]!);
    if (clear) s.codeBest[code] = 0;
  }
  return top;
}

function scratchFor(index: SearchIndex): Scratch {
  let s = scratch.get(index);
  if (!s) {
    const n = index.docCount;
    const codes = index.table.codes.length;
    s = {
      matched: new Float32Array(n),
      slotMark: new Int32Array(n),
      reachMark: new Int32Array(n),
      touched: new Int32Array(n),
      codeBest: new Float32Array(codes),
      codeDoc: new Int32Array(codes),
      codesTouched: new Int32Array(codes),
      asideDocs: new Int32Array(n),
      asideMatched: new Float32Array(n),
      asideCount: 0,
      keys: new Int32Array(n),
      walkGaveUp: false,
      top: new TopK(),
      out: { count: 0, codes: new Int32Array(0), docs: new Int32Array(0), scores: new Float64Array(0) },
    };
    scratch.set(index, s);
  }
  return s;
}
