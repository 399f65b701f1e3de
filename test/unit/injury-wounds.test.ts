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

  it("reads the duration of a loss of consciousness into an intracranial injury's 6th character (S06: 1 up to 30 minutes, 3 one to six hours)", async () => {
    const concussion = await suggested('Concussion, lost consciousness for about 20 minutes.');
    expect(concussion).toContain('S060X1A');
    expect(concussion).not.toContain('S060X0A');
    expect(await suggested('He fell from a ladder and lost consciousness for 2 hours. CT showed an acute subdural hematoma.')).toContain('S065X3A');
    expect(await suggested('Traumatic subdural hemorrhage with loss of consciousness of 20 minutes.')).toContain('S065X1A');
    // A duration a concussion has no code for is its loss 'of unspecified duration'; a denied loss moves nothing.
    expect(await suggested('Concussion with loss of consciousness for 45 minutes.')).toContain('S060X9A');
    expect(await suggested('Concussion. He denies LOC.')).toContain('S060X0A');
  });

  it('reads a loss of consciousness of unknown status, of over 24 hours by the return to the former level, and one ending in death (S06: A, 5, 6, 7)', async () => {
    expect(await suggested('Subdural hematoma after a fall; he was unconscious for 3 days and never regained his previous level of consciousness.')).toContain('S065X6A');
    expect(await suggested('Traumatic subdural hemorrhage with loss of consciousness for 2 days, after which he regained consciousness.')).toContain('S065X5A');
    expect(await suggested('Traumatic subdural hemorrhage. It is unknown whether he lost consciousness.')).toContain('S065XAA');
    expect(await suggested('Traumatic subdural hemorrhage after a fall; he lost consciousness and died without regaining consciousness.')).toContain('S065X7A');
    // Over 24 hours with nothing said of the return is neither 5 nor 6.
    expect(await suggested('Traumatic subdural hemorrhage with loss of consciousness for 2 days.')).toContain('S065X9A');
  });

  it("reads a foreign body written in a wound's clause as the wound 'with foreign body' (S51.82-, S91.34-), a denied one not", async () => {
    expect(await suggested('Laceration of the left forearm with glass fragments retained.')).toContain('S51822A');
    expect(await suggested('Puncture wound of the right foot with a foreign body.')).toContain('S91341A');
    const none = await suggested('Puncture wound of the left foot, X-ray negative for foreign body.');
    expect(none).toContain('S91332A');
    expect(none).not.toContain('S91342A');
  });

  it("reads a wound written in the Tabular's words, 'without foreign body' before its site, as the wound of the site", async () => {
    // Problem lists print titles: the foreign body is denied, the finger or foot after it is not.
    expect(await suggested('Laceration without foreign body of left index finger.')).toEqual(['S61211A']);
    expect(await suggested('Puncture wound without foreign body of right hand.')).toEqual(['S61431A']);
    expect(await suggested('Laceration without foreign body, right foot, initial encounter.')).toEqual(['S91311A']);
    expect(await suggested('Laceration of left index finger without foreign body.')).toEqual(['S61211A']);
    // An open wound of no kind keeps its site: not the category's first laceration 'without foreign body' (right elbow).
    expect(await suggested('Open wound of the left forearm without foreign body.')).toEqual(['S51802A']);
    // A foreign body denied without a wound's title after it stays denied.
    const cornea = await engine.suggest('No foreign body of the cornea.', { setting: 'outpatient' });
    expect(cornea.suggestions).toEqual([]);
    expect(cornea.setAside.map((s) => `${s.code} ${s.context}`)).toEqual(['T1500XA negated']);
  });

  it("reads 'crushed' fingers, hand or foot as the crushing injury of the part (Index: Crush - see Injury, crushing), not nothing", async () => {
    expect(await suggested('Crushed fingers of the right hand.')).toContain('S6710XA');
    expect(await suggested('Crushed left foot under a pallet.')).toContain('S9782XA');
  });
});
