import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Infections put down to a catheter (device-infection.ts; Index: Infection, due to or resulting from, central venous
 * catheter T80.21-; Complication, catheter, urinary, infection T83.51-): the complication first, then the infection
 * ('Use additional code to identify infection'), and no insertion of the device in this stay.
 */
describe('an infection due to a catheter', () => {
  it.each([
    ['Central line associated bloodstream infection.', ['T80211A']],
    ['CLABSI, blood cultures with coagulase-negative staph.', ['T80211A']],
    ['Infected PICC line, removed.', ['T80219A']],
    ['Port pocket infection.', ['T80212A']],
    ['Exit site infection of tunneled dialysis catheter.', ['T80212A']],
    ['Sepsis due to infected hemodialysis catheter.', ['T80211A', 'A419']],
    ['UTI due to indwelling Foley catheter.', ['T83511A', 'N390']],
    ['CAUTI.', ['T83511A', 'N390']],
    ['Catheter-associated urinary tract infection.', ['T83511A', 'N390']],
    ['Infected suprapubic catheter.', ['T83510A']],
  ])('%s -> %s, in that order', async (text, codes) => {
    const found = await suggest(text);
    expect(found.filter((c) => codes.includes(c))).toEqual(codes);
    // The catheter was there before the infection: no insertion (02H..., 0T9B70Z) nor dialysis (5A1D...) from its name.
    expect(found.filter((c) => /^(?:02H|0T9|0JH|5A1D)/.test(c))).toEqual([]);
  });

  it('codes the insertion of this stay and an infection of no device as before', async () => {
    expect(await suggest('Foley catheter placed for urinary retention.')).toContain('0T9B70Z');
    expect(await suggest('Right IJ central line placed under ultrasound guidance.')).toContain('02HV33Z');
    const uti = await suggest('Urinary tract infection, on ceftriaxone.');
    expect(uti).toContain('N390');
    expect(uti.some((c) => /^T8/.test(c))).toBe(false);
  });
});
