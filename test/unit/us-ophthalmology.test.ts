import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US ophthalmology notes, written for the tests in the words eye notes use: a glaucoma and diabetic eye follow-up in
 * the office and a cataract operation in an ambulatory surgery center (outpatient). Each checks what a coder would
 * submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'outpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US glaucoma and diabetic eye follow-up, outpatient', () => {
  it('codes each eye of a glaucoma staged apart, not the bilateral code (Guidelines I.C.7.a.4)', async () => {
    const { codes } = await suggest('us-ophthalmology-office.txt', 'outpatient');
    expect(codes.slice(0, 2)).toEqual(['H401112', 'H401123']);
    for (const code of ['H401132', 'H401133', 'H409']) expect(codes, code).not.toContain(code);
  });

  it('codes the retinopathy by grade, edema and eye, the cataract by kind and eyes, and the diabetes drugs', async () => {
    const { codes } = await suggest('us-ophthalmology-office.txt', 'outpatient');
    // The right eye 'w/ macular edema' and the left 'without' are two codes: neither folds into the other's.
    for (const code of ['E113311', 'E113392', 'H2513', 'I10', 'Z794', 'Z7984']) expect(codes, code).toContain(code);
    // The bare 'cataract' of the plan is the nuclear one the exam names.
    expect(codes).not.toContain('H269');
  });

  it("reads 'SLE' on an eye examination as the slit lamp, not lupus; lupus a note names is still coded", async () => {
    const { codes } = await suggest('us-ophthalmology-office.txt', 'outpatient');
    expect(codes).not.toContain('M329');
    expect(await cmOf('SLE: cornea clear OU, AC deep and quiet.')).not.toContain('M329');
    expect(await cmOf('SLE flare on prednisone.')).toContain('M329');
  });

  it.each([
    ['T2DM. Moderate NPDR without macular edema, left eye.', 'E113392'],
    ['T2DM with severe NPDR w/ macular edema OS.', 'E113412'],
    ['T2DM w/ PDR OD.', 'E113591'],
    // 'NPDR' alone is the Tabular's 'nonproliferative diabetic retinopathy NOS' (E11.32-, mild), its eye the one written.
    ['T2DM w/ NPDR OU.', 'E113293'],
    ['T2DM with NPDR, left eye.', 'E113292'],
  ])("reads the retina notes' NPDR and PDR: %s -> %s", async (text, code) => {
    expect(await cmOf(text)).toContain(code);
  });
});

describe("the hemorrhages of a retina examination", () => {
  it('reads the dot-blot hemorrhages of the fundus as retinal, not a hemorrhage NEC, and as signs of the retinopathy diagnosed', async () => {
    const { codes } = await suggest('us-ophthalmology-office.txt', 'outpatient');
    for (const code of ['R58', 'H3560', 'H3563']) expect(codes, code).not.toContain(code);
    expect(await cmOf('DFE: scattered dot-blot hemorrhages and microaneurysms OU.')).toEqual(['H3560']);
    expect(await cmOf('Fundus: flame hemorrhages OD. HTN.')).toContain('H3561');
    expect(await cmOf('Fundus: flame hemorrhages OD, AV nicking. Hypertensive retinopathy OD.')).toEqual(['H35031']);
  });

  it('reads the hemorrhages a fundus examination places in the posterior pole or names by the fundus as retinal', async () => {
    // Written for the test, as US eye examinations word them.
    expect(await cmOf('Posterior pole hemorrhages OS.')).toEqual(['H3562']);
    expect(await cmOf('Fundal hemorrhages in the right eye.')).toEqual(['H3561']);
  });
});

describe('a US cataract operation in an ambulatory surgery center', () => {
  it('codes the cataract of the operated eye first, the staged glaucoma of both eyes and the other lens implanted before', async () => {
    const { codes } = await suggest('us-cataract-surgery-asc.txt', 'outpatient');
    expect(codes[0]).toBe('H2512');
    // 'Primary open-angle glaucoma OU, mild stage': one glaucoma, typed and staged (not H40.1130 with H40.10X1).
    for (const code of ['H401131', 'Z961', 'N400', 'I10']) expect(codes, code).toContain(code);
    for (const code of ['H401130', 'H4010X1', 'H269']) expect(codes, code).not.toContain(code);
  });

  it("reads no injury from the surgeon's own incisions ('wounds hydrated and found watertight')", async () => {
    const { codes } = await suggest('us-cataract-surgery-asc.txt', 'outpatient');
    expect(codes).not.toContain('T148XXA');
  });
});
