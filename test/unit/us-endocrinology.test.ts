import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US endocrinology notes, written for the tests in the words such notes use: a diabetes and thyroid nodule follow-up
 * in the office, with the drugs by their brands, and an inpatient consult for an adrenal crisis after running out of
 * hydrocortisone, with Graves' disease and an osteoporotic vertebral fracture. Each checks what a coder would submit
 * from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'outpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US endocrinology follow-up: type 2 diabetes with complications, a thyroid nodule, osteoporosis', () => {
  it("codes the diabetes's complications, the CKD linked to the hypertension, the nodule, the osteoporosis and the BMI", async () => {
    const { codes } = await suggest('us-endocrine-office.txt', 'outpatient');
    for (const code of ['E1165', 'E11649', 'E1122', 'E1142', 'I129', 'N1831', 'E041', 'M810', 'E559', 'E669', 'Z6833', 'E785']) {
      expect(codes, code).toContain(code);
    }
    expect(codes).not.toContain('E119');
    expect(codes).not.toContain('I10');
  });

  it('codes the long-term drugs named by brand: Lantus (Z79.4), Ozempic (Z79.85), metformin (Z79.84), alendronate (Z79.83)', async () => {
    const { codes } = await suggest('us-endocrine-office.txt', 'outpatient');
    for (const code of ['Z794', 'Z7985', 'Z7984', 'Z7983']) expect(codes, code).toContain(code);
  });

  it('reads the GLP-1 injection as an antidiabetic only for a diabetic', async () => {
    expect(await cmOf('T2DM on Trulicity 1.5 mg weekly.')).toContain('Z7985');
    expect(await cmOf('Obesity, BMI 36, on Ozempic for weight.')).not.toContain('Z7985');
  });
});

describe('a US endocrinology consult for an adrenal crisis after running out of hydrocortisone', () => {
  it('codes the crisis, then the underdosing and its reason, the fracture of osteoporosis and the Graves disease', async () => {
    const { codes } = await suggest('us-endocrine-consult.txt', 'inpatient');
    expect(codes[0]).toBe('E272');
    for (const code of ['T380X6A', 'Z91120', 'M8008XA', 'E0500', 'E871', 'E875', 'Z7952', 'Z79899']) expect(codes, code).toContain(code);
    expect(codes.indexOf('E272')).toBeLessThan(codes.indexOf('T380X6A'));
  });

  it("reads 'stress dose' of hydrocortisone as a dose, no life stress (Z73.3), and the IV dose as no long-term use", async () => {
    const { codes } = await suggest('us-endocrine-consult.txt', 'inpatient');
    expect(codes).not.toContain('Z733');
    expect(await cmOf('Given hydrocortisone 100 mg IV stress dose.', 'inpatient')).not.toContain('Z7952');
    expect(await cmOf('Work stress, poor sleep.')).toContain('Z733');
  });

  it("asks about the hypotension of the crisis and the back pain of the vertebra's fracture", async () => {
    const { integral } = await suggest('us-endocrine-consult.txt', 'inpatient');
    expect(integral('I959')).toContain('E272');
    expect(integral('M5450')).toContain('M8008XA');
  });
});

describe('thyrotoxicosis by its cause, with and without its storm', () => {
  it.each([
    ['Toxic multinodular goiter w/o thyroid storm.', ['E0520']],
    ['Toxic MNG on methimazole, euthyroid. Toxic multinodular goiter.', ['E0520', 'Z79899']],
    ['Graves disease w/ thyroid storm.', ['E0501']],
    ['Thyroid storm.', ['E0591']],
  ])('"%s" -> %s', async (text, expected) => {
    expect(await cmOf(text, 'inpatient')).toEqual(expected);
  });
});

describe("a diabetic's hypoglycemia, drug-induced or with coma, is the diabetes code's", () => {
  it.each([
    ['T2DM w/ hypoglycemic coma.', ['E11641']],
    ['T1DM. Admitted w/ hypoglycemic coma after insulin.', ['E10641']],
    // With the drug's adverse effect (Guidelines I.C.19.e.5.a; 'Glipizide' T38.3X-).
    ['Drug-induced hypoglycemia from glipizide, T2DM.', ['E11649', 'T383X5A']],
    ['Hypoglycemic coma.', ['E15']],
    ['Drug-induced hypoglycemia.', ['E160']],
  ])('"%s" -> %s', async (text, expected) => {
    expect(await cmOf(text, 'inpatient')).toEqual(expected);
  });
});
