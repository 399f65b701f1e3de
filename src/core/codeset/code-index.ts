import type { CodeTable, RawCode } from '../types';

const codeIndexes = new WeakMap<CodeTable, Map<RawCode, number>>();

/** Row of a code in a code table, or undefined; the lookup map is built once per table. */
export function codeIndex(table: CodeTable, code: RawCode): number | undefined {
  let map = codeIndexes.get(table);
  if (!map) {
    map = new Map(table.codes.map((c, i) => [c, i]));
    codeIndexes.set(table, map);
  }
  return map.get(code);
}
