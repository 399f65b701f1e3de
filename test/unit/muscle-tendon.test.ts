import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * A named muscle's or tendon's injury by its kind (muscle-tendon-index.ts): the Index's 'Rupture, tendon (traumatic)
 * - see Strain' and 'Laceration, tendon - see Injury, muscle, by site, laceration'. These gave nothing, or an injury
 * of unspecified body region (T14.8), before.
 */
describe("a muscle's or tendon's injury by the Index", () => {
  it.each([
    ['Tendon rupture of the right Achilles tendon.', 'S86011A'],
    ['Laceration of the right quadriceps tendon.', 'S76121A'],
    ['Traumatic rupture of the long head of the biceps tendon of the left arm.', 'S46112A'],
    ['Laceration of the flexor tendon of the left thumb.', 'S66022A'],
  ])('%s -> %s', async (text, code) => {
    const codes = await suggested(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain('T148XXA');
  });

  it("reads the long head of the biceps, not the biceps' other parts, when the chart names it", async () => {
    expect(await suggested('Traumatic rupture of the long head of the biceps tendon of the left arm.')).not.toContain('S46212A');
  });
});

/** The finger a chart names, for a code of 'unspecified finger' (finger-name.ts). */
describe('an injury of a finger by the finger named', () => {
  it('reads the finger and its side beside it (S66.320, was S66.329 unspecified finger)', async () => {
    expect(await suggested('Laceration of the extensor tendon of the right index finger.')).toContain('S66320A');
    expect(await suggested('Flexor tendon injury of the left ring finger.')).toContain('S66105A');
  });

  it("reads the hand's side said elsewhere in the clause, and a finger by its place ('fifth')", async () => {
    expect(await suggested('He suffered a cut in the left hand with section of the flexor tendon of the ring finger.')).toContain('S66125A');
    expect(await suggested('Laceration of the extensor tendon of the fifth finger of the right hand.')).toContain('S66326A');
  });

  it("codes a named finger without a side as the 'other finger' (specified finger with unspecified laterality)", async () => {
    expect(await suggested('Laceration of the extensor tendon of the index finger.')).toContain('S66328A');
  });

  it("reads the finger of a dislocation (S63.-) as of a tendon's injury", async () => {
    expect(await suggested('Dislocation of the left fifth finger.')).toContain('S63257A');
    expect(await suggested('Subluxation of the distal interphalangeal joint of the middle finger.')).toContain('S63248A');
  });

  it('leaves a finger unspecified when the clause names two', async () => {
    expect(await suggested('Laceration of the extensor tendons of the right index and middle fingers.')).toContain('S66329A');
  });
});

/** The forearm level of a finger's muscle and tendon (tendon-level.ts). */
describe("a finger's tendon at the forearm", () => {
  it('moves the hand-level code to the forearm level when the clause places the injury there', async () => {
    const codes = await suggested('Section of the flexor tendons of the fifth finger of the right hand at the level of the distal forearm.');
    expect(codes).toContain('S56127A');
    expect(codes).not.toContain('S66126A');
  });
});

/** The limb's side said after a comma closing the finding's words (trailing-limb-side.ts). */
describe("an injury's side said after the finding, of the title's limb", () => {
  it('reads the side of the limb after the comma', async () => {
    expect(await suggested('Laceration of the extensor hallucis longus tendon, left foot.')).toContain('S96122A');
    expect(await suggested('Strain of the peroneal tendons, on the right leg.')).toContain('S86311A');
  });

  it("leaves the side of another limb than the title's unread", async () => {
    expect(await suggested('Laceration of the tibialis anterior tendon, right arm.')).toContain('S86229A');
  });
});
