import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'inpatient' })).suggestions);

describe('a fracture said not to be displaced (a fracture not said to be either is coded displaced, Guidelines I.C.19.c)', () => {
  it("takes the sibling titled 'Nondisplaced' for the chart's words", async () => {
    const malleolus = await suggest('Non-displaced fracture of the right lateral malleolus.');
    expect(malleolus).toContain('S8264XA');
    expect(malleolus).not.toContain('S8261XA');
    expect(await suggest('Undisplaced fracture of the right lateral malleolus.')).toContain('S8264XA');
    expect(await suggest('Fracture of the left radial head without displacement.')).toContain('S52125A');
    expect(await suggest('Oblique fracture of the shaft of the right humerus, nondisplaced.')).toContain('S42334A');
  });

  it('keeps the displaced code when nothing or displaced is said', async () => {
    expect(await suggest('Displaced fracture of the right lateral malleolus.')).toContain('S8261XA');
    expect(await suggest('Fracture of the left radial head.')).toContain('S52122A');
  });
});
