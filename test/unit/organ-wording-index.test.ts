import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const coded = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Index entries said with the organ's noun or the Latin singular (see organ-wording-index.ts). */
describe('findings in the wording of the organ', () => {
  it.each([
    ['A stricture of the rectum was found on colonoscopy.', 'K624'],
    ['Examination under anaesthesia showed a stricture of the anus.', 'K624'],
    // From ../shared/eval/charts-codiesp-dev.jsonl: the plural of both limbs is bilateral (I83.93).
    ['A postoperative course with anemia, varices in lower extremities, hypocalcemia and seronegative gotritis.', 'I8393'],
    ['Bilateral lower limb varices.', 'I8393'],
    ['Varices of the right leg.', 'I8391'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await coded(text)).toContain(code);
  });

  it("leaves a bare 'varices' of a gastroscopy to the esophagus, not the limb", async () => {
    expect(await coded('Gastroscopy showed varices.')).not.toContain('I8390');
  });
});
