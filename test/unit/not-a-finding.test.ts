import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const coded = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Words that name something other than the finding they spell (NOT_A_FINDING, NOT_A_FINDING_ALONE). */
describe('words read in another sense', () => {
  it("reads 'AF' beside an eye or among liver enzymes as no atrial fibrillation, and keeps it in a history list", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('OI AF revealed a curious image, as the pattern dystrophy appeared.')).not.toContain('I4891');
    expect(await coded('Gastrointestinal symptoms observed in analytical control elevation of GGT and AF.')).not.toContain('I4891');
    expect(await coded('Obesity, hypertension, type 2 diabetes mellitus, ischemic heart disease, AF, chronic obstructive pulmonary disease.')).toContain('I4891');
  });

  it("reads heterotopic gastric mucosa as the tissue of a Meckel's diverticulum, not a gastric diverticulum", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const codes = await coded("Pathology reported Meckel's diverticulum with heterotopic gastric mucosa.");
    expect(codes).toContain('Q430');
    expect(codes).not.toContain('K314');
  });

  it("reads boiling water as hot, not a boil (furuncle), which the noun still names", async () => {
    expect(await coded('He was burned with boiling water.')).not.toContain('L0292');
    expect(await coded('Boil on the neck.')).toContain('L0212');
  });
});
