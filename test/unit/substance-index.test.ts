import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Intoxication and withdrawal by substance, and noncompliance, by the Index's entries (substance-index.ts). */
describe('intoxication, withdrawal and noncompliance in the Index', () => {
  it.each([
    // 'Intoxication, alcohol (acute) (without dependence) F10.920'.
    ['He was brought in with acute alcohol intoxication.', 'F10920'],
    ['Acute ethylic intoxication was diagnosed in the emergency department.', 'F10920'],
    // 'Intoxication, drug - see Use, drug, by type, with intoxication'.
    ['The patient was admitted for cocaine intoxication.', 'F14929'],
    ['Cannabis intoxication in a 17-year-old.', 'F12929'],
    // 'Withdrawal state - see also Use, drug, by type, with withdrawal'.
    ['She developed opioid withdrawal after the infusion was stopped.', 'F1193'],
    ['Benzodiazepine withdrawal on the third day.', 'F13939'],
    // From ../shared/eval/charts-codiesp-dev.jsonl: 'Noncompliance, with, medical treatment Z91.19-'.
    ['He was diagnosed with anxiety-depressive syndrome with poor follow-up and therapeutic non-compliance.', 'Z91199'],
    // 'Noncompliance, with, medication regimen NEC Z91.148'.
    ['Readmitted for heart failure due to medication noncompliance.', 'Z91148'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('leaves a drug without a psychoactive class to the Table of Drugs', async () => {
    const codes = await suggest('Digoxin intoxication with bradycardia.');
    expect(codes.some((c) => c.startsWith('F1'))).toBe(false);
  });
});
