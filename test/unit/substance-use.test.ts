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

/**
 * An intoxication's or withdrawal's detail written beside it (substance-details.ts): the delirium, the perceptual
 * disturbance or 'uncomplicated' is the 6th character; the delirium is not coded again as R41.0.
 */
describe('the details of an intoxication or a withdrawal', () => {
  it.each([
    ['Alcohol abuse with intoxication, uncomplicated.', 'F10120', 'F10129'],
    ['He was admitted for alcohol withdrawal with delirium.', 'F10931', 'F10939'],
    ['Opioid dependence with intoxication delirium.', 'F11221', 'F11229'],
    ['Benzodiazepine abuse with withdrawal with perceptual disturbances.', 'F13132', 'F13139'],
    ['Acute ethylic intoxication with delirium on arrival.', 'F10921', 'F10920'],
  ])('%s -> %s, not %s', async (text, code, plain) => {
    const codes = await suggest(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain(plain);
    expect(codes).not.toContain('R410');
  });

  it('leaves the unspecified state when no detail is written', async () => {
    expect(await suggest('Alcohol dependence with intoxication.')).toContain('F10229');
  });
});

/** One level per substance, the highest documented (Guidelines I.C.5.b.2; substance-use.ts liftSubstanceLevel). */
describe('the highest level of use documented', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl's wording ('chronic alcoholism', 'withdrawal syndrome').
    ['History of chronic alcoholism. Admitted with alcohol withdrawal syndrome.', 'F10239', ['F10939', 'F1020']],
    ['Chronic alcoholism. Admitted for alcohol withdrawal with delirium.', 'F10231', ['F10931', 'F1020']],
    ['Chronic alcoholism. He presented acute alcohol intoxication.', 'F10220', ['F10920', 'F1020']],
    ['Heroin addict with opioid withdrawal.', 'F1123', ['F1193']],
  ])('%s -> %s', async (text, code, not) => {
    const codes = await suggest(text);
    expect(codes).toContain(code);
    for (const other of not) expect(codes).not.toContain(other);
  });

  it('keeps the use level when no abuse or dependence is documented', async () => {
    expect(await suggest('Alcohol withdrawal syndrome on the second day of admission.')).toContain('F10939');
  });
});
