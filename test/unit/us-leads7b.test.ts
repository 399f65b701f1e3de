import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { codedAs } from './us-note-fixture';

/** Wrong codes met on US hospital phrasing, each checked on a sentence as such notes write it. */
const engine = await realEngine();
const cmOf = async (text: string) => (await codedAs(engine, text, 'inpatient')).codes;

describe('a side written as a lone letter before the site', () => {
  it("reads 'L lower leg' and 'R foot' as the left and right limb of a cellulitis (L03.11-)", async () => {
    expect(await cmOf('Cellulitis of L lower leg, started on cefazolin.')).toContain('L03116');
    expect(await cmOf('R foot cellulitis with lymphangitic streaking.')).toContain('L03115');
    expect(await cmOf('Cellulitis of L lower leg, started on cefazolin.')).not.toContain('L03119');
  });
});
