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

/** With the date of service (elapsed-date.ts): more than four weeks before it is old, counted from the latest day meant. */
describe('an infarction dated by month or day against the date of service', () => {
  const dated = async (text: string, dateOfService: string) =>
    codesOf((await engine.suggest(text, { setting: 'inpatient', dateOfService })).suggestions.filter((s) => s.set === 'icd10cm'));

  it.each([
    ['s/p NSTEMI in August with DES to LAD, here for hip pain.', '2026-12-01', 'I252'],
    ['NSTEMI on 10/20, now on DAPT.', '2026-12-01', 'I252'],
    ['NSTEMI on 11/20, now on DAPT.', '2026-12-01', 'I214'],
    // The latest day of November is two days before: still within the four weeks.
    ['STEMI in late November, stented.', '2026-12-02', 'I213'],
    // 'in August' with a date of service in February is last year's August.
    ['NSTEMI in August, now on DAPT.', '2027-02-10', 'I252'],
    ['NSTEMI in December 2026.', '2026-12-20', 'I214'],
    ['Acute MI in 2026.', '2026-12-01', 'I219'],
  ])('%s (date of service %s) -> %s', async (text, dateOfService, code) => {
    const found = await dated(text, dateOfService);
    expect(found).toContain(code);
    expect(found.filter((c) => /^I2(?:[12]|52)/.test(c))).toEqual([code]);
  });
});
