import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';

/**
 * A US admission history and physical, written for the test in the shorthand such notes use (PMH lists, 'w/', 'neg
 * for', '(-)', contractions, 'CHF', 'home O2', 'breast ca'): the dev charts are translated case reports, which
 * write none of it.
 */
const note = readFileSync(new URL('../fixtures/charts/us-history-and-physical.txt', import.meta.url), 'utf8');
const engine = await realEngine();
const { suggestions, setAside } = await engine.suggest(note, { setting: 'inpatient' });
const codes = suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code);
const aside = (code: string) => setAside.find((s) => s.code === code)?.context;

describe('a US history and physical', () => {
  it('codes the assessment with its combination and status codes', () => {
    for (const code of ['A419', 'J189', 'J441', 'J9621', 'I5023', 'I130', 'N179', 'N1832', 'E1122', 'E1165', 'Z794', 'Z9981', 'Z951']) {
      expect(codes, code).toContain(code);
    }
  });

  it("reads 'acute on chronic systolic CHF' as one code, without the unspecified heart failure", () => {
    expect(codes).not.toContain('I509');
    expect(codes).not.toContain('I5020');
  });

  it("leaves out what the review of systems denies: 'Neg for CP, abd pain, dysuria', '(-) hemoptysis'", () => {
    for (const code of ['R079', 'R109', 'R300', 'R042']) {
      expect(codes, code).not.toContain(code);
      expect(aside(code), code).toBe('negated');
    }
  });

  it("codes the mother's breast cancer ('Mother w/ breast ca') as family history", () => {
    expect(codes).toContain('Z803');
    expect(codes.some((c) => c.startsWith('C50'))).toBe(false);
  });

  it("lists the assessment's first problem first, its sepsis before the pneumonia (Guidelines II, I.C.1.d.4)", () => {
    expect(codes.slice(0, 2)).toEqual(['A419', 'J189']);
  });

  it('lists the fever and cough the pneumonia brings (Guidelines I.B.5) below the conditions', () => {
    for (const symptom of ['R509', 'R059']) expect(codes.indexOf(symptom), symptom).toBeGreaterThan(codes.indexOf('N179'));
  });

  it("codes the past stroke 'w/ residual L sided weakness' as its hemiparesis sequela, not Z86.73 without residual deficits", () => {
    expect(codes).toContain('I69354'); // left side, nondominant by default (Guidelines I.C.6.a)
    expect(codes).not.toContain('R531');
    expect(codes).not.toContain('Z8673');
  });

  it('does not read the prednisone of the plan as long-term steroid use', () => {
    expect(codes).not.toContain('Z7952');
  });
});

describe('US shorthand, one sentence each (written for the test)', () => {
  const cm = async (text: string) => (await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code);
  it.each([
    ['Breast ca', 'C50919'],
    ['Colon ca with liver mets', 'C189'],
    ['Cervical ca stage IIB', 'C539'],
    ['Systolic CHF.', 'I5020'],
    ['Chronic diastolic CHF.', 'I5032'],
    ['Oxygen 2 L/min at home.', 'Z9981'],
    // Sides and limbs as notes abbreviate them.
    ['L knee pain x 2 months.', 'M25562'],
    ['R hip fracture.', 'S72001A'],
    ['Rt shoulder pain.', 'M25511'],
    ['Lt ankle sprain.', 'S93402A'],
    ['Acute DVT of L femoral vein.', 'I82412'],
    ['RLE cellulitis.', 'L03115'],
    ['History of stroke in 2019, with residual aphasia.', 'I69320'],
    ['History of CVA without residual deficits.', 'Z8673'],
  ])('%s -> %s', async (text, code) => {
    expect(await cm(text)).toContain(code);
  });

  it("reads no side in a unit or a spinal level: '2 L nasal cannula', 'L4-L5'", async () => {
    expect(await cm('Pneumonia of the lung on 2 L nasal cannula.')).toEqual(['J189']);
    expect(await cm('L4-L5 disc herniation.')).toEqual(['M5126']);
  });

  it("reads 'Ca' alone as calcium, not cancer", async () => {
    expect(await cm('Serum Ca 8.2 mg/dL')).toEqual([]);
  });

  it("does not suggest the transfusion a contracted negation denies: 'She didn't need transfusions'", async () => {
    const { suggestions: found } = await engine.suggest("She didn't need transfusions.", { setting: 'inpatient' });
    expect(found.filter((s) => s.set === 'icd10pcs')).toEqual([]);
  });
});

describe('a US discharge summary', () => {
  const summary = readFileSync(new URL('../fixtures/charts/us-discharge-summary.txt', import.meta.url), 'utf8');
  it('codes the discharge diagnoses, the sepsis of the severe sepsis first', async () => {
    const result = await engine.suggest(summary, { setting: 'inpatient' });
    const found = result.suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code);
    expect(found[0]).toBe('A4151');
    for (const code of ['N10', 'B9620', 'R6520', 'G9341', 'E1142', 'E6601', 'Z6841', 'E876', 'I4820', 'Z7901']) expect(found, code).toContain(code);
    expect(found.some((c) => c.startsWith('I82'))).toBe(false);
    expect(result.setAside.find((s) => s.code.startsWith('I82'))?.context).toBe('negated');
  });
});

describe('a US office visit, outpatient', () => {
  const visit = readFileSync(new URL('../fixtures/charts/us-office-visit.txt', import.meta.url), 'utf8');
  it("lists the assessment's first problem first, codes the left knee, and leaves the possible sleep apnea out", async () => {
    const result = await engine.suggest(visit, { setting: 'outpatient' });
    const found = result.suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code);
    expect(found[0]).toBe('E1165');
    for (const code of ['I10', 'M1712', 'E785', 'E669', 'Z6833', 'Z7984', 'Z7982', 'M25562']) expect(found, code).toContain(code);
    expect(found).not.toContain('G4733');
    expect(result.setAside.find((s) => s.code === 'G4733')?.context).toBe('uncertain');
  });
});
