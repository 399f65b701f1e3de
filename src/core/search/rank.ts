import type { SearchIndex } from './search-index';
import type { Slot } from './word-query';

/** Curated synonyms ('a') yield a little to the classification's own words, so a title that says more wins ties. */
const SECONDARY = 'a'.charCodeAt(0);

/** A code's best-matching document and its score. */
export interface RankedCode {
  codeIndex: number;
  doc: number;
  score: number;
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
}
const scratch = new WeakMap<SearchIndex, Scratch>();
let querySerial = 0;

/** A word whose postings reach more than this share of the documents is walked only where it can still matter. */
const COMMON_SHARE = 1 / 32;

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
 * those words). Documents reachable only through common words whose weights sum below that are never walked.
 * Scoring itself first takes the documents that match at least half what the best one does, and then only those
 * of the rest whose matched weight can still pass the θ these set. `exhaustive` walks and scores everything
 * (tests check the two agree).
 */
export function rankCodes(index: SearchIndex, slots: Slot[], limit: number, options: { exhaustive?: boolean } = {}): RankedCode[] {
  const s = scratchFor(index);
  const queryWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
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
    for (const slot of split.common) addSlotWhere(index, s, slot, reached);
    codeCount = scoreReached(index, s, touched, queryWeight, limit, ratio);
    const theta = collect(s, codeCount, limit, false).lowestIfFull();
    // The weight a common-only document needs to pass θ; the lightest common words that cannot reach it together are
    // only looked up for documents the others reach.
    const needed = neededWeight(theta, queryWeight, split.ratio);
    const common = [...split.common].sort((x, y) => slotWeight(x) - slotWeight(y));
    let light = 0;
    let lightWeight = 0;
    while (light < common.length && lightWeight + slotWeight(common[light]!) < needed) lightWeight += slotWeight(common[light++]!);
    if (light < common.length) {
      let fresh = 0;
      for (const slot of common.slice(light)) fresh = addSlot(index, s, slot, fresh, reached);
      const others = markTouched(s, fresh);
      for (const slot of common.slice(0, light)) addSlotWhere(index, s, slot, others);
      codeCount = scoreDocs(index, s, fresh, queryWeight, codeCount, theta, 0, false);
    }
  }
  return collect(s, codeCount, limit, true)
    .sorted()
    .map(([codeIndex, score]) => ({ codeIndex, doc: s.codeDoc[codeIndex]!, score }));
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
 * Scores the touched documents in two passes: first those matching at least half the weight the best one matches,
 * whose codes give a floor θ; then of the rest only those whose matched weight can still reach θ. Without a
 * ratio (two words share a term) every document is scored.
 */
function scoreReached(index: SearchIndex, s: Scratch, touched: number, queryWeight: number, limit: number, ratio: number | undefined): number {
  if (ratio === undefined) return scoreDocs(index, s, touched, queryWeight, 0, 0, 0, false);
  let most = 0;
  for (let k = 0; k < touched; k++) most = Math.max(most, s.matched[s.touched[k]!]!);
  const codeCount = scoreDocs(index, s, touched, queryWeight, 0, 0, most / 2, true);
  const theta = collect(s, codeCount, limit, false).lowestIfFull();
  return scoreDocs(index, s, touched, queryWeight, codeCount, theta, neededWeight(theta, queryWeight, ratio), false);
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
  return slot.alternatives.reduce((best, a) => Math.max(best, a.weight), 0);
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
  const serial = ++querySerial;
  for (const alt of slot.alternatives) {
    const list = index.postings(alt.termId);
    for (let k = 0; k < list.length; k++) {
      const doc = list[k]!;
      if (s.slotMark[doc] === serial) continue; // this word already counted for the doc, through a better term
      if (s.reachMark[doc] === skipReached) continue; // scored already
      if (s.matched[doc] === 0) s.touched[touchedCount++] = doc;
      s.slotMark[doc] = serial;
      s.matched[doc]! += alt.weight;
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

/** Adds a slot's best alternative weight only to documents marked `only`: a read per posting, no new documents. */
function addSlotWhere(index: SearchIndex, s: Scratch, slot: Slot, only: number): void {
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
 * after `codeCount`), leaving out scores below `floor`. A scored document's `matched` is cleared (so a second pass
 * skips it); one below `minMatched` is cleared too, unless `keepBelow` (a later pass will look at it).
 */
function scoreDocs(
  index: SearchIndex,
  s: Scratch,
  touchedCount: number,
  queryWeight: number,
  codeCount: number,
  floor: number,
  minMatched: number,
  keepBelow: boolean,
): number {
  const { codeBest, codeDoc, codesTouched } = s;
  for (let k = 0; k < touchedCount; k++) {
    const doc = s.touched[k]!;
    const matched = s.matched[doc]!;
    if (matched === 0) continue;
    if (matched < minMatched) {
      if (!keepBelow) s.matched[doc] = 0;
      continue;
    }
    s.matched[doc] = 0;
    const score = ((2 * matched) / (queryWeight + index.docWeight[doc]!)) * (index.docSources.charCodeAt(doc) === SECONDARY ? 0.97 : 1);
    if (score < floor) continue;
    const code = index.docCode[doc]!;
    if (codeBest[code] === 0) codesTouched[codeCount++] = code;
    if (score > codeBest[code]!) {
      codeBest[code] = score;
      codeDoc[code] = doc;
    }
  }
  return codeCount;
}

/** The best codes scored so far; `clear` resets their scores for the next query. */
function collect(s: Scratch, codeCount: number, limit: number, clear: boolean): TopK {
  const top = new TopK(limit);
  for (let k = 0; k < codeCount; k++) {
    const code = s.codesTouched[k]!;
    top.offer(code, s.codeBest[code]!);
    if (clear) s.codeBest[code] = 0;
  }
  return top;
}

/** Keeps the k best (id, score) pairs in a min-heap: O(n log k) instead of sorting every candidate. */
class TopK {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** The lowest score kept (the heap's root) once k are kept; 0 before. */
  lowestIfFull(): number {
    return this.ids.length === this.k ? this.scores[0]! : 0;
  }

  offer(id: number, score: number): void {
    if (this.ids.length < this.k) {
      this.ids.push(id);
      this.scores.push(score);
      this.up(this.ids.length - 1);
    } else if (this.better(id, score, this.ids[0]!, this.scores[0]!)) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** Best first; ties go to the code that comes first in the official order: the broader, earlier code. */
  sorted(): [number, number][] {
    const pairs = this.ids.map((id, i) => [id, this.scores[i]!] as [number, number]);
    return pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  private better(idA: number, a: number, idB: number, b: number): boolean {
    return a > b || (a === b && idA < idB);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(this.ids[parent]!, this.scores[parent]!, this.ids[i]!, this.scores[i]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < this.ids.length && this.better(this.ids[worst]!, this.scores[worst]!, this.ids[child]!, this.scores[child]!)) worst = child;
      }
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
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
    };
    scratch.set(index, s);
  }
  return s;
}
