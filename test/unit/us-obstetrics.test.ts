import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US high-risk prenatal visit, written for the tests in the words such notes use (G/P, '28w4d', A2GDM, NPH, AMA, an
 * OB history): what a coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'outpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US high-risk prenatal visit (AMA, chronic hypertension, insulin-controlled gestational diabetes)', () => {
  it('lists the supervision of the elderly multigravida first, third trimester at 28w4d, with the weeks (Z3A.28)', async () => {
    const { codes } = await suggest('us-prenatal-high-risk-visit.txt', 'outpatient');
    expect(codes[0]).toBe('O09523');
    for (const code of ['O10013', 'O24414', 'O99213', 'E669', 'Z3A28', 'Z23']) expect(codes, code).toContain(code);
    // Not the unspecified supervision, nor the second trimester, nor the 8 weeks of the dating ultrasound.
    for (const code of ['O0993', 'O0992', 'Z3A08']) expect(codes, code).not.toContain(code);
  });

  it("reads 'NPH insulin' as the insulin, not normal pressure hydrocephalus", async () => {
    const { codes } = await suggest('us-prenatal-high-risk-visit.txt', 'outpatient');
    expect(codes).not.toContain('G912');
    expect(await cmOf('T2DM on NPH insulin 20 units BID. Continue NPH 20 units.')).not.toContain('G912');
    expect(await cmOf('NPH s/p VP shunt, gait improved.')).toContain('G912');
  });

  it('codes no preeclampsia from its labs or its denied signs, and no long-term insulin (Z79.4) beside O24.41-', async () => {
    const { codes } = await suggest('us-prenatal-high-risk-visit.txt', 'outpatient');
    for (const code of ['O1493', 'O1403', 'O163', 'Z794']) expect(codes, code).not.toContain(code);
  });

  it('gives no BMI code in pregnancy, and no code for the earlier pregnancies of the OB history', async () => {
    const { codes } = await suggest('us-prenatal-high-risk-visit.txt', 'outpatient');
    for (const code of ['Z6836', 'O039', 'O80']) expect(codes, code).not.toContain(code);
    // The BMI is still reported beside a weight diagnosis outside pregnancy.
    expect(await cmOf('58 y/o F. Obesity, BMI 36 - diet counseling.')).toContain('Z6836');
  });

  it("reads the obstetric shorthand of the weeks ('39w2d', '28 4/7 wks') and the classes of gestational diabetes", async () => {
    expect(await cmOf('G2P1 at 39w2d, A1GDM.')).toEqual(expect.arrayContaining(['O24410', 'Z3A39']));
    expect(await cmOf('G1P0 at 28 4/7 wks with gestational diabetes mellitus, insulin controlled.')).toEqual(expect.arrayContaining(['O24414', 'Z3A28']));
  });
});

describe('a US postpartum visit', () => {
  it("codes the routine postpartum visit as Z39.2 ('POSTPARTUM VISIT', 'postpartum check'), not the past delivery", async () => {
    const codes = await cmOf('POSTPARTUM VISIT\n\n30 y/o G1P1 6 wks s/p NSVD. Doing well, breastfeeding. Incision n/a. EPDS 3.');
    expect(codes).toEqual(['Z392']);
    expect(await cmOf('6 week postpartum check, s/p primary LTCS, incision healed.')).toContain('Z392');
  });
});
