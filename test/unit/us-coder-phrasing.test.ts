import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { codedAs } from './us-note-fixture';

const engine = await realEngine();
const inpatient = (text: string) => codedAs(engine, text, 'inpatient');
const outpatient = (text: string) => codedAs(engine, text, 'outpatient');

/** US notes' shorthand and phrasing a coder reads one way, each sentence written as US H&Ps and progress notes word it. */
describe('US note phrasing a coder reads by the Index', () => {
  it("reads 'ppd' after a count as packs per day of cigarettes (F17.210), not the tuberculin test", async () => {
    expect((await outpatient('SOCIAL HISTORY: Smokes 1 ppd, occasional EtOH.')).codes).toContain('F17210');
    expect((await outpatient('Tobacco: 1/2 ppd x 20 years.')).codes).toContain('F17210');
    const quit = await outpatient('Former smoker, 1/2 ppd x 20 years, quit 2010.');
    expect(quit.codes).toContain('Z87891');
    expect(quit.codes).not.toContain('F17210');
    // The tuberculin test read negative is no finding, nor a smoking habit.
    expect((await outpatient('PPD negative, placed for employment screening.')).codes.filter((c) => c.startsWith('F17'))).toEqual([]);
  });

  it('reads HFmrEF as systolic heart failure (I50.2-) and HFimpEF as heart failure of no stated type (I50.9)', async () => {
    expect((await inpatient('3. Chronic HFmrEF, EF 45% on TTE 3/2024, continue GDMT.')).codes).toContain('I5022');
    expect((await inpatient('Acute on chronic HFmrEF exacerbation, diuresing with IV Lasix.')).codes).toContain('I5023');
    const improved = (await inpatient('HFimpEF, EF now 55% on repeat echo, continue carvedilol.')).codes;
    expect(improved).toContain('I509');
    expect(improved.filter((c) => /^I50[234]/.test(c))).toEqual([]);
  });

  it("codes a history of TBI as Z87.820, not a current intracranial injury", async () => {
    const r = await inpatient('PMH: h/o TBI in 2015 after MVC, HTN.');
    expect(r.codes).toContain('Z87820');
    expect(r.codes.filter((c) => c.startsWith('S06'))).toEqual([]);
  });

  it("reads 'ICD' as the patient's defibrillator (Z95.810), not an insertion, and 'ICD-10' as no device", async () => {
    const placedBefore = await inpatient('Ischemic cardiomyopathy, s/p ICD placement 2019.');
    expect(placedBefore.codes).toContain('Z95810');
    expect(placedBefore.pcs).toEqual([]);
    const carried = await inpatient('Has an ICD in place, interrogated today, functioning normally.');
    expect(carried.codes).toContain('Z95810');
    expect(carried.pcs).toEqual([]);
    expect((await inpatient('Diagnoses entered with ICD-10 codes per billing.')).codes).not.toContain('Z95810');
  });

  it("grades 'preeclampsia without severe features' as mild to moderate (O14.0-), keeping the weeks", async () => {
    const mild = (await inpatient('A/P: G1P0 at 36 weeks with preeclampsia without severe features, plan IOL.')).codes;
    expect(mild).toContain('O1403');
    expect(mild).toContain('Z3A36');
    expect(mild.filter((c) => /^O14[19]/.test(c))).toEqual([]);
    const shortened = (await inpatient('Preeclampsia w/o severe features at 37 weeks.')).codes;
    expect(shortened).toContain('O1403');
    expect(shortened.filter((c) => /^O14[19]/.test(c))).toEqual([]);
    expect((await inpatient('Preeclampsia with severe features at 34 weeks, on magnesium.')).codes).toContain('O1413');
    expect((await inpatient('HELLP syndrome at 32 weeks.')).codes).toContain('O1423');
  });

  it("reads 'hyperglycemic' said of a diabetes as its hyperglycemia (E11.65), not beside the hyperosmolar state", async () => {
    expect((await inpatient('2. DM2, hyperglycemic on admission, A1c 11.2, start basal-bolus insulin.')).codes).toContain('E1165');
    const hhs = (await inpatient('Hyperglycemic hyperosmolar state in a type 2 diabetic.')).codes;
    expect(hhs).toContain('E1100');
    expect(hhs).not.toContain('E1165');
  });

  it('pairs Lewy body dementia with its dementia: G31.83 and F02.80, the stage read like Alzheimer', async () => {
    const r = (await inpatient('5. Lewy body dementia, on donepezil, at baseline per family.')).codes;
    expect(r).toContain('G3183');
    expect(r).toContain('F0280');
    const staged = (await inpatient('Moderate dementia with Lewy bodies.')).codes;
    expect(staged).toContain('F02B0');
    // The disease first, its dementia after it (Guidelines I.A.13).
    expect(staged.indexOf('G3183')).toBeLessThan(staged.indexOf('F02B0'));
    expect(staged.indexOf('G3183')).toBeGreaterThanOrEqual(0);
    expect(staged.filter((c) => c.startsWith('F03'))).toEqual([]);
    // Lewy body disease not called a dementia may be the milder neurocognitive disorder: no dementia code added.
    expect((await inpatient('Lewy body disease.')).codes.filter((c) => c.startsWith('F02'))).toEqual([]);
  });

  it("codes tripping over a pet as W01.0-, not 'Struck by dog' (W54.1)", async () => {
    const r = (await inpatient('HPI: 82F who tripped over the dog and struck head on the floor, no LOC.')).codes;
    expect(r).toContain('W010XXA');
    expect(r).not.toContain('W541XXA');
    expect((await inpatient('Bitten by the neighbor\'s dog on the left hand.')).codes).toContain('W540XXA');
  });

  it('codes a parapneumonic effusion as J91.8 with the pneumonia, not a joint effusion', async () => {
    const r = (await inpatient('RLL pneumonia complicated by small parapneumonic pleural effusion.')).codes;
    expect(r).toContain('J918');
    expect(r).toContain('J189');
    expect(r.filter((c) => c.startsWith('M25'))).toEqual([]);
  });

  it("codes tricuspid regurgitation of unstated cause as rheumatic (I07.1), as the Index and I36's Excludes1 say", async () => {
    expect((await inpatient('TTE: LVEF 55%, moderate TR, RVSP 45.')).codes).toContain('I071');
    const r = (await inpatient('Severe tricuspid regurgitation.')).codes;
    expect(r).toContain('I071');
    expect(r).not.toContain('I361');
    expect((await inpatient('Nonrheumatic tricuspid regurgitation.')).codes).toContain('I361');
  });

  it('codes an AF ablation (02583ZZ) and a TAVR (02RF38Z) done now, and a TAVR of an earlier stay as Z95.2', async () => {
    expect((await inpatient('PROCEDURE: Radiofrequency catheter ablation of atrial fibrillation.')).pcs).toContain('02583ZZ');
    const tavr = await inpatient('PROCEDURE: Transcatheter aortic valve replacement (TAVR) via right transfemoral approach, 26 mm Sapien 3.');
    expect(tavr.pcs).toContain('02RF38Z');
    expect(tavr.codes).not.toContain('Z952');
    expect((await inpatient('PMH: severe AS s/p TAVR 2022, CAD.')).codes).toContain('Z952');
  });

  it('codes metabolic and lactic acidosis of no stated acuity as E87.20 and the acute ones as E87.21', async () => {
    expect((await inpatient('Metabolic acidosis, bicarb 16, likely from diarrhea.')).codes).toContain('E8720');
    expect((await inpatient('Acute metabolic acidosis, AG 18.')).codes).toContain('E8721');
    // 'Lactic acidosis NOS' is E87.20's, 'Acute lactic acidosis' E87.21's; E87.29 is the respiratory one.
    const lactic = (await inpatient('Lactic acidosis, lactate 5.2, from septic shock.')).codes;
    expect(lactic).toContain('E8720');
    expect(lactic).not.toContain('E8729');
    expect((await inpatient('Acute lactic acidosis.')).codes).toContain('E8721');
    expect((await inpatient('Initial capillary gas showed mild respiratory acidosis.')).codes).toContain('E8729');
  });

  it("codes an inpatient 'pneumonia likely viral' as the viral pneumonia (J12.9), uncertain read as established", async () => {
    expect((await inpatient('Discharge diagnosis: community-acquired pneumonia, likely viral.')).codes).toContain('J129');
    expect((await inpatient('1. CAP, likely viral, procalcitonin negative, stop antibiotics.')).codes).toContain('J129');
  });

  it("reads a blood test's 'negative' as the test's result, not a denial of the findings listed before it", async () => {
    expect((await outpatient('Chest pain, troponin negative x2, stress test ordered.')).codes).toContain('R079');
    expect((await outpatient('No chest pain, troponin 0.01.')).codes).not.toContain('R079');
  });

  it("reads 'CAP' and 'HIT' in capitals among ordinary words as the pneumonia and the heparin-induced thrombocytopenia", async () => {
    expect((await inpatient('CAP, started on ceftriaxone and azithromycin.')).codes).toContain('J189');
    expect((await inpatient('HIT, heparin stopped, on argatroban.')).codes).toContain('D75821');
    // A capsule of a medication list, and a heading's capitals, are not the pneumonia.
    expect((await inpatient('Amoxicillin 500 mg 1 cap PO TID.')).codes).not.toContain('J189');
    expect((await inpatient('BOTTLE CAP INGESTION')).codes).not.toContain('J189');
  });
});
