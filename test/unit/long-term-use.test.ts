import { describe, expect, it } from 'vitest';
import { MEDICATION_STATUS } from '../../src/core/suggest/medication-status';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe('MEDICATION_STATUS', () => {
  it.each(MEDICATION_STATUS.map(([drug, code]) => [drug, code]))('%s -> %s, a billable long-term drug therapy code', (_drug, code) => {
    const i = view.indexOf(code);
    expect(i !== undefined && view.isBillable(i)).toBe(true);
    expect(view.table.titles[i!]).toMatch(/long[- ]term \(current\)/i);
  });
});

// Real phrasing of ../shared/eval/charts-codiesp-dev.jsonl (Guidelines I.C.21.c.3: continuous use, not a brief course).
describe('long-term drug therapy (Z79) only where the chart tells the drug as continuing', () => {
  it.each([
    ['An 82-year-old woman with a history of hypertension, atrial fibrillation on anticoagulant therapy, diabetes mellitus and chronic renal failure.', 'Z7901'],
    ['Chronic obstructive pulmonary disease; usual treatment with oral dicoumarin and amiodarone.', 'Z7901'],
    ['A 79-year-old male with a personal history of corticosteroid-dependent COPD, with several annual exacerbations.', 'Z7952'],
    ['Chronic renal failure, rheumatoid arthritis, under chronic corticosteroid treatment.', 'Z7952'],
    ['Pemphigus in the throat and mouth, for which she was being treated with Prednisone 30 mg daily.', 'Z7952'],
    ['An 83-year-old male with advanced Alzheimer disease, insulin-dependent diabetic with 35 years of evolution.', 'Z794'],
    ['The patient had a history of DM treated with metformin (850 mg/8h) and glibenclamide.', 'Z7984'],
    ['A female patient with a history of long-standing rheumatoid arthritis treated with NSAIDs.', 'Z791'],
    ['The patient was taking inhaled corticosteroid treatment.', 'Z7951'],
    ['She was discharged under tacrolimus treatment.', 'Z79621'],
    // A time before the stay is no short course: 'discharged 10 days before the current admission'.
    ['She was discharged 10 days before the current admission to treatment with acenocoumarol, bisoprolol, furosemide and amiodarone.', 'Z7901'],
    ['A 26-year-old woman with no previous neurological history, asthma and treated with oral contraceptives, presented with a very intense headache.', 'Z793'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await codes(text)).toContain(code);
  });

  it.each([
    ['Treatment with prednisone at a dose of 1 mg/kg/day was started.', 'Z7952'],
    ['It was decided to start treatment with intravenous methylprednisolone 250 mg every 6 hours for 3 days.', 'Z7952'],
    ['She had been treated with topical corticosteroids.', 'Z7952'],
    ['INR was 2.5, adjusted to acenocoumarol.', 'Z7901'],
    ['In recent months, methotrexate had been associated with poor symptom improvement.', 'Z79631'],
    ['An 83-year-old woman with a history of non-insulin-dependent diabetes mellitus and hypertension.', 'Z794'],
    ['Treatment with azathioprine was started, remaining steroid-free and in complete clinical remission.', 'Z7952'],
    // Short courses, from the dev charts: a taper over two weeks, a few weeks of steroids.
    ['After 7 days of parenteral treatment oral corticosteroids were continued in descending order for 14 additional days (Prednisone 60 mg/day 7 days and 30 mg/day 7 days).', 'Z7952'],
    ['He also comments that the child has been treated with oral steroids for a few weeks, since the follow-up of his neurological damage.', 'Z7952'],
    ['He was not a smoker and denied using NSAIDs, alcohol or oral contraceptives.', 'Z793'],
    ['Oral contraceptives were started.', 'Z793'], // written for the test
  ])('"%s" is no long-term use (%s)', async (text, code) => {
    expect(await codes(text)).not.toContain(code);
  });
});
