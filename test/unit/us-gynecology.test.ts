import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US gynecologic operative report: a total laparoscopic hysterectomy with bilateral salpingectomy for fibroids and
 * menorrhagia, with excision of endometriosis found at surgery. Checks what a coder would submit from it, and what a
 * coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'inpatient') => (await codedAs(engine, text, setting)).codes;
const pcsOf = async (text: string) => (await codedAs(engine, text, 'inpatient')).pcs;

describe('a US total laparoscopic hysterectomy operative report', () => {
  it('codes the fibroids by layer, the menorrhagia, the anemia of chronic blood loss, the endometriosis and the history', async () => {
    const { codes } = await suggest('us-lap-hysterectomy.txt', 'inpatient');
    for (const code of ['D251', 'D252', 'N920', 'D500', 'N8030', 'K219', 'E669', 'Z6833']) expect(codes, code).toContain(code);
  });

  it("reads 'G2P2002' as her obstetric history, not a pregnancy now: no chapter 15 code", async () => {
    const { codes } = await suggest('us-lap-hysterectomy.txt', 'inpatient');
    expect(codes.filter((c) => c.startsWith('O'))).toEqual([]);
    expect((await cmOf('44 yo G2P2002 w/ GERD on omeprazole.')).filter((c) => c.startsWith('O'))).toEqual([]);
    // Pregnancies not all ended (G3P1011: one term, one abortion) still say she is pregnant.
    expect(await cmOf('37 y/o G3P1011 w/ GERD on omeprazole.')).toContain('O99619');
  });

  it("reads neither the implants' 'powder-burn' look as a burn nor the heavy menstrual bleeding as a hemorrhage of no site", async () => {
    const { codes } = await suggest('us-lap-hysterectomy.txt', 'inpatient');
    for (const code of ['T300', 'R58']) expect(codes, code).not.toContain(code);
    const hmb = await cmOf('Heavy menstrual bleeding refractory to OCPs.', 'outpatient');
    expect(hmb).toContain('N920');
    expect(hmb).not.toContain('R58');
  });

  it('asks about the pelvic pain and the dysmenorrhea beside the endometriosis', async () => {
    const { integral } = await suggest('us-lap-hysterectomy.txt', 'inpatient');
    expect(integral('R1020')).toContain('N8030');
    expect(integral('N946')).toContain('N8030');
  });

  it('codes the uterus and the cervix, the tubes and the implants excised, all through the laparoscope', async () => {
    const { pcs } = await suggest('us-lap-hysterectomy.txt', 'inpatient');
    for (const code of ['0UT94ZZ', '0UTC4ZZ', '0UT74ZZ', '0DBW4ZZ', '0UBF4ZZ']) expect(pcs, code).toContain(code);
    // The description's 'tubes were excised' is the salpingectomy's step, not an excision besides; nothing was open.
    for (const code of ['0UB74ZZ', '0UB70ZZ', '0DBW0ZZ', '0UBF0ZZ', '0UT70ZZ']) expect(pcs, code).not.toContain(code);
  });

  it('takes the cervix with a total hysterectomy only, not with a supracervical one', async () => {
    expect(await pcsOf('PROCEDURE: Total abdominal hysterectomy.')).toEqual(expect.arrayContaining(['0UT90ZZ', '0UTC0ZZ']));
    expect(await pcsOf('PROCEDURE: Laparoscopic supracervical hysterectomy.')).not.toContain('0UTC4ZZ');
  });
});
