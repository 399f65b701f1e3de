import type { SearchIndex } from './search-index';
import type { Slot } from './word-query';

/** Keys are doc·64 + the alternative's position: a slot has at most 12 prefix terms, the word itself and a noun. */
const ALT_BITS = 6;

/**
 * Which alternative of each common slot a document holds, without walking the slots' postings: a common term answers
 * from its bitset, and the slot's rarer terms (the words a last word read as a prefix also begins: 'otherwis' beside
 * 'other') from their documents merged into one sorted run of keys doc·64 + alternative, by binary search. Before,
 * one rare term beside a common one sent the ranking through every posting of both (63,000 for 'histoplasmosis,
 * unspecified, other').
 */
export class CommonLookup {
  private constructor(
    readonly slots: Slot[],
    /** Per slot and alternative: the term's bitset, or undefined for a term found in the keys. */
    private readonly bits: (Uint32Array | undefined)[][],
    private readonly keys: Int32Array,
    /** Slot i's keys are keys[starts[i]] up to keys[starts[i + 1]]. */
    private readonly starts: Int32Array,
  ) {}

  /**
   * Undefined when the rarer terms hold more than an eighth as many documents as the common ones ('nec' read as a
   * prefix: neck, necrosis...): looking each document up in them then costs more than walking their postings.
   */
  static build(index: SearchIndex, slots: Slot[], pool: Int32Array): CommonLookup | undefined {
    const bits = slots.map((slot) => slot.alternatives.map((a) => index.members(a.termId)));
    let common = 0;
    let rare = 0;
    slots.forEach((slot, i) => slot.alternatives.forEach((a, j) => (bits[i]![j] ? (common += index.documentFrequency(a.termId)) : (rare += index.documentFrequency(a.termId)))));
    if (rare > common / 8 || rare > pool.length) return undefined;
    const starts = new Int32Array(slots.length + 1);
    let size = 0;
    for (let i = 0; i < slots.length; i++) {
      starts[i] = size;
      const alternatives = slots[i]!.alternatives;
      if (alternatives.length > 1 << ALT_BITS) return undefined;
      for (let j = 0; j < alternatives.length; j++) {
        if (bits[i]![j]) continue;
        const list = index.postings(alternatives[j]!.termId);
        for (let k = 0; k < list.length; k++) pool[size++] = (list[k]! << ALT_BITS) | j;
      }
      pool.subarray(starts[i]!, size).sort();
    }
    starts[slots.length] = size;
    return new CommonLookup(slots, bits, pool, starts);
  }

  /** The weight slot i adds to `doc`: its first alternative that the document holds (the best), as a walk adds it. */
  weight(i: number, doc: number): number {
    const rare = this.firstRare(i, doc);
    const bits = this.bits[i]!;
    const end = rare < 0 ? bits.length : rare;
    for (let j = 0; j < end; j++) {
      const b = bits[j];
      if (b && b[doc >>> 5]! & (1 << (doc & 31))) return this.slots[i]!.alternatives[j]!.weight;
    }
    return rare < 0 ? 0 : this.slots[i]!.alternatives[rare]!.weight;
  }

  /** The steps of a binary search among slot i's keys (0 when it has none). */
  searchSteps(i: number): number {
    return Math.ceil(Math.log2(this.starts[i + 1]! - this.starts[i]! + 1));
  }

  /** The first of slot i's rarer alternatives that `doc` holds, or -1: the lowest key from doc·64 on. */
  private firstRare(i: number, doc: number): number {
    let lo = this.starts[i]!;
    let hi = this.starts[i + 1]!;
    if (lo === hi) return -1;
    const key = doc << ALT_BITS;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts[i + 1]! && this.keys[lo]! >>> ALT_BITS === doc ? this.keys[lo]! & ((1 << ALT_BITS) - 1) : -1;
  }
}
