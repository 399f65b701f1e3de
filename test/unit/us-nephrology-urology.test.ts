import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US nephrology and urology notes, written for the tests in the words such notes use: an admission for hyperkalemia
 * after a missed dialysis, a stent for an infected obstructing ureteral stone, and a TURP for BPH with retention.
 * Each checks what a coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'inpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US admission for hyperkalemia after a missed hemodialysis', () => {
  it('codes the hyperkalemia first, the hypertensive ESRD, its anemia, the dialysis and its missed session', async () => {
    const { codes, pcs } = await suggest('us-esrd-hyperkalemia-admission.txt', 'inpatient');
    expect(codes[0]).toBe('E875');
    for (const code of ['I120', 'N186', 'D631', 'N2581', 'E8339', 'Z992', 'Z91158', 'Z794', 'E11319']) expect(codes, code).toContain(code);
    expect(pcs).toContain('5A1D70Z');
  });

  it("reads 'Anemia in ESRD' as the anemia of the kidney disease, and the dialysis fistula as no disease", async () => {
    const { codes } = await suggest('us-esrd-hyperkalemia-admission.txt', 'inpatient');
    for (const code of ['D649', 'L988', 'I770']) expect(codes, code).not.toContain(code);
  });

  it.each([
    ['Anemia in ESRD.', ['D631', 'N186']],
    ['Anemia of CKD.', ['D631', 'N189']],
    ['Anemia due to CKD stage 4.', ['D631', 'N184']],
  ])('%s -> %s, the kidney disease coded with it (D63.1: code first N18.-)', async (text, wanted) => {
    const codes = await cmOf(text);
    expect(codes).toEqual(expect.arrayContaining(wanted));
    expect(codes.filter((c) => c.startsWith('N18'))).toHaveLength(1);
  });

  it('reads no fistula of the skin from a dialysis access', async () => {
    expect(await cmOf('ESRD on HD via L arm AV fistula.')).not.toContain('L988');
    expect(await cmOf('HD access: left radiocephalic fistula, good thrill.')).not.toContain('L988');
  });
});

describe('a US operative note: cystoscopy and ureteral stent for an infected obstructing stone with sepsis', () => {
  it('codes the sepsis first, the hydronephrosis with infection N13.6 and the pyelonephritis, and the stent', async () => {
    const { codes, pcs } = await suggest('us-ureteral-stone-stent.txt', 'inpatient');
    expect(codes[0]).toBe('A4151');
    for (const code of ['N136', 'N201', 'N10']) expect(codes, code).toContain(code);
    expect(pcs).toContain('0T778DZ');
  });

  it('gives no hydronephrosis without its infection, no kidney stone of the wire passed into the renal pelvis, no ureteroscopy planned for later', async () => {
    const { codes, pcs } = await suggest('us-ureteral-stone-stent.txt', 'inpatient');
    for (const code of ['N132', 'N200', 'N1330']) expect(codes, code).not.toContain(code);
    expect(pcs.filter((c) => c.startsWith('0TJ'))).toEqual([]);
  });

  it.each([
    ['Obstructing ureteral stone with infected hydronephrosis.', ['N136', 'N201'], ['N132']],
    ['Obstructing right ureteral stone with hydronephrosis. Acute pyelonephritis.', ['N136', 'N10'], ['N132']],
    ['Right ureteral stone with hydronephrosis.', ['N132'], ['N136']],
  ])('%s', async (text, wanted, unwanted) => {
    const codes = await cmOf(text);
    expect(codes).toEqual(expect.arrayContaining(wanted));
    for (const code of unwanted) expect(codes, code).not.toContain(code);
  });
});

describe('a US operative note: bipolar TURP for BPH with LUTS and chronic urinary retention', () => {
  it('codes the BPH with LUTS first, then its retention R33.8 and the symptoms, and the excision of the prostate', async () => {
    const { codes, pcs } = await suggest('us-turp-op-note.txt', 'outpatient');
    expect(codes.slice(0, 2)).toEqual(['N401', 'R338']);
    for (const code of ['R351', 'R3912', 'R3914', 'I2510', 'Z951']) expect(codes, code).toContain(code);
    // An outpatient TURP is reported in CPT: its ICD-10-PCS code is set aside, and listed when the setting is inpatient.
    expect(pcs).toEqual([]);
    // The description's steps ('Prostatic tissue resected from bladder neck to verumontanum') are the TURP's, not open
    // resections; the Foley the patient came with was not placed in this stay.
    expect((await suggest('us-turp-op-note.txt', 'inpatient')).pcs).toEqual(['0VB08ZZ']);
  });

  it("reads the bipolar loop as the instrument, not bipolar disorder; the retention as the prostate's, not R33.9", async () => {
    const { codes } = await suggest('us-turp-op-note.txt', 'outpatient');
    for (const code of ['F319', 'R339']) expect(codes, code).not.toContain(code);
    expect((await cmOf('Bipolar TURP performed for BPH with urinary retention.')).sort()).toEqual(['N401', 'R338']);
    expect(await cmOf('History of bipolar disorder, on lithium.')).toContain('F319');
  });
});

describe("a procedure planned for a later day, as a plan writes it", () => {
  it.each([
    ['Plan: definitive ureteroscopy with laser lithotripsy in 2-3 weeks.', []],
    ['Cystoscopy today. Repeat cystoscopy in 3 months.', ['0TJB8ZZ']],
  ])('%s', async (text, wanted) => {
    const pcs = (await codedAs(engine, text, 'inpatient')).pcs;
    expect(pcs.filter((c) => /^0TJ/.test(c))).toEqual(wanted);
  });
});
