/**
 * Each code's best offered score and the document behind it, in arrays reused from query to query: searchSlots
 * offers up to 80 codes per reading, and a Map with an object per code made garbage whose collection, a few times
 * a second under load, set the slowest percentile of queries.
 */
export class BestOffers {
  codes = new Int32Array(128);
  scores = new Float64Array(128);
  docs = new Int32Array(128);
  count = 0;
  /** Per code: its position among the offers, valid when `round` holds the current serial. */
  private readonly at: Int32Array;
  private readonly round: Int32Array;
  private serial = 0;

  constructor(codeCount: number) {
    this.at = new Int32Array(codeCount);
    this.round = new Int32Array(codeCount);
  }

  reset(): this {
    this.serial++;
    this.count = 0;
    return this;
  }

  /** Keeps the score and document if the code has none yet or this score is higher (a tie keeps the first); true if kept. */
  offer(code: number, score: number, doc: number): boolean {
    if (this.round[code] === this.serial) {
      const k = this.at[code]!;
      if (!(score > this.scores[k]!)) return false;
      this.scores[k] = score;
      this.docs[k] = doc;
      return true;
    }
    if (this.count === this.codes.length) this.grow();
    const k = this.count++;
    this.codes[k] = code;
    this.scores[k] = score;
    this.docs[k] = doc;
    this.round[code] = this.serial;
    this.at[code] = k;
    return true;
  }

  /** Orders the offers best first, ties to the earlier code; an insertion sort, as there are a few dozen. */
  sort(): void {
    const { codes, scores, docs } = this;
    for (let i = 1; i < this.count; i++) {
      const code = codes[i]!;
      const score = scores[i]!;
      const doc = docs[i]!;
      let j = i - 1;
      while (j >= 0 && (scores[j]! < score || (scores[j] === score && codes[j]! > code))) {
        codes[j + 1] = codes[j]!;
        scores[j + 1] = scores[j]!;
        docs[j + 1] = docs[j]!;
        j--;
      }
      codes[j + 1] = code;
      scores[j + 1] = score;
      docs[j + 1] = doc;
    }
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Int32Array(size);
    const scores = new Float64Array(size);
    const docs = new Int32Array(size);
    codes.set(this.codes);
    scores.set(this.scores);
    docs.set(this.docs);
    Object.assign(this, { codes, scores, docs });
  }
}
