import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * A dementia (F01-F03) coded with the stage and the disturbance written beside it (dementia-details.ts), in the
 * words of the Tabular's inclusion terms: agitation or aggressive behavior, behavioral disturbance, hallucinations
 * or psychosis, depression, anxiety.
 */
describe('a dementia coded by the disturbance documented with it', () => {
  it.each([
    ["Alzheimer's disease with agitation.", 'F02811'],
    ["Moderate Alzheimer's disease with depression.", 'F02B3'],
    ['Dementia with psychotic symptoms.', 'F0392'],
    ['Senile dementia with depression.', 'F0393'],
    ['Dementia with behavioral disturbance.', 'F03918'],
    ['Severe vascular dementia with aggressive behavior.', 'F01C11'],
    ['Mixed dementia with hallucinations.', 'F0392'],
    // The stage written after the dementia or its disease.
    ["Alzheimer's disease, moderate stage, with depression.", 'F02B3'],
    ['Vascular dementia in a severe phase.', 'F01C0'],
    // Nothing said of the dementia itself: the code without disturbance.
    ['An 80-year-old woman with dementia was admitted with depression.', 'F0390'],
    ['Mild dementia.', 'F03A0'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });
});

describe('the agitation of a dementia coded with agitation', () => {
  it('asks whether R45.1 is part of the dementia (Guidelines I.B.5)', async () => {
    const { suggestions } = await engine.suggest("Alzheimer's disease with agitation.", { setting: 'inpatient' });
    const agitation = suggestions.find((s) => s.code === 'R451');
    expect(agitation?.prompts.some((p) => p.kind === 'integral' && p.codes?.includes('F02811'))).toBe(true);
  });
});
