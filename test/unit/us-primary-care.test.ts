import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { readNote } from './us-note-fixture';

const engine = await realEngine();
const cm = async (text: string) => (await engine.suggest(text, { setting: 'outpatient' })).suggestions.filter((s) => s.set === 'icd10cm');

describe('a US primary care follow-up of diabetes, hypertension and CKD (us-primary-care-diabetes.txt)', () => {
  it('lists the CKD stage after both combinations its Code first note names, and the insulin by its generic name', async () => {
    const codes = (await cm(readNote('us-primary-care-diabetes.txt'))).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['I129', 'E1142', 'E1122', 'N1831', 'Z794', 'Z7984', 'Z23', 'Z6834']));
    expect(codes.indexOf('N1831')).toBeGreaterThan(codes.indexOf('E1122'));
    expect(codes.indexOf('N1831')).toBeGreaterThan(codes.indexOf('I129'));
  });

  it("asks about the feet's numbness and tingling beside the diabetic polyneuropathy they are, and ranks them below", async () => {
    const found = await cm(readNote('us-primary-care-diabetes.txt'));
    const codes = found.map((s) => s.code);
    for (const symptom of ['R200', 'R202']) {
      const s = found.find((f) => f.code === symptom);
      expect(s, symptom).toBeDefined();
      expect(s!.prompts.find((p) => p.kind === 'integral')?.codes).toContain('E1142');
      expect(codes.indexOf(symptom)).toBeGreaterThan(codes.indexOf('E785'));
    }
  });
});

describe("'uncontrolled' said of a diabetes (Index: Diabetes, uncontrolled - meaning hyperglycemia / hypoglycemia)", () => {
  const query = async (text: string, code: string) => (await cm(text)).find((s) => s.code === code)?.prompts.find((p) => p.message.includes('Uncontrolled'));

  it("asks the coder what the fixture's 'diabetic peripheral neuropathy, uncontrolled (A1c 8.4)' means, naming E11.65 and E11.649", async () => {
    const prompt = await query(readNote('us-primary-care-diabetes.txt'), 'E1142');
    expect(prompt?.kind).toBe('moreSpecific');
    expect(prompt?.codes).toEqual(['E1165', 'E11649']);
    expect(await query('Uncontrolled type 1 DM.', 'E109')).toMatchObject({ codes: ['E1065', 'E10649'] });
  });

  it('asks nothing once the chart says which, or of a diabetes beside another condition uncontrolled', async () => {
    expect(await query('T2DM, uncontrolled, with hyperglycemia.', 'E1165')).toBeUndefined();
    expect(await query('Type 1 diabetes, uncontrolled, with hypoglycemia.', 'E10649')).toBeUndefined();
    expect(await query('Hypertension, uncontrolled. Type 2 diabetes.', 'E119')).toBeUndefined();
  });
});

describe("'poorly controlled' said of a diabetes named by an abbreviation (Index: Diabetes, poorly controlled)", () => {
  it.each([
    ['T2DM - poorly controlled (A1c 9.1).', 'E1165'],
    ['Poorly controlled type 2 DM.', 'E1165'],
    ['DM2 remains poorly controlled on metformin.', 'E1165'],
    ['Type 1 DM, out of control.', 'E1065'],
  ])('"%s" -> %s', async (text, code) => {
    const codes = (await cm(text)).map((s) => s.code);
    expect(codes).toContain(code);
    expect(codes).not.toContain(`${code.slice(0, 3)}9`);
  });

  it('leaves a diabetes well controlled, or beside another condition poorly controlled, without complications', async () => {
    expect((await cm('T2DM, well controlled.')).map((s) => s.code)).toContain('E119');
    const codes = (await cm('T2DM, HTN poorly controlled.')).map((s) => s.code);
    expect(codes).toContain('E119');
    expect(codes).not.toContain('E1165');
  });
});
