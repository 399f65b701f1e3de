/**
 * Compact postings: ascending document ids stored as deltas in a base-32 variable-length text code, so that
 * an index of two million postings is a few megabytes of JSON strings that `JSON.parse` reads at byte speed and
 * each list is decoded only when a query first asks for its term.
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuv'; // value digits (5 bits each), final digit of a number
const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*'; // the same 32 values, marking "more digits follow"
const VALUE = new Int8Array(128).fill(-1);
const CONTINUES = new Uint8Array(128);
for (let i = 0; i < 32; i++) {
  VALUE[DIGITS.charCodeAt(i)] = i;
  VALUE[MORE.charCodeAt(i)] = i;
  CONTINUES[MORE.charCodeAt(i)] = 1;
}

/** Encodes ascending, distinct non-negative integers. Throws on unsorted input, since a silent bad index ranks wrongly. */
export function encodePostings(ids: ArrayLike<number>): string {
  let out = '';
  let previous = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id <= previous) throw new Error(`postings: ids must ascend, got ${id} after ${previous}`);
    let delta = id - previous - 1;
    let digits = DIGITS[delta & 31]!;
    delta >>>= 5;
    while (delta > 0) {
      digits = MORE[delta & 31]! + digits;
      delta >>>= 5;
    }
    out += digits;
    previous = id;
  }
  return out;
}

/** Decodes what `encodePostings` wrote; throws on a character outside the code (a corrupt artifact). */
export function decodePostings(text: string): Int32Array {
  const ids = new Int32Array(countFinals(text));
  let previous = -1;
  let value = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c]! : -1;
    if (v < 0) throw new Error(`postings: bad character ${JSON.stringify(text[i])} at ${i}`);
    value = value * 32 + v;
    if (!CONTINUES[c]) {
      previous = previous + value + 1;
      ids[n++] = previous;
      value = 0;
    }
  }
  if (value !== 0) throw new Error('postings: truncated list');
  return ids;
}

function countFinals(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && !CONTINUES[c]) n++;
  }
  return n;
}
