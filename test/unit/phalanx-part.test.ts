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

  it('leaves the phalanx unspecified when the clause names two', async () => {
    expect(await suggested('Fracture of the proximal and distal phalanges of the left ring finger.')).toContain('S62605A');
  });
});
