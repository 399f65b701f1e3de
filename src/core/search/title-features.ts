import type { CodeTableView } from './code-table-view';

/** Known: the bits below were computed for the code. */
const KNOWN = 128;
const cache = new WeakMap<CodeTableView, Uint8Array>();

/**
 * Which of `tests` (at most seven, always the same list: searchSlots' one caller) code i's title passes, bit b for
 * tests[b], remembered per code: searchSlots adjusts up to 80 codes per reading, and five regular expressions
 * per code each time came to a tenth of a query's time.
 */
export function titleFeatures(view: CodeTableView, i: number, tests: readonly RegExp[]): number {
  let bits = cache.get(view);
  if (!bits) cache.set(view, (bits = new Uint8Array(view.table.codes.length)));
  let features = bits[i]!;
  if (features === 0) {
    const title = view.table.titles[i]!;
    features = KNOWN;
    for (let b = 0; b < tests.length; b++) if (tests[b]!.test(title)) features |= 1 << b;
    bits[i] = features;
  }
  return features;
}
