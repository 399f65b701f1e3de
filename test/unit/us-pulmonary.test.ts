import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US pulmonary and critical care notes, written for the tests in the words such notes use: a MICU admission for septic
 * shock from a pneumococcal pneumonia with intubation, a central line and five days on the vent; a hospitalist's
 * admission for pulmonary emboli with a DVT; a pulmonary clinic visit for asthma, sleep apnea on CPAP and a
 * thoracentesis. Each checks what a coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'inpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US MICU admission for septic shock from a pneumococcal pneumonia, on the vent', () => {
  it('codes the sepsis of its organism first, then the shock, the pneumonia of the same organism and the organ failures', async () => {
    const { codes } = await suggest('us-icu-septic-shock.txt', 'inpatient');
    expect(codes[0]).toBe('A403');
    for (const code of ['R6521', 'J13', 'J9601', 'N170', 'E8720']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('J189');
  });

  it("reads 'Septic shock 2/2 pneumococcal pneumonia' as the pneumococcus's sepsis and its pneumonia (J13)", async () => {
    expect(await cmOf('Septic shock 2/2 pneumococcal pneumonia, LLL.')).toEqual(expect.arrayContaining(['A403', 'R6521', 'J13']));
    expect(await cmOf('Septic shock 2/2 pneumococcal pneumonia, LLL.')).not.toContain('J189');
  });

  it('codes the COPD with its pneumonia as with lower respiratory infection (J44.0), not unspecified', async () => {
    const { codes } = await suggest('us-icu-septic-shock.txt', 'inpatient');
    expect(codes).toContain('J440');
    expect(codes).not.toContain('J449');
    // With an exacerbation documented too, both (J44.0 and J44.1); a COPD with no infection stays J44.9.
    expect(await cmOf('COPD exacerbation w/ RLL pneumonia.')).toEqual(expect.arrayContaining(['J440', 'J441']));
    expect(await cmOf('COPD on Symbicort, stable. HTN.')).not.toContain('J440');
  });

  it("links the CKD to the hypertension and the diabetes though 'ATN likely' follows it in its line", async () => {
    const { codes } = await suggest('us-icu-septic-shock.txt', 'inpatient');
    for (const code of ['I129', 'N1832', 'E1122', 'E1165']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('I10');
    // The hedge is the ATN's: outpatient, the CKD is coded and the uncertain ATN is not.
    const outpatient = await cmOf('AKI on CKD stage 3b, ATN likely - improved.', 'outpatient');
    expect(outpatient).toContain('N1832');
    expect(outpatient).not.toContain('N170');
  });

  it("codes the insulin of 'T2DM on metformin and Lantus' (Z79.4) beside the metformin (Z79.84)", async () => {
    const { codes } = await suggest('us-icu-septic-shock.txt', 'inpatient');
    for (const code of ['Z794', 'Z7984', 'Z7951', 'Z87891']) expect(codes, code).toContain(code);
  });

  it('codes the central line, the intubation and more than 96 hours of ventilation', async () => {
    const { pcs } = await suggest('us-icu-septic-shock.txt', 'inpatient');
    for (const code of ['02HV33Z', '0BH17EZ', '5A1955Z']) expect(pcs, code).toContain(code);
  });

  it("asks about the hypotension of the septic shock and the fever of the sepsis", async () => {
    const { integral } = await suggest('us-icu-septic-shock.txt', 'inpatient');
    expect(integral('I959')).toContain('R6521');
    expect(integral('R509')).toContain('A403');
  });
});

describe('a US admission for bilateral pulmonary emboli with a femoral and popliteal DVT', () => {
  it('codes the embolism of segmental and subsegmental branches as other (I26.99), with the DVT of each vein and side', async () => {
    const { codes } = await suggest('us-pe-dvt-admission.txt', 'inpatient');
    expect(codes[0]).toBe('I2699');
    for (const code of ['I82412', 'I82432', 'J9601', 'E039', 'E66812', 'Z6838', 'Z79810', 'Z79899']) expect(codes, code).toContain(code);
    // Not a single subsegmental embolism, nor the 'VTE' of the plan as a clot of an unspecified vein.
    expect(codes).not.toContain('I2693');
    expect(codes).not.toContain('I8290');
  });

  it.each([
    ['CTA: acute bilateral subsegmental PE.', ['I2694']],
    ['CTA: multiple subsegmental pulmonary emboli.', ['I2694']],
    ['CTA: single subsegmental PE in the RLL.', ['I2693']],
    ['CTA: saddle PE.', ['I2692']],
    ['Bilateral pulmonary emboli.', ['I2699']],
  ])('"%s" -> %s', async (text, expected) => {
    expect(await cmOf(text)).toEqual(expected);
  });

  it("keeps an unplaced 'VTE' where no clot of a named vein is in the chart, and a venous thrombosis of another vein", async () => {
    expect(await cmOf('Admitted with VTE, on heparin gtt.')).toContain('I8290');
    expect(await cmOf('Abdominal ultrasound showed venous thrombosis and portal vein thrombosis. CTA confirmed bilateral PE.')).toContain('I8290');
  });
});

describe('a US pulmonary clinic visit: asthma, sleep apnea on CPAP, a thoracentesis', () => {
  it('codes the asthma by its severity, the sleep apnea, the heart failure and the obesity with its BMI', async () => {
    const { codes } = await suggest('us-pulmonary-clinic.txt', 'outpatient');
    expect(codes[0]).toBe('J4540');
    for (const code of ['G4733', 'I5022', 'E6601', 'Z6841', 'Z7951']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('Z7952');
  });

  it('asks about the snoring beside the sleep apnea, and the effusion beside the heart failure', async () => {
    const { integral } = await suggest('us-pulmonary-clinic.txt', 'outpatient');
    expect(integral('R0683')).toContain('G4733');
    expect(integral('J90')).toContain('I5022');
  });

  it('reads the thoracentesis as a percutaneous drainage of the right pleural cavity, set aside in the office (CPT)', async () => {
    const { pcs, setAside } = await suggest('us-pulmonary-clinic.txt', 'outpatient');
    expect(pcs).toEqual([]);
    expect(setAside.find((a) => a.code === '0W993ZZ')?.context).toBe('outpatient');
  });
});

describe('a US admission for an asthma exacerbation in status asthmaticus', () => {
  it('codes the asthma of its severity with status asthmaticus alone (J45.42), not also its exacerbation (J45.41)', async () => {
    const { codes } = await suggest('us-asthma-admission.txt', 'inpatient');
    expect(codes[0]).toBe('J4542');
    expect(codes.filter((c) => c.startsWith('J45'))).toEqual(['J4542']);
    expect(await cmOf('Asthma exacerbation, moderate persistent, in status asthmaticus.')).toEqual(['J4542']);
    expect(await cmOf('Severe persistent asthma w/ acute exacerbation.')).toEqual(['J4551']);
  });

  it('codes the steroid-induced hyperglycemia of the type 1 diabetic with its adverse effect, the pump and the drugs', async () => {
    const { codes } = await suggest('us-asthma-admission.txt', 'inpatient');
    for (const code of ['E1065', 'T380X5A', 'Z9641', 'Z794', 'Z7951', 'E0520', 'Z79899']) expect(codes, code).toContain(code);
    // The IV methylprednisolone and the prednisone burst are no long-term systemic steroid.
    expect(codes).not.toContain('Z7952');
  });

  it('asks about the dyspnea and the tachypnea beside the asthma', async () => {
    const { integral } = await suggest('us-asthma-admission.txt', 'inpatient');
    expect(integral('R0602')).toContain('J4542');
    expect(integral('R0682')).toContain('J4542');
  });
});

describe("an assessment line's denial stops at the dash before its plan", () => {
  it.each([
    ['5. COPD w/o exacerbation - continue Symbicort.', 'Z7951'],
    ['2. Afib, no RVR - continue Eliquis.', 'Z7901'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await cmOf(text, 'outpatient')).toContain(code);
  });

  it('still denies what the same clause lists before the dash', async () => {
    const { setAside } = await codedAs(engine, 'ROS: no fever, no cough - otherwise negative.', 'outpatient');
    expect(setAside.map((f) => f.code)).toEqual(expect.arrayContaining(['R509', 'R059']));
  });
});
