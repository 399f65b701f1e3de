import { describe, expect, it } from 'vitest';
import { durationHours, ventilationCode } from '../../src/core/suggest/ventilation';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { pcs } = await realParts();
const suggest = async (text: string) => (await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10pcs');

describe('ventilationCode and durationHours', () => {
  it("follows the 5A19 table's bands of consecutive hours", () => {
    expect(ventilationCode(12)).toBe('5A1935Z');
    expect(ventilationCode(24)).toBe('5A1945Z');
    expect(ventilationCode(96)).toBe('5A1945Z');
    expect(ventilationCode(97)).toBe('5A1955Z');
    for (const code of ['5A1935Z', '5A1945Z', '5A1955Z']) expect(pcs.view.indexOf(code), code).toBeDefined();
  });

  it('reads hours, days and weeks, in digits or words', () => {
    expect(durationHours('for 12 hours')).toBe(12);
    expect(durationHours('for three days')).toBe(72);
    expect(durationHours('for 2 weeks')).toBe(336);
    expect(durationHours('required ventilation')).toBeUndefined();
  });
});

describe('mechanical ventilation through SuggestionEngine.suggest', () => {
  it('codes the ventilation by the duration written', async () => {
    expect(codesOf(await suggest('Mechanical ventilation for 3 days.'))).toContain('5A1945Z');
    // From ../shared/eval/charts-codiesp-dev.jsonl wording.
    expect(codesOf(await suggest('She was admitted to the ICU, intubated and ventilated for five days.'))).toContain('5A1955Z');
  });

  it('offers the shortest band with a prompt when no duration is written, and nothing when it was not done', async () => {
    const [vent] = (await suggest('He required mechanical ventilation.')).filter((s) => s.code.startsWith('5A19'));
    expect(vent?.code).toBe('5A1935Z');
    expect(vent?.prompts[0]?.codes).toEqual(['5A1935Z', '5A1945Z', '5A1955Z']);
    expect(codesOf(await suggest('No mechanical ventilation was needed.')).filter((c) => c.startsWith('5A19'))).toEqual([]);
  });
});
