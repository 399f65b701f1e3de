/**
 * Keeps the k best (id, score) pairs in a min-heap: O(n log k) instead of sorting every candidate. Typed arrays,
 * grown only when a larger k is asked, and no temporaries: a query offers tens of thousands of codes, and garbage
 * made per offer set the slowest percentile through the collector's pauses.
 */
export class TopK {
  private ids = new Int32Array(64);
  private scores = new Float64Array(64);
  private size = 0;
  private k = 0;

  reset(k: number): this {
    if (k > this.ids.length) {
      this.ids = new Int32Array(k);
      this.scores = new Float64Array(k);
    }
    this.k = k;
    this.size = 0;
    return this;
  }

  /** The lowest score kept (the heap's root) once k are kept; 0 before. */
  lowestIfFull(): number {
    return this.size === this.k && this.k > 0 ? this.scores[0]! : 0;
  }

  offer(id: number, score: number): void {
    if (this.size < this.k) {
      this.ids[this.size] = id;
      this.scores[this.size] = score;
      this.up(this.size++);
    } else if (this.k > 0 && better(id, score, this.ids[0]!, this.scores[0]!)) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /**
   * Empties the heap into `ids` and `scores`, best first, and returns how many; ties go to the code that comes first
   * in the official order: the broader, earlier code. The worst is popped first and written last, so no array is made.
   */
  drainSorted(ids: Int32Array, scores: Float64Array): number {
    const count = this.size;
    while (this.size > 0) {
      const last = --this.size;
      ids[last] = this.ids[0]!;
      scores[last] = this.scores[0]!;
      this.ids[0] = this.ids[last]!;
      this.scores[0] = this.scores[last]!;
      this.down(0);
    }
    return count;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(this.ids[parent]!, this.scores[parent]!, this.ids[i]!, this.scores[i]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      let worst = i;
      const left = 2 * i + 1;
      const right = left + 1;
      if (left < this.size && better(this.ids[worst]!, this.scores[worst]!, this.ids[left]!, this.scores[left]!)) worst = left;
      if (right < this.size && better(this.ids[worst]!, this.scores[worst]!, this.ids[right]!, this.scores[right]!)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const id = this.ids[a]!;
    this.ids[a] = this.ids[b]!;
    this.ids[b] = id;
    const score = this.scores[a]!;
    this.scores[a] = this.scores[b]!;
    this.scores[b] = score;
  }
}

function better(idA: number, a: number, idB: number, b: number): boolean {
  return a > b || (a === b && idA < idB);
}
