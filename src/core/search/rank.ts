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
  touched: Int32Array;
  codeBest: Float32Array;
  codeDoc: Int32Array;
  codesTouched: Int32Array;
}
const scratch = new WeakMap<SearchIndex, Scratch>();
let querySerial = 0;

/**
 * Scores every document that shares a term with the query by weighted Dice similarity,
 * 2·matched / (query weight + document weight): full coverage of the query by a short title ranks first, so the
 * most specific code the words support wins and longer titles with words the query lacks fall behind.
 * Returns the best document per code, best first, at most `limit`.
 */
export function rankCodes(index: SearchIndex, slots: Slot[], limit: number): RankedCode[] {
  const s = scratchFor(index);
  let touchedCount = 0;
  const queryWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
  for (const slot of slots) {
    const serial = ++querySerial;
    for (const alt of slot.alternatives) {
      const list = index.postings(alt.termId);
      for (let k = 0; k < list.length; k++) {
        const doc = list[k]!;
        if (s.slotMark[doc] === serial) continue; // this word already counted for the doc, through a better term
        if (s.matched[doc] === 0) s.touched[touchedCount++] = doc;
        s.slotMark[doc] = serial;
        s.matched[doc]! += alt.weight;
      }
    }
  }
  const { codeBest, codeDoc, codesTouched } = s;
  let codeCount = 0;
  for (let k = 0; k < touchedCount; k++) {
    const doc = s.touched[k]!;
    const score = ((2 * s.matched[doc]!) / (queryWeight + index.docWeight[doc]!)) * (index.docSources.charCodeAt(doc) === SECONDARY ? 0.97 : 1);
    s.matched[doc] = 0;
    const code = index.docCode[doc]!;
    if (codeBest[code] === 0) codesTouched[codeCount++] = code;
    if (score > codeBest[code]!) {
      codeBest[code] = score;
      codeDoc[code] = doc;
    }
  }
  const top = new TopK(limit);
  for (let k = 0; k < codeCount; k++) {
    const code = codesTouched[k]!;
    top.offer(code, codeBest[code]!);
    codeBest[code] = 0;
  }
  return top.sorted().map(([codeIndex, score]) => ({ codeIndex, doc: codeDoc[codeIndex]!, score }));
}

/** Keeps the k best (id, score) pairs in a min-heap: O(n log k) instead of sorting every candidate. */
class TopK {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

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

function scratchFor(index: SearchIndex) {
  let s = scratch.get(index);
  if (!s) {
    const n = index.docCount;
    const codes = index.table.codes.length;
    s = {
      matched: new Float32Array(n),
      slotMark: new Int32Array(n),
      touched: new Int32Array(n),
      codeBest: new Float32Array(codes),
      codeDoc: new Int32Array(codes),
      codesTouched: new Int32Array(codes),
    };
    scratch.set(index, s);
  }
  return s;
}
