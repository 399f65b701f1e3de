import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * A bipolar disorder by its current or most recent episode (DSM-5 wording, mood-synonyms.ts) and the Index's episode
 * named without severity (neuro-named-index.ts): F31.30 depressed, F31.10 manic, F31.60 mixed; a severity said wins.
 */
describe('bipolar disorder by its current episode', () => {
  it.each([
    ['Bipolar disorder, most recent episode mixed', 'F3160'],
    ['Bipolar 1 disorder, most recent episode depressed', 'F3130'],
    ['Bipolar disorder, most recent episode manic, severe', 'F3113'],
    ['Bipolar disorder, current episode depressed', 'F3130'],
    ['Bipolar I disorder, current episode depressed, severe', 'F314'],
    ['Bipolar disorder, current episode depressed, moderate', 'F3132'],
    ['Bipolar disorder current episode manic without psychotic features', 'F3110'],
  ])('%s -> %s', async (text, code) => {
    const codes = (await suggest(text)).filter((c) => /^F3[01]/.test(c));
    expect(codes).toEqual([code]);
  });
});
