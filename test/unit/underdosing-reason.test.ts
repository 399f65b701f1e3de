import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * An underdosing in the chart's own verbs (drug-synonyms.ts, drug-intent.ts) and the noncompliance code of the reason
 * the chart gives beside it (Guidelines I.C.19.e.5.c; underdosing-reason.ts, FY2026 Z91.12-/Z91.13- titles).
 */
describe('underdosing and the reason for it', () => {
  it.each([
    ['The patient stopped taking his insulin and presented with hyperglycemia.', ['T383X6A', 'Z91128']],
    ['She forgot to take her levothyroxine for a week.', ['T381X6A', 'Z91138']],
    ['Underdosing of insulin because he could not afford it.', ['T383X6A', 'Z91120']],
    ['He did not take his insulin because of cost.', ['T383X6A', 'Z91120']],
    ['She was not taking her levothyroxine because she forgot.', ['T381X6A', 'Z91138']],
    ['She had run out of her metoprolol.', ['T447X6A']],
  ])('%s -> %s', async (text, codes) => {
    const found = await suggest(text);
    for (const code of codes) expect(found).toContain(code);
  });

  it('adds no noncompliance code when no reason is written', async () => {
    const found = await suggest('Diabetic ketoacidosis due to underdosing of insulin.');
    expect(found).toContain('T383X6A');
    expect(found.some((c) => c.startsWith('Z911'))).toBe(false);
  });

  it('reads no drug where none is named after the verb', async () => {
    expect((await suggest('He stopped taking his walks after the fall.')).some((c) => /^T(?:3[6-9]|[45]\d|6[0-5])/.test(c))).toBe(false);
  });

  // Z91.14- 'Patient's other noncompliance with medication regimen', inclusion 'Patient's underdosing of medication NOS':
  // no T36-T50 code to put first, as Z91.12-/Z91.13- ask.
  it('codes a medication not taken with no drug named as Z91.14- by its reason', async () => {
    expect(await suggest('He did not take his medication for a week because of cost.')).toEqual(['Z91141']);
    expect(await suggest('She stopped taking her medications two weeks ago.')).toEqual(['Z91148']);
    expect(await suggest('He does not take any medication.')).toEqual([]);
  });
});
