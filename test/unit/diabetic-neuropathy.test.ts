import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'outpatient' })).suggestions);

/**
 * Diabetes with nerve damage by the Index's words (diabetic-neuropathy.ts): 'Diabetes, type 2, with, neuropathy E11.40',
 * 'polyneuropathy E11.42', 'autonomic (poly)neuropathy E11.43', 'mononeuropathy E11.41'. Sentences written for the test.
 */
describe('diabetes with neuropathy', () => {
  it.each([
    ['Type 2 diabetes with neuropathy.', 'E1140'],
    ['Type 1 diabetes with neuropathy.', 'E1040'],
    ['Type 2 diabetes with peripheral neuropathy.', 'E1142'],
    ['Type 2 diabetes with polyneuropathy.', 'E1142'],
    ['Diabetic peripheral neuropathy.', 'E1142'],
    ['DM2 complicated by autonomic neuropathy.', 'E1143'],
    ['Type 2 diabetes with mononeuropathy.', 'E1141'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    expect(found.filter((c) => /^E1[01]4/.test(c))).toEqual([code]); // one combination code, not two kinds
  });

  it("reads 'autonomic neuropathy' alone as the autonomic disorder (G90.9), not the polyneuropathy (G62.9)", async () => {
    expect(await suggest('Autonomic neuropathy.')).toEqual(['G909']);
  });
});
