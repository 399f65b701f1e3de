import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US emergency department note: an MRSA abscess of the thigh with cellulitis, drained at the bedside. Checks what a
 * coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'outpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US ED note of an MRSA thigh abscess with cellulitis, incised and drained', () => {
  it('codes the abscess and the cellulitis of the left lower limb with the MRSA, and the smoking', async () => {
    const { codes } = await suggest('us-ed-abscess-id.txt', 'outpatient');
    expect(codes[0]).toBe('L02416');
    for (const code of ['L03116', 'B9562', 'F17210']) expect(codes, code).toContain(code);
    // 'Does not meet criteria for sepsis'.
    expect(codes.filter((c) => c.startsWith('A41'))).toEqual([]);
  });

  it("reads the chief complaint's 'boil' as the abscess diagnosed, not a furuncle besides; a furuncle named stays", async () => {
    const { codes } = await suggest('us-ed-abscess-id.txt', 'outpatient');
    expect(codes).not.toContain('L02426');
    expect(await cmOf('Furuncle of L thigh, warm compresses.')).toContain('L02426');
  });

  it('reads the wound culture and the wound check as no injury (T14.8)', async () => {
    const { codes } = await suggest('us-ed-abscess-id.txt', 'outpatient');
    expect(codes).not.toContain('T148XXA');
    expect(await cmOf('Wound culture sent. F/u for wound check in 2 days.')).toEqual([]);
  });

  it('asks about the pain and the redness beside the abscess', async () => {
    const { integral } = await suggest('us-ed-abscess-id.txt', 'outpatient');
    expect(integral('R52')).toContain('L02416');
    expect(integral('L539')).toContain('L02416');
  });
});
