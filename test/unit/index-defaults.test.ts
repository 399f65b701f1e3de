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
    expect(codesOf(r.suggestions)[0]).toBe(code);
  });
});
