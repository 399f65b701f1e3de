import type { CodeTable, RawCode } from '../types';

/** Per table: an open-addressing hash table of rows (-1 empty), a power of two at least twice the rows. */
const codeIndexes = new WeakMap<CodeTable, Int32Array>();

/**
 * Row of a code in a code table, or undefined (the last row holding it, should a code repeat). The lookup table is
 * built once per table, on the first lookup, and shared by every view of the table: typed slots rather than a Map,
 * because the first search builds it, and 98,000 Map entries cost it about 20 ms (and 5 MB), the slots a few.
 */
export function codeIndex(table: CodeTable, code: RawCode): number | undefined {
  let slots = codeIndexes.get(table);
  if (!slots) codeIndexes.set(table, (slots = buildSlots(table.codes)));
  const codes = table.codes;
  const mask = slots.length - 1;
  for (let s = hashCode(code) & mask; ; s = (s + 1) & mask) {
    const row = slots[s]!;
    if (row < 0) return undefined;
    if (codes[row] === code) return row;
  }
}

function buildSlots(codes: readonly string[]): Int32Array {
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

/** FNV-1a over the code's characters: codes differ in their last characters, which it mixes in fully. */
function hashCode(code: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
