import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US emergency department note of an intentional overdose, written for the tests in the words such notes use: what a
 * coder would submit from it (the poisonings by intent first, their manifestations), and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string) => (await codedAs(engine, text, 'inpatient')).codes;

describe('a US ED note of an intentional overdose of acetaminophen and alprazolam', () => {
  it('lists the poisonings, intentional self-harm, first, then their manifestations and the rest', async () => {
    const { codes } = await suggest('us-ed-overdose-note.txt', 'outpatient');
    expect(codes.slice(0, 2).sort()).toEqual(['T391X2A', 'T424X2A']);
    for (const code of ['R400', 'F10920', 'F332', 'Z9151']) expect(codes, code).toContain(code);
  });

  it("codes the blood alcohol level with the alcohol intoxication ('BAL 164 mg/dL': Y90.6), none without an F10 code", async () => {
    const { codes } = await suggest('us-ed-overdose-note.txt', 'outpatient');
    expect(codes).toContain('Y906');
    expect(await cmOf('Syncope after a party. BAL 164.')).not.toContain('Y906');
  });

  it("codes no unnamed substance beside the named ones ('CC: Overdose'), nor the poison control center called", async () => {
    const { codes } = await suggest('us-ed-overdose-note.txt', 'outpatient');
    for (const code of ['T6591XA', 'T6592XA', 'T1491XA']) expect(codes, code).not.toContain(code);
  });
});

describe('poisonings and adverse effects as US hospital notes write them', () => {
  it('lists a poisoning before its manifestation where no diagnosis list orders them (I.C.19.e.5.b)', async () => {
    expect(await cmOf('Hypotension due to intentional lisinopril overdose.')).toEqual(['T464X2A', 'I959']);
  });

  it("reads 'respiratory depression' of an opioid as no depressive disorder", async () => {
    const codes = await cmOf('Respiratory depression due to opioid overdose, narcan given.');
    expect(codes).toContain('T402X1A');
    expect(codes).not.toContain('F32A');
  });

  it("codes the adverse effect of a diuretic, an ACE inhibitor, amiodarone or an anticoagulant tied to what it caused ('d/t', '2/2', '-induced'), after it", async () => {
    expect(await cmOf('Hyponatremia d/t HCTZ.')).toEqual(['E871', 'T502X5A']);
    expect(await cmOf('Hypokalemia 2/2 Lasix.')).toEqual(['E876', 'T501X5A']);
    expect(await cmOf('ACE-I induced cough - switch lisinopril to losartan.')).toEqual(['R059', 'T464X5A']);
    expect(await cmOf('Amiodarone-induced hypothyroidism.')).toContain('T462X5A');
    expect(await cmOf('Hematuria due to anticoagulation with warfarin.')).toEqual(['R319', 'T45515A']);
    // Spironolactone is a mineralocorticoid antagonist (Table of Drugs T50.0X-), no thiazide; the link is read in a
    // numbered assessment item as in a sentence.
    expect(await cmOf('A/P: 1. Hyperkalemia 2/2 spironolactone - held. 2. Hyponatremia d/t HCTZ.')).toEqual(['E875', 'E871', 'T500X5A', 'T502X5A']);
    // A drug the patient takes, tied to nothing, is its long-term use only.
    expect(await cmOf('AFib on warfarin. Hematuria.')).not.toContain('T45515A');
  });

  it('codes the adverse effect of a beta blocker, a calcium channel blocker or an antibiotic tied to what it caused, and drug-induced hypotension I95.2', async () => {
    expect(await cmOf('Bradycardia due to metoprolol.')).toEqual(['R001', 'T447X5A']);
    expect(await cmOf('Hypotension secondary to diltiazem.')).toEqual(['I952', 'T461X5A']);
    expect(await cmOf('AKI 2/2 vanc.')).toEqual(['N179', 'T368X5A']);
    expect(await cmOf('Rash due to amoxicillin.')).toContain('T360X5A');
    // Taken, not tied: the drug given for the infection is no adverse effect, and the hypotension stays I95.9.
    expect(await cmOf('Sepsis due to pneumonia, started on vancomycin and zosyn.')).not.toContain('T368X5A');
    expect(await cmOf('Hypotension, on metoprolol.')).toEqual(['I959']);
    // An elevated INR is the prolonged prothrombin time R79.1; tied to the warfarin, its adverse effect after it.
    expect(await cmOf('Elevated INR 2/2 warfarin, held, vitamin K given.')).toEqual(['R791', 'T45515A']);
    expect(await cmOf('Supratherapeutic INR on warfarin.')).toContain('R791');
  });
});
