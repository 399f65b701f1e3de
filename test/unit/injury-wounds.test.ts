import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'outpatient' })).suggestions);

// Sentences in the words of emergency and clinic notes (not from the dev charts, which have few injuries).
describe('open wounds, bites and head injuries in the words of charts', () => {
  it("reads an animal's bite of a site as the open bite of the site (Index: Bite - see Wound, open, by site) beside the animal (W54-W55)", async () => {
    const bitten = await suggested('Bitten by a dog on the left hand.');
    expect(bitten).toContain('S61452A');
    expect(bitten).toContain('W540XXA');
    const bite = await suggested('Dog bite to the right forearm.');
    expect(bite).toContain('S51851A');
    expect(bite).toContain('W540XXA');
    expect(await suggested('He was bitten by his cat on the right thumb.')).toEqual(expect.arrayContaining(['S61051A', 'W5501XA']));
    // No site: the animal alone, no open bite of an unplaced body region.
    expect(await suggested('Dog bite.')).toEqual(['W540XXA']);
  });
});
