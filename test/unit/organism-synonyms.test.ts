import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Organisms by the names charts give them (organism-synonyms.ts): Clostridioides difficile, the genus renamed in 2016,
 * is still Clostridium in the FY2026 titles (A04.71 recurrent, A04.72 not specified as recurrent).
 */
describe('Clostridioides difficile by its new and old names', () => {
  it.each([
    ['Clostridioides difficile colitis.', 'A0472'],
    ['C. difficile infection.', 'A0472'],
    ['Recurrent C. difficile infection.', 'A0471'],
    ['Clostridioides difficile colitis, recurrent.', 'A0471'],
    ['C. diff colitis, recurrent.', 'A0471'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    // The colitis is the infection's, not a noninfective colitis (K52.9) or an infection NOS (B99.9).
    expect(found.filter((c) => /^(?:K52|B99)/.test(c))).toEqual([]);
  });
});
