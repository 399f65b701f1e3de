import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US hospital medicine notes, written for the tests as hospitalists, neurologists and ED physicians write them: a type 2
 * MI admitted with AF w/ RVR and acute on chronic systolic heart failure, an acute stroke H&P of a patient with an old
 * stroke's residual, a COPD exacerbation discharged after acute on chronic hypoxic respiratory failure, and an ED chest
 * pain with MI ruled out. Each checks what a coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'inpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US type 2 MI admission with AF w/ RVR and acute on chronic systolic heart failure', () => {
  it('codes the AF and the type 2 MI it caused, the hypertensive heart and CKD with the failure, and the statuses', async () => {
    const { codes } = await suggest('us-type2-mi-afib-admission.txt', 'inpatient');
    expect(codes.slice(0, 2)).toEqual(['I4819', 'I21A1']);
    for (const code of ['I130', 'I5023', 'N1831', 'I2510', 'Z951', 'Z7901', 'T447X6A', 'Z87891']) expect(codes, code).toContain(code);
  });

  it("gives the underdosing its reason from the assessment's item on the same drug ('ran out, financial reasons')", async () => {
    const { codes } = await suggest('us-type2-mi-afib-admission.txt', 'inpatient');
    expect(codes).toContain('Z91120');
    const other = await cmOf('Ran out of metoprolol 1 week ago. A/P: 1. Noncompliance w/ metoprolol - ran out, could not afford refill. 2. Lisinopril for HTN.');
    expect(other).toEqual(expect.arrayContaining(['T447X6A', 'Z91120']));
    // A noncompliance of something else gives the drug no reason: no intent is known.
    expect(await cmOf('Ran out of metoprolol 1 week ago. Noncompliance w/ diet due to cost.')).not.toContain('Z91120');
  });

  it("reads the CXR's cardiomegaly of a hypertensive patient as part of the hypertensive heart disease (I51 Excludes1), not I51.7 instead of I13.0", async () => {
    const { codes } = await suggest('us-type2-mi-afib-admission.txt', 'inpatient');
    expect(codes).not.toContain('I517');
    const hf = await cmOf('PMH: HTN, CKD stage 3a. Acute on chronic systolic CHF. CXR: cardiomegaly.');
    expect(hf).toContain('I130');
    expect(hf).not.toContain('I517');
  });

  it("reads the CXR's 'small bilateral effusions' as pleural (J90, asked about beside the heart failure), not a joint's M25.48", async () => {
    const { codes, integral } = await suggest('us-type2-mi-afib-admission.txt', 'inpatient');
    expect(codes).not.toContain('M2548');
    expect(integral('J90')).toContain('I5023');
    expect(await cmOf('CXR: small bilateral effusions.')).toEqual(['J90']);
    expect(await cmOf('Bilateral knee effusions.')).toEqual(expect.arrayContaining(['M25461', 'M25462']));
  });

  it('asks about the palpitations beside the AF, and the JVD, orthopnea and DOE beside the heart failure', async () => {
    const { integral } = await suggest('us-type2-mi-afib-admission.txt', 'inpatient');
    expect(integral('R002')).toContain('I4819');
    for (const code of ['R0989', 'R0601', 'R0609']) expect(integral(code), code).toContain('I5023');
  });

  it("gives no demand ischemia (I24.89) beside the type 2 MI it is the inclusion term of; alone it stays", async () => {
    const { codes } = await suggest('us-type2-mi-afib-admission.txt', 'inpatient');
    expect(codes).not.toContain('I2489');
    expect(await cmOf('Type 2 MI due to demand ischemia.')).toEqual(['I21A1']);
    expect(await cmOf('Demand ischemia with troponin leak.')).toEqual(['I2489']);
  });
});

