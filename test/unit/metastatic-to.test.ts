import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** 'Metastatic [primary] to [organ]': the organ after 'to' is the secondary site (metastatic-to.ts, Guidelines I.C.2). */
describe("a cancer 'metastatic to' an organ", () => {
  it.each([
    ['Metastatic adenocarcinoma of the colon to the liver.', ['C189', 'C787']],
    ['Metastatic colon adenocarcinoma to the liver.', ['C189', 'C787']],
    ['Colon adenocarcinoma metastatic to the liver.', ['C189', 'C787']],
    ['Metastatic breast cancer to bone.', ['C50919', 'C7951']],
    ['Metastatic lung cancer to the brain.', ['C3490', 'C7931']],
  ])('%s -> %s', async (text, codes) => {
    const found = await suggest(text);
    expect([...found.filter((c) => /^C/.test(c))].sort()).toEqual([...codes].sort());
  });

  it('reads no primary of the organ the cancer spread to', async () => {
    const found = await suggest('Metastatic renal cell carcinoma to the right lung.');
    expect(found).toContain('C7801');
    expect(found.some((c) => /^C34|^C79[0]/.test(c))).toBe(false);
  });
});
