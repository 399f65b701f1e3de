import type { CodeTable, RawCode } from '../types';

const codeIndexes = new WeakMap<CodeTable, Map<RawCode, number>>();

/**
 * Row of a code in a code table, or undefined; the lookup map is built once per table (on the first lookup, not
 * at load, where word search needs none) and shared by every view of the table.
 */
export function codeIndex(table: CodeTable, code: RawCode): number | undefined {
  let map = codeIndexes.get(table);
  if (!map) {
    map = new Map();
    const codes = table.codes;
    for (let i = 0; i < codes.length; i++) map.set(codes[i]!, i);
    codeIndexes.set(table, map);
  }
  return map.get(code);
}
