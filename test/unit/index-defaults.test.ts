import { describe, expect, it } from 'vitest';
import { INDEX_DEFAULTS } from '../../src/core/suggest/index-defaults';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;

/**
 * Each entry of the curated main-term list is a promise to the coder: the words alone, said as a finding, bring
 * the entry's code. A code the FY2026 set lacks or cannot bill, or a phrase that another concept outranks, fails here.
 */
describe('INDEX_DEFAULTS', () => {
  it('has no phrase twice', () => {
    const phrases = INDEX_DEFAULTS.map(([phrase]) => phrase);
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });

  it.each(INDEX_DEFAULTS.map(([phrase, code]) => [phrase, code]))('"%s" -> %s', async (phrase, code) => {
    const i = view.indexOf(code);
    expect(i !== undefined && view.isBillable(i), `${code} is a billable FY2026 code`).toBe(true);
    const r = await engine.suggest(`Diagnosis: ${phrase}.`, { setting: 'inpatient' });
    // Severe sepsis comes after the sepsis it brings (A41.9 where no organism is named: Guidelines I.C.1.d.1.b); the
    // anemia in chronic kidney disease after the kidney disease its 'Code first' note names (N18.-).
    const codes = codesOf(r.suggestions);
    if (/^R652/.test(code)) expect(codes.slice(0, 2)).toEqual(['A419', code]);
    else if (code === 'D631') expect([codes[0]?.slice(0, 3), codes[1]]).toEqual(['N18', code]);
    else expect(codes[0]).toEqual(code);
  });
});
