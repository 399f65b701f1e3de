import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * A US rheumatology follow-up (seropositive RA on methotrexate, an acute gout flare of the great toe), written for the
 * tests in the words such notes use: what a coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string) => (await codedAs(engine, text, 'outpatient')).codes;

describe('a US rheumatology follow-up (seropositive RA on methotrexate, acute gout of the great toe)', () => {
  it('codes the rheumatoid arthritis with rheumatoid factor of multiple sites, the gout by its site and the drugs', async () => {
    const { codes } = await suggest('us-rheumatology-office.txt', 'outpatient');
    expect(codes[0]).toBe('M0579');
    for (const code of ['M10072', 'I10', 'Z79631', 'Z7952']) expect(codes, code).toContain(code);
    // Not the other specified (seronegative-by-default) M06.8-, nor gout of no site.
    for (const code of ['M0689', 'M109', 'M10079']) expect(codes, code).not.toContain(code);
  });

  it('asks about the toe and foot pain, the redness and the synovitis beside the arthritis', async () => {
    const { integral } = await suggest('us-rheumatology-office.txt', 'outpatient');
    expect(integral('M79675')).toContain('M10072');
    expect(integral('M79672')).toContain('M10072');
    expect(integral('M6590')).toContain('M0579');
    expect(integral('L539')).toContain('M10072');
  });

  it("reads the toe's joint by its letters and its side by the lone capital ('L MTP', 'R 1st MTP'), and podagra", async () => {
    expect(await cmOf('Acute gout flare, L MTP.')).toContain('M10072');
    expect(await cmOf('Gout, R 1st MTP - colchicine.')).toContain('M10071');
    expect(await cmOf('Podagra, left.')).toContain('M10072');
    // A dislocation of the joint keeps its own title, not the foot's.
    expect(await cmOf('Dislocation of left 1st MTP joint.')).toEqual(['S93122A']);
  });
});
