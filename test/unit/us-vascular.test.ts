import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US vascular surgery discharge summary: peripheral artery disease with gangrene of the toes and a heel ulcer in a
 * patient with type 2 diabetes, treated by a below-knee amputation. Checks what a coder would submit from it, and
 * what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'inpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US discharge summary of PAD with gangrene and a below-knee amputation', () => {
  it('codes the atherosclerosis with gangrene by side first, with the diabetic angiopathy, the foot ulcer and its depth', async () => {
    const { codes } = await suggest('us-pad-gangrene-bka.txt', 'inpatient');
    expect(codes[0]).toBe('I70261');
    for (const code of ['E1152', 'E11621', 'L97412', 'E1122', 'N1831', 'I129', 'E785', 'F17210', 'Z794', 'Z7902', 'Z7982', 'Z89412', 'Z716']) {
      expect(codes, code).toContain(code);
    }
  });

  it("reads neither the foot hung off the bed as a hanging (T71.16-) nor the amputation's healthy, bleeding muscle as a hemorrhage", async () => {
    const { codes } = await suggest('us-pad-gangrene-bka.txt', 'inpatient');
    for (const code of ['T71161A', 'R58']) expect(codes, code).not.toContain(code);
    expect(await cmOf('Pt reports rest pain at night relieved by hanging the foot off the bed.')).not.toContain('T71161A');
    expect(await cmOf('Debrided to healthy bleeding tissue.', 'outpatient')).not.toContain('R58');
  });

  it('asks about the foot pain beside the gangrene of that limb', async () => {
    const { integral } = await suggest('us-pad-gangrene-bka.txt', 'inpatient');
    expect(integral('M79671')).toContain('I70261');
  });
});

describe("the below-knee amputation's Detachment code", () => {
  it('codes the amputation of this stay by side and the level the note gives, and no acquired absence of that leg (Z89.511)', async () => {
    const { codes, pcs } = await suggest('us-pad-gangrene-bka.txt', 'inpatient');
    expect(pcs).toContain('0Y6H0Z2');
    expect(codes).not.toContain('Z89511');
    // An amputation of an earlier stay is the status.
    expect(await cmOf('Pt s/p R BKA in 2019, here for CHF exacerbation.')).toContain('Z89511');
  });

  it('reads the level from the thirds of the bone, and sets the code aside for a query when the note gives none', async () => {
    expect((await codedAs(engine, 'PROCEDURE: Right BKA. FINDINGS: Tibia transected at the proximal tibia.', 'inpatient')).pcs).toEqual(['0Y6H0Z1']);
    expect((await codedAs(engine, 'PROCEDURE: Left above-knee amputation at the mid-thigh.', 'inpatient')).pcs).toEqual(['0Y6D0Z2']);
    const unknown = await codedAs(engine, 'PROCEDURE: Right below-knee amputation.', 'inpatient');
    expect(unknown.pcs).toEqual([]);
    expect(unknown.setAside.find((a) => a.code === '0Y6H0Z2')?.reason).toMatch(/level not documented/);
  });
});