describe('a US acute ischemic stroke H&P with an old stroke residual', () => {
  it("codes the R MCA infarct first, with this stroke's own deficits, the NIHSS and the tPA given at the OSH", async () => {
    const { codes } = await suggest('us-stroke-hp-admission.txt', 'inpatient');
    expect(codes[0]).toBe('I63511');
    // Left-handed: the left side is the dominant one (Guidelines I.C.6.a).
    for (const code of ['G8192', 'R471', 'R29810', 'R29712', 'Z9282', 'E1165', 'Z794', 'I10', 'E785']) expect(codes, code).toContain(code);
  });

  it("keeps the old PCA stroke's residual as its sequela, and this stroke's deficits out of I69", async () => {
    const { codes } = await suggest('us-stroke-hp-admission.txt', 'inpatient');
    for (const code of ['I6930', 'H53461']) expect(codes, code).toContain(code);
    for (const code of ['I69352', 'I69322', 'I69392', 'I69398']) expect(codes, code).not.toContain(code);
  });

  it("asks about the HPI's slurred speech beside the A/P's dysarthria, and raises no Excludes1 of I69.30 with them", async () => {
    const { codes, integral } = await suggest('us-stroke-hp-admission.txt', 'inpatient');
    expect(integral('R4781')).toContain('R471');
    const result = await engine.suggest(readNote('us-stroke-hp-admission.txt'), { setting: 'inpatient' });
    const dysarthria = result.suggestions.find((s) => s.code === 'R47.1' || s.code === 'R471');
    expect(codes).toContain('R471');
    expect(dysarthria?.prompts.filter((p) => p.kind === 'excludes1')).toEqual([]);
  });

  it("reads no unspecified infarct (I63.9) from the 'STROKE SERVICE' of the title or the 'Code stroke called'", async () => {
    const { codes } = await suggest('us-stroke-hp-admission.txt', 'inpatient');
    expect(codes).not.toContain('I639');
    expect(await cmOf('Code stroke called at OSH ED.', 'inpatient')).toEqual([]);
    // The alert's 'stroke' leaves the diagnosis said in its sentence its own word.
    expect(await cmOf('Code stroke called at OSH ED for acute ischemic stroke.', 'inpatient')).toContain('I639');
  });

  it("codes no AF from 'telemetry to r/o AF', a monitoring's purpose", async () => {
    const { codes } = await suggest('us-stroke-hp-admission.txt', 'inpatient');
    expect(codes).not.toContain('I4891');
  });

  it("reads 's/p IV tPA at OSH' as the status Z92.82", async () => {
    expect(await cmOf('1. Acute ischemic stroke of R MCA territory, s/p IV tPA at OSH.')).toContain('Z9282');
  });
});

describe('a US COPD exacerbation discharge with acute on chronic hypoxic respiratory failure', () => {
  it('lists the respiratory failure the provider names principal first, then the exacerbation that caused it', async () => {
    const { codes } = await suggest('us-copd-hypoxic-respiratory-failure.txt', 'inpatient');
    expect(codes.slice(0, 2)).toEqual(['J9621', 'J441']);
    for (const code of ['F17210', 'Z716', 'Z9981', 'I10', 'R739', 'T380X5A']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('J189');
  });

  it("gives no long-term steroid use for 'prednisone 40 mg x2 more days', the end of a taper", async () => {
    expect(await cmOf('DISCHARGE MEDS: prednisone 40 mg x2 more days, tiotropium')).not.toContain('Z7952');
  });

  it("reads 'Glucose up to 280 on steroids' as the course of steroids the stay gave, no long-term steroid use", async () => {
    const { codes } = await suggest('us-copd-hypoxic-respiratory-failure.txt', 'inpatient');
    expect(codes).not.toContain('Z7952');
    // Steroids said as taken for long, or with no course given in the chart, are still the patient's long-term use.
    expect(await cmOf('RA on chronic steroids. Given hydrocortisone 100 mg IV stress dose.')).toContain('Z7952');
    expect(await cmOf('Rheumatoid arthritis, on steroids.')).toContain('Z7952');
  });
});

describe('a US ED chest pain note with MI ruled out and near syncope', () => {
  it('codes the atypical chest pain first and the near syncope; no MI, ACS or PE', async () => {
    const { codes } = await suggest('us-ed-chest-pain-syncope.txt', 'outpatient');
    expect(codes[0]).toBe('R0789');
    for (const code of ['R55', 'I10', 'E785']) expect(codes, code).toContain(code);
    for (const code of ['I219', 'I249', 'I2699']) expect(codes, code).not.toContain(code);
  });

  it("codes the GERD the history lists (on omeprazole) as current, not as a past digestive disease (Z87.19)", async () => {
    const { codes } = await suggest('us-ed-chest-pain-syncope.txt', 'outpatient');
    expect(codes).toContain('K219');
    expect(codes).not.toContain('Z8719');
  });

  it("sets aside 'Low suspicion for PE/dissection' as no diagnosis, inpatient too", async () => {
    expect(await cmOf('Low suspicion for PE/dissection.')).toEqual([]);
    expect(await cmOf('High suspicion for PE, heparin started.')).toContain('I2699');
  });
});
