import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10cm'));

describe('an acute myocardial infarction dated to a past year is old (I25.2, Guidelines I.C.9.e)', () => {
  it('reads the infarction a history dates to a past year as old', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: 'history included' is no history trigger, the year is.
    const found = await codes('His history included smoking, hypertension, hypercholesterolemia, peritonitis at 18 years of age and myocardial infarction in 1999.');
    expect(found).toContain('I252');
    expect(found.filter((c) => /^I2[12]/.test(c))).toEqual([]);
    expect(await codes('A 70-year-old man with hypertension, AMI (2004) and dyslipidemia, now with a cough.')).toContain('I252');
  });

  it('keeps the infarction of the stay, which a case report dates as well', async () => {
    const found = await codes('He was admitted in January 2012 with an acute myocardial infarction.');
    expect(found).toContain('I219');
    expect(found).not.toContain('I252');
    expect(await codes('Acute anterior MI, taken to the catheterization laboratory.')).toContain('I2109');
  });
});
