import { describe, expect, it } from 'vitest';
import { bmiCode, bmiPercentileCode, weeksCode } from '../../src/core/suggest/measures';
import { realEngine, codesOf } from './engine-fixture';

describe('weeksCode', () => {
  it('gives Z3A.NN for 8 to 42 weeks and the open-ended codes outside', () => {
    expect(weeksCode(32)).toBe('Z3A32');
    expect(weeksCode(8)).toBe('Z3A08');
    expect(weeksCode(6)).toBe('Z3A01');
    expect(weeksCode(43)).toBe('Z3A49');
  });
});

describe('bmiCode', () => {
  it('follows the adult BMI bands of Z68', () => {
    expect(bmiCode(19.5)).toBe('Z681');
    expect(bmiCode(27.4)).toBe('Z6827');
    expect(bmiCode(42)).toBe('Z6841');
    expect(bmiCode(47)).toBe('Z6842');
    expect(bmiCode(55)).toBe('Z6843');
    expect(bmiCode(72)).toBe('Z6845');
    expect(bmiCode(5)).toBeUndefined();
  });
});

describe('measureFindings through SuggestionEngine.suggest', () => {
  const suggest = async (text: string) => codesOf((await (await realEngine()).suggest(text, { setting: 'outpatient' })).suggestions);

  it('reads weeks of gestation only in a pregnancy', async () => {
    expect(await suggest('Pregnant patient at 32 weeks, doing well.')).toContain('Z3A32');
    expect(await suggest('Cough for 3 weeks.')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Z3A/)]));
  });

  it('reports a BMI only beside a weight diagnosis (Guidelines I.B.14)', async () => {
    expect(await suggest('Morbid obesity, BMI 42.')).toEqual(expect.arrayContaining(['E6601', 'Z6841']));
    expect(await suggest('Hypertension. BMI 42.')).not.toContain('Z6841');
    // From ../shared/eval/charts-codiesp-dev.jsonl: the abbreviation in square brackets.
    expect(await suggest('Morbid obesity (body mass index [BMI] 52 kg).')).toContain('Z6843');
  });

  it("reads a child's BMI as its percentile for age (Z68.5-), never an adult band, which is for 20 years or older", async () => {
    expect(bmiPercentileCode(100, 3)).toBe('Z6851');
    expect(bmiPercentileCode(100, 50)).toBe('Z6852');
    expect(bmiPercentileCode(100, 90)).toBe('Z6853');
    expect(bmiPercentileCode(100, 97)).toBe('Z6854');
    expect(bmiPercentileCode(130, 95)).toBe('Z6855');
    expect(bmiPercentileCode(145, 95)).toBe('Z6856');
    expect(await suggest('A 12-year-old boy with obesity, BMI at the 97th percentile for age.')).toEqual(expect.arrayContaining(['E669', 'Z6854']));
    expect(await suggest('A 10-year-old boy with obesity, BMI 24.')).not.toContain('Z6824');
    expect(await suggest('A 45-year-old man with obesity, BMI 35.2.')).toContain('Z6835');
  });
});

describe('Glasgow coma scale total (R40.24-, Guidelines I.C.18.e)', async () => {
  const engine = await realEngine();
  const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

  // Sentences from ../shared/eval/charts-codiesp-dev.jsonl.
  it.each([
    ['On admission Glasgow 8-9 and anisocoria were outstanding.', 'R402433'],
    ['The patient was hemodynamically stable, alert and oriented (Glasgow 15), without neurological deficit.', 'R402410'],
    ['The victim of a traffic accident presented at the time of admission an 8-point Glasgow coma scale.', 'R402433'],
    ['She was in coma in the emergency department (Glasgow 6/15) and blood tests showed plasma creatinine of 3.2 mg/dl.', 'R402432'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await codes(text)).toContain(code);
  });

  it('codes only the first score, and nothing where no score is written', async () => {
    const found = await codes('Post-critical condition with a Glasgow score of 10. In the unit, a Glasgow score of 7.');
    expect(found.filter((c) => c.startsWith('R4024'))).toEqual(['R402420']);
    expect((await codes('Dyspraxia, Glasgow challenge to perform daily tasks, drowsiness.')).some((c) => c.startsWith('R4024'))).toBe(false);
  });

  it('lists the coma scale after the diagnoses', async () => {
    const found = await codes('Glasgow 7 on arrival. Subdural hematoma.');
    expect(found).toContain('S065XAA');
    expect(found.indexOf('R402430')).toBeGreaterThan(found.indexOf('S065XAA'));
  });
});
