import type { CodeTable, RawCode } from '../types';

/** Per table: an open-addressing hash table of rows (-1 empty), a power of two at least twice the rows. */
const codeIndexes = new WeakMap<CodeTable, Int32Array>();

/**
 * Row of a code in a code table, or undefined (the last row holding it, should a code repeat). The lookup slots come
 * with the table from the build (useCodeSlots), or are built on the first lookup: typed slots rather than a Map,
 * which cost a first search about 20 ms (and 5 MB) for 98,000 codes; even the slots cost it about 10 ms to build.
 */
export function codeIndex(table: CodeTable, code: RawCode): number | undefined {
  let slots = codeIndexes.get(table);
  if (!slots) codeIndexes.set(table, (slots = buildCodeSlots(table.codes)));
  const codes = table.codes;
  const mask = slots.length - 1;
  // At most one pass over the slots: slots read from a damaged file may hold no empty one.
  for (let s = hashCode(code) & mask, n = 0; n <= mask; s = (s + 1) & mask, n++) {
    const row = slots[s]!;
    if (row < 0) return undefined;
    if (codes[row] === code) return row;
  }
  return undefined;
}

/** The lookup slots of `codes`; the build stores them beside each code table (see CODE_INDEX). */
export function buildCodeSlots(codes: readonly string[]): Int32Array {
  let size = 16;
  while (size < 2 * codes.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    let s = hashCode(code) & mask;
    while (slots[s]! >= 0 && codes[slots[s]!] !== code) s = (s + 1) & mask;
    slots[s] = i;
  }
  return slots;
}

/**
 * Looks a table's codes up through slots read with it (buildCodeSlots over the same codes, as the loader checks by
 * their size): a lookup compares the code found, so slots of another table could miss a code but never give a wrong row.
 */
export function useCodeSlots(table: CodeTable, slots: Int32Array): void {
  codeIndexes.set(table, slots);
}

/** FNV-1a over the code's characters: codes differ in their last characters, which it mixes in fully. */
function hashCode(code: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
