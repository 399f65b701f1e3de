import { expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

/** One test per [text, words] pair: the wording rule reads the text as the words. */
export function itReads(read: (text: string) => string, cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('reads %s as %s', (text, words) => {
    expect(read(text)).toBe(words);
  });
}

/** One test per [query, code] pair: the real engine's first `limit` ICD-10-CM hits hold the code. */
export function itFinds(cases: readonly (readonly [string, string])[], limit = 1): void {
  it.each(cases)(`%s finds %s in the first ${limit}`, async (query, code) => {
    const engine = await realEngine();
    expect(codesOf(engine.search(query, { set: 'icd10cm', limit }).hits)).toContain(code);
  });
}
