import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** A fracture of a phalanx by the phalanx the chart names (phalanx-part.ts); written for the test. */
describe('a fracture of a finger, thumb or toe by its phalanx', () => {
  it.each([
    // Displaced where not said (Guidelines I.C.19.c); was S62.607A, the unspecified phalanx.
    ['Fracture of the proximal phalanx of the left 5th finger.', 'S62617A'],
    ['Nondisplaced fracture of the distal phalanx of the right thumb.', 'S62524A'],
    ['Fracture of the proximal phalanx of the left great toe.', 'S92412A'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggested(text)).toContain(code);
  });

  it.each([
    // The phalanx's 'middle' is not the middle finger (finger-name.ts): the finger is the one the clause names.
    ['Fracture of the middle phalanx of the left index finger.', 'S62621A'],
    ['Closed fracture of middle phalanx of right ring finger.', 'S62624A'],
    ['Middle phalanx fracture of the right 4th finger.', 'S62624A'],
    ['Fracture of the middle phalanx of the right middle finger.', 'S62622A'],
  ])('takes the finger from its name, not from the middle phalanx: %s -> %s', async (text, code) => {
    const found = await suggested(text);
    expect(found.filter((c) => c.startsWith('S62'))).toEqual([code]);
  });

  it("reads a toe after the great toe as the Tabular's lesser toe(s) (injury-synonyms.ts)", async () => {
    expect(await suggested('Fracture of the middle phalanx of the left second toe.')).toContain('S92522A');
    expect(await suggested('Fracture of the distal phalanx of the right fifth toe.')).toContain('S92531A');
  });

  it("codes a toe's phalanx fracture alone, without the 'Other fracture' of the toe its words also read (S92.49-, S92.59-)", async () => {
    expect(await suggested('Fracture of the proximal phalanx of the left great toe.')).toEqual(['S92412A']);
    expect(await suggested('Fracture of the middle phalanx of the left second toe.')).toEqual(['S92522A']);
  });

  it('leaves the phalanx unspecified when the clause names two', async () => {
    expect(await suggested('Fracture of the proximal and distal phalanges of the left ring finger.')).toContain('S62605A');
  });
});
