import { describe, expect, it } from 'vitest';
import { BILIARY_ENDOSCOPY } from '../../src/core/suggest/biliary-endoscopy';
import { PROCEDURE_DEFAULTS } from '../../src/core/suggest/procedure-defaults';
import { SIDE_NAMED_DEFAULTS, SURGERY_DEFAULTS } from '../../src/core/suggest/surgery-defaults';
import { pcsCodesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).pcs;

/** Each procedure a note names with no more detail brings the entry's ICD-10-PCS code, which must exist in FY2026. */
describe('PROCEDURE_DEFAULTS', () => {
  it('has no phrase twice', () => {
    const phrases = PROCEDURE_DEFAULTS.map(([phrase]) => phrase);
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });

  it.each(PROCEDURE_DEFAULTS.map(([phrase, code]) => [phrase, code]))('"%s" -> %s', async (phrase, code) => {
    expect(view.indexOf(code), `${code} is an FY2026 ICD-10-PCS code`).toBeDefined();
    // A biliary step named without its organ ('sphincterotomy') is read in a chart about the bile ducts.
    const biliary = BILIARY_ENDOSCOPY.some(([p]) => p === phrase) ? ' for choledocholithiasis' : '';
    // An operation on a paired organ is coded only at a side the note gives: here the right, the entry's, said in a
    // sentence of its own so that it does not add its word to the phrase's.
    const side = [...SIDE_NAMED_DEFAULTS, ...SURGERY_DEFAULTS].some(([p, c]) => p === phrase && /\bRight\b/.test(view.table.titles[view.indexOf(c)!]!)) ? ' It was the right side.' : '';
    // An amputation of a limb's long bones is coded only at the level the note gives (amputation-procedures.ts): the
    // entry's Mid.
    const level = /^0[XY]6/.test(code) ? ' The bone was cut at the mid-shaft.' : '';
    const r = await engine.suggest(`Procedure: ${phrase} was performed${biliary}.${side}${level}`, { setting: 'inpatient' });
    expect(r.suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code)[0]).toBe(code);
  });
});

describe('procedure side', () => {
  const pcsOf = async (text: string) =>
    (await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code);

  it('takes the side the note names near the procedure (quoted from the dev charts)', async () => {
    expect(await pcsOf('Fundus examination of the left eye showed rounded lesions.')).toEqual(['08J1XZZ']);
    expect(await pcsOf('Ultrasound of the left kidney.')).toEqual(['BT42ZZZ']);
  });

  it('takes the one side the chart gives the organ elsewhere when the procedure\'s words name none', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl, the side said sentences before.
    expect(await pcsOf('Pyelic lithiasis of the left kidney. Finally the infection was cured and the lithiasis was treated by extracorporeal lithotripsy.')).toEqual(['0TF4XZZ']);
    expect(await pcsOf('Ultrasound showed a mass in the left testicle. Radical inguinal orchiectomy was performed.')).toContain('0VTB0ZZ');
    // Both sides in the chart, or none: no side to code, none guessed.
    expect(await pcsOf('Pain in the right kidney area and lithiasis in the left kidney, of several years of evolution. The lithiasis was treated by extracorporeal lithotripsy.')).toEqual([]);
    expect(await pcsOf('Finally the infection was cured and the lithiasis was treated by extracorporeal lithotripsy.')).toEqual([]);
  });

  it('codes an operation of a paired organ whose side is never guessed only at a side the chart gives', async () => {
    expect(await pcsOf('Three days later radical nephrectomy was performed by anterior approach.')).toEqual([]);
    expect(await pcsOf('CT showed a 6 cm mass in the left kidney. Three days later radical nephrectomy was performed by anterior approach.')).toContain('0TT10ZZ');
  });

  it('sets an operation whose side is not documented aside, saying so, rather than dropping it silently', async () => {
    const { setAside } = await engine.suggest('Three days later radical nephrectomy was performed by anterior approach.', { setting: 'inpatient' });
    const aside = setAside.find((a) => a.code.startsWith('0TT'));
    expect(aside?.context).toBe('uncertain');
    expect(aside?.reason).toMatch(/side not documented/);
    expect(aside?.evidence).toHaveLength(1);
  });

  it('keeps the code found when both sides, or neither, are named', async () => {
    // The eye fundus is the exception: examined in both eyes, it is of each when no eye is named (guideline B4.3).
    expect((await pcsOf('Fundus examination was normal.')).sort()).toEqual(['08J0XZZ', '08J1XZZ']);
    expect((await pcsOf('A 52-year-old woman presented with sudden painless loss of vision in her left eye. No alterations were observed in the eye fundus.')).sort()).toEqual(['08J1XZZ']);
    expect((await pcsOf('Ultrasound of the right and left kidney.')).sort()).toEqual(['BT41ZZZ', 'BT42ZZZ']);
  });

  it('codes each side of a paired body part done on both sides', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: 'AO' is the Spanish notes' 'both eyes'.
    expect((await pcsOf('Visual acuity was 1.0 in both eyes; fundus examination of both eyes was normal.')).filter((c) => c.startsWith('08J')).sort()).toEqual(['08J0XZZ', '08J1XZZ']);
    expect((await pcsOf('Bilateral thoracentesis.')).sort()).toEqual(['0W993ZZ', '0W9B3ZZ']);
  });

  it('reads the eye in the ophthalmologists\' abbreviations, and both eyes said anywhere in the clause', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl ('in the RE'), with the other eye.
    expect(await pcsOf('The fundus examination showed papilledema in the LE.')).toEqual(['08J1XZZ']);
    expect((await pcsOf('There were no residual neovascular membranes in the examination of the eye fundus, but microaneurysms and hemorrhages in the posterior pole of both eyes.')).sort()).toEqual(['08J0XZZ', '08J1XZZ']);
  });

  it('takes the bilateral body part value where the table has one (guideline B4.3)', async () => {
    expect(await pcsOf('Surgical treatment: Bilateral radical inguinal orchiectomy.')).toEqual(['0VTC0ZZ']);
    expect(await pcsOf('Laparoscopic bilateral adrenalectomy was performed.')).toEqual(['0GT44ZZ']);
  });
});

describe('procedure introductions', () => {
  it('reads a drug given into the eye or the bladder as its Introduction, not one planned nor a finding there', async () => {
    expect(await pcsCodesOf('After fixation, vitreous haemorrhage persisted and was treated with intravitreal injection of anti-VEGF (bevacizumab).')).toEqual(['3E0C3GC']);
    expect(await pcsCodesOf('Given the multifocality, it was decided to complete the treatment with intravesical instillation of mitomycin C.')).toEqual(['3E0K705']);
    expect(await pcsCodesOf('A weekly instillation of 40 mg of Mitomycin C was scheduled for six weeks.')).toEqual([]);
    expect(await pcsCodesOf('Fundus examination showed an intravitreal hemorrhage.')).not.toContain('3E0C3GC');
  });
});
