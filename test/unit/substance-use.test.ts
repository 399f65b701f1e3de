import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * A substance code with the disorder the substance induced is one combination code (Guidelines I.C.5.b): the level's
 * plain code (F1x.10, F1x.20, F1x.90 'uncomplicated', F1x.x9 'with unspecified ...-induced disorder') folds into it
 * (substance-use.ts). Another level, or remission, is not a disorder the substance induced and stays.
 */
describe('substance use, abuse and dependence with an induced disorder', () => {
  it.each([
    ['Alcohol dependence with alcohol-induced persisting dementia.', 'F1027', 'F1020'],
    ['Cannabis use with cannabis-induced anxiety disorder.', 'F12980', 'F1299'],
    ['Alcohol use with alcohol-induced sleep disorder.', 'F10982', 'F1090'],
  ])('%s -> %s, not %s', async (text, code, plain) => {
    const codes = await suggest(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain(plain);
  });

  it('keeps the plain code when nothing induced is said', async () => {
    expect(await suggest('Alcohol dependence in a 50-year-old man.')).toContain('F1020');
  });
});
