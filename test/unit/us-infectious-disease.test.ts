import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US discharge summary of a severe sepsis from an E. coli urinary infection, with C. diff colitis and HIV, written for
 * the tests in the words such notes use: what a coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'outpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US discharge summary of a severe sepsis from an E. coli urinary infection', () => {
  it('codes the E. coli sepsis first, its infection and the severe sepsis with its organ dysfunctions', async () => {
    const { codes } = await suggest('us-urosepsis-admission.txt', 'inpatient');
    expect(codes[0]).toBe('A4151');
    for (const code of ['N390', 'R6520', 'N179', 'G9341', 'A0472', 'E119', 'I10', 'Z7984']) expect(codes, code).toContain(code);
    // The bacteremia is the sepsis's (Excludes1 at A41), and there was no shock.
    for (const code of ['R7881', 'R6521']) expect(codes, code).not.toContain(code);
  });

  it("codes HIV the provider calls asymptomatic, with no related illness ever, as the status (Z21), not HIV disease", async () => {
    const { codes } = await suggest('us-urosepsis-admission.txt', 'inpatient');
    expect(codes).toContain('Z21');
    expect(codes).not.toContain('B20');
    expect(await cmOf('Asymptomatic HIV infection, CD4 count 120.', 'inpatient')).toContain('B20');
    expect(await cmOf('HIV on ART, followed by ID.', 'inpatient')).toContain('B20');
  });

  it('asks about the dysuria, the confusion, the fever and the diarrhea beside their diseases', async () => {
    const { integral } = await suggest('us-urosepsis-admission.txt', 'inpatient');
    expect(integral('R300')).toContain('N390');
    expect(integral('R197')).toContain('A0472');
  });
});

describe('bone and skin infections with their organism, as US notes write them', () => {
  it("reads a metatarsal's osteomyelitis as the ankle and foot's, by side, with the MRSA (B95.62)", async () => {
    expect(await cmOf('Acute osteomyelitis of R 1st metatarsal, MRSA on bone bx.', 'inpatient')).toEqual(['M86171', 'B9562']);
    // The fracture keeps its own title's bone, gaining no 'ankle and foot' code beside it.
    expect(await cmOf('Fracture of left 2nd metatarsal.', 'inpatient')).toEqual(['S92302A']);
  });

  it('reads the foot, toe, heel or tibia of an acute or chronic osteomyelitis as its site (M86.17-, M86.66-)', async () => {
    expect(await cmOf('Acute osteomyelitis of left foot.', 'inpatient')).toEqual(['M86172']);
    expect(await cmOf('Acute osteomyelitis of the left great toe.', 'inpatient')).toEqual(['M86172']);
    expect(await cmOf('Chronic osteomyelitis of right calcaneus.', 'inpatient')).toEqual(['M86671']);
    expect(await cmOf('Chronic osteomyelitis of right tibia.', 'inpatient')).toEqual(['M86661']);
    expect(await cmOf('Acute osteomyelitis of left femur.', 'inpatient')).toEqual(['M86152']);
  });
});
