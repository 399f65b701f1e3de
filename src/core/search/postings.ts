/**
 * Compact postings: ascending document ids stored as gaps (id - previous - 1) in LEB128 bytes (7 bits a byte, the
 * high bit set on every byte but a number's last), so that an index of two million postings is under 2 MB that
 * loads as one view of the file and each list is decoded only when a query first asks for its term.
 */

/** Encodes ascending, distinct non-negative integers. Throws on unsorted input, since a silent bad index ranks wrongly. */
export function encodePostings(ids: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  let previous = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!(id > previous) || !Number.isInteger(id) || id > 0x7fffffff) throw new Error(`postings: ids must ascend, got ${id} after ${previous}`);
    let gap = id - previous - 1;
    while (gap >= 0x80) {
      out.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    out.push(gap);
    previous = id;
  }
  return Uint8Array.from(out);
}

/**
 * Decodes what `encodePostings` wrote, from `bytes[start]` up to `bytes[end]`: `count` ids when the index stores it
 * (one pass), else counted first. Throws on a list cut in the middle of a number, an id past 2^31 or another count
 * than stored (a corrupt artifact).
 */
export function decodePostings(bytes: Uint8Array, start = 0, end = bytes.length, count = countPostings(bytes, start, end)): Int32Array {
  const ids = new Int32Array(count);
  decode(bytes, start, end, count, ids);
  return ids;
}

/**
 * The ids `decodePostings` would return, as a bitset over `size` ids (bit id of word id >>> 5), read straight from
 * the bytes with the same checks: a common term's lookup table without its list of ids decoded first.
 */
export function decodePostingsBitset(bytes: Uint8Array, start: number, end: number, count: number, size: number): Uint32Array {
  const bits = new Uint32Array((size + 31) >>> 5);
  decode(bytes, start, end, count, undefined, bits);
  return bits;
}

/** The decoding loop of both: each id into `ids`, or else set in `bits`. */
function decode(bytes: Uint8Array, start: number, end: number, count: number, ids: Int32Array | undefined, bits?: Uint32Array): void {
  let previous = -1;
  let value = 0;
  let shift = 0;
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (shift < 28) value |= (b & 0x7f) << shift; // small integers: the common one-byte gap stays on the fast path
    else if (shift === 28) value += (b & 0x7f) * 2 ** 28;
    else throw new Error(`postings: a gap longer than 5 bytes at ${i - start}`);
    if (b < 0x80) {
      previous += value + 1;
      if (previous > 0x7fffffff) throw new Error(`postings: id ${previous} out of range`);
      if (ids) ids[n] = previous;
      else bits![previous >>> 5]! |= 1 << (previous & 31);
      n++;
      value = 0;
      shift = 0;
    } else shift += 7;
  }
  if (shift !== 0) throw new Error('postings: truncated list');
  if (n !== count) throw new Error(`postings: ${n} ids where ${count} were stored`);
}

function countPostings(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (bytes[i]! < 0x80) count++;
  return count;
}
