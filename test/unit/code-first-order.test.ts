import { describe, expect, it } from 'vitest';
import type { CodeNotes } from '../../src/core/suggest/code-rules';
import { codeFirstOrder } from '../../src/core/suggest/code-first-order';
import { realEngine } from './engine-fixture';

const engine = await realEngine();
const order = async (text: string) => (await engine.suggest(text, { setting: 'outpatient' })).suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code);

describe("a code with a 'Code first' note after the code the note names (Guidelines I.A.13)", () => {
  it('lists the cirrhosis before the secondary esophageal varices it causes, whatever the words weigh', async () => {
    // Written for the test in the words of a US hepatology clinic note's assessment.
    const codes = await order('ASSESSMENT/PLAN:\n1. Alcoholic cirrhosis of liver with ascites - diuretics uptitrated.\n2. Esophageal varices without bleeding - continue nadolol.');
    expect(codes.indexOf('K7031')).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('K7031')).toBeLessThan(codes.indexOf('I8510'));
  });

  it('keeps the anemia in chronic kidney disease after the kidney disease its Tabular note names (N18.-)', async () => {
    const codes = await order('Assessment: 1. Anemia in CKD stage 4.');
    expect(codes.slice(0, 2)).toEqual(['N184', 'D631']);
  });

  it('moves a code once, after the last code its note names, and leaves codes with no partner in place', () => {
    const notes = (firsts: Record<string, [string, string][]>) => (code: string): CodeNotes => ({
      code,
      excludes1: [],
      useAdditional: [],
      codeFirst: (firsts[code] ?? []).length > 0 ? [{ from: code, text: '', ranges: firsts[code]!, year: 'FY2021' }] : [],
    });
    const list = ['D631', 'I10', 'N184', 'E119'].map((code) => ({ code }));
    expect(codeFirstOrder(list, notes({ D631: [['N18', 'N18']] })).map((s) => s.code)).toEqual(['I10', 'N184', 'D631', 'E119']);
    expect(codeFirstOrder(list, notes({ D631: [['I10', 'I10'], ['E11', 'E11']] })).map((s) => s.code)).toEqual(['I10', 'N184', 'E119', 'D631']);
    // Two notes naming each other cannot loop: each code moves at most once.
    const loop = codeFirstOrder(list, notes({ D631: [['N18', 'N18']], N184: [['D63', 'D63']] })).map((s) => s.code);
    expect(loop.sort()).toEqual(['D631', 'E119', 'I10', 'N184']);
    expect(codeFirstOrder(list, notes({ E119: [['N18', 'N18']] })).map((s) => s.code)).toEqual(['D631', 'I10', 'N184', 'E119']);
  });
});
