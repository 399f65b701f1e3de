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

describe('the incision and drainage of a skin abscess (0J9)', () => {
  const pcsOf = async (text: string) => (await codedAs(engine, text, 'inpatient')).pcs;

  it("codes the drainage of the abscess's subcutaneous tissue by site and side, the site from the indication's line", async () => {
    expect((await suggest('us-ed-abscess-id.txt', 'inpatient')).pcs).toContain('0J9M0ZZ');
    // In the ED (outpatient) the procedure is reported with CPT: set aside, not listed.
    const ed = await suggest('us-ed-abscess-id.txt', 'outpatient');
    expect(ed.pcs).toEqual([]);
    expect(ed.setAside.map((a) => a.code)).toContain('0J9M0ZZ');
  });

  it('adds the drainage device for a drain left in, not for packing; no site or no side, no code', async () => {
    expect(await pcsOf('I&D of abscess of the R forearm, Penrose drain placed.')).toEqual(['0J9G00Z']);
    expect(await pcsOf('I&D of right buttock abscess performed at bedside, cavity packed.')).toEqual(['0J990ZZ']);
    expect(await pcsOf('I&D of abscess. The R forearm was prepped.')).toEqual([]);
    expect(await pcsOf('Underwent I&D of thigh abscess.')).toEqual([]);
  });
});

