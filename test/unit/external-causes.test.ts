import { describe, expect, it } from 'vitest';
import { EXTERNAL_CAUSE_INDEX } from '../../src/core/suggest/external-cause-index';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

// Sentences from ../shared/eval/charts-codiesp-dev.jsonl.
describe('external causes read beside the injury their words name', () => {
  it.each(EXTERNAL_CAUSE_INDEX.map(([phrase, code]) => [phrase, code]))('"%s" -> %s, a billable FY2026 code', async (phrase, code) => {
    const i = view.indexOf(code);
    expect(i !== undefined && view.isBillable(i)).toBe(true);
    expect(await suggested(`Diagnosis: ${phrase}.`)).toContain(code);
  });

  it("codes a gunshot wound as the open wound of its site and the firearm's discharge (W34.00, intent not given)", async () => {
    expect(await suggested('The presence of a gunshot wound with an entry orifice in elbow without an exit orifice was confirmed.')).toEqual(['S51009A', 'W3400XA']);
    expect(await suggested('A 59-year-old patient was admitted with a gunshot wound with an entrance hole in the buttock, about 4 mm in diameter.')).toEqual(
      expect.arrayContaining(['S31809A', 'W3400XA']),
    );
  });

  it("reads a mosquito's or a tick's bite as an insect bite of its site (S00.96) and its cause (W57), not an open bite", async () => {
    expect(await suggested('During the trip, the patient, as she said, suffered numerous mosquito bites.')).toEqual(['W57XXXA']);
    const tick = await suggested('An 18-month-old girl who consulted for a tick bite on her head detected 24 hours before.');
    expect(tick).toEqual(expect.arrayContaining(['S0096XA', 'W57XXXA']));
    expect(tick).not.toContain('S0195XA');
  });

  it('reads no external cause beside a disease of the same words (cat-scratch disease is no scratch)', async () => {
    const r = await suggested('The presence of adenopathy was suspected Cat Scratch Disease, Bartonella henselae serology was performed.');
    expect(r).toContain('A281');
    expect(r).not.toContain('W5503XA');
  });
});
