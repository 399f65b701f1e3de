import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * An injury the chart calls 'other' (other-specified.ts): the 'Other' or 'Other specified' sibling of the unspecified
 * code the words reach, as the classification words it. Written for the test in the words of the titles.
 */
describe("an injury's 'other' kind or part", () => {
  it.each([
    ['Other injury of the flexor tendon of the right index finger.', 'S66190A'],
    ['Other displaced fracture of the second cervical vertebra.', 'S12190A'],
    ['Other specified injury of the left Achilles tendon.', 'S86092A'],
    ['Laceration of other muscles, fascia and tendons at forearm level, right arm.', 'S56821A'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggested(text)).toContain(code);
  });

  it("leaves an 'other' that adds to a list as the unspecified injury", async () => {
    const codes = await suggested('Fracture of the left femur and other injuries of the thorax.');
    expect(codes).toContain('S299XXA');
    expect(codes).not.toContain('S298XXA');
  });
});
