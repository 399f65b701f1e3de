import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
const z53 = async (text: string) => (await codes(text)).filter((c) => c.startsWith('Z53'));

// Real phrasing of ../shared/eval/charts-codiesp-dev.jsonl (Index: Procedure, not done, because of patient's decision).
describe("procedure or treatment not carried out (Z53)", () => {
  it.each([
    ['It is suggested to start local radiotherapy but the patient rejects it by accepting only periodic clinical controls.', 'Z5320'],
    ['The patient refused any ocular surgery and was satisfied with the visual result.', 'Z5320'],
    ['The treatment was suspended by the patient\'s decision.', 'Z5320'],
    ['He was referred for an epidural patch but refused the technique due to fear of a new epidural.', 'Z5329'],
    ['Laparoscopic cholecystectomy was started but had to be converted to open surgery because of adhesions.', 'Z5331'],
    ['Video-assisted thoracoscopic resection, with conversion to thoracotomy.', 'Z5332'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await z53(text)).toEqual([code]);
  });

  it.each([
    ['Treatment with Interferon has been rejected due to the possibility of transplant rejection.'], // the physicians' choice
    ['A child admitted for fever, refusal to eat and vomiting.'],
    ['Her renal function declined and hemodialysis was started.'],
  ])('"%s" has no Z53', async (text) => {
    expect(await z53(text)).toEqual([]);
  });
});
