import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'outpatient' })).suggestions);

/**
 * An encounter solely for radiation therapy, chemotherapy or immunotherapy lists Z51.0, Z51.11 or Z51.12 first and
 * the malignancy after it (Guidelines I.C.2.e.2; chemotherapy-encounter.ts). The harm or the specialist of radiation
 * is no encounter for it.
 */
describe('encounters for antineoplastic treatment', () => {
  it.each([
    ['Admitted for radiotherapy for left breast cancer', 'Z510', 'C50912'],
    ['Presents today for XRT fraction 12 of 28 for NSCLC of the right upper lobe', 'Z510', 'C3411'],
    ['Encounter for immunotherapy, metastatic melanoma', 'Z5112', 'C799'],
    ['Presents for cycle 3 of FOLFOX for colon cancer', 'Z5111', 'C189'],
  ])('%s -> %s first, then %s', async (text, encounter, cancer) => {
    const codes = await suggest(text);
    expect(codes[0]).toBe(encounter);
    expect(codes).toContain(cancer);
  });

  it.each(['Admitted for radiation pneumonitis, lung cancer', 'Here for radiation oncology consult for prostate cancer'])(
    'no radiation encounter for %s',
    async (text) => {
      expect((await suggest(text)).filter((c) => c.startsWith('Z51'))).toEqual([]);
    },
  );
});
