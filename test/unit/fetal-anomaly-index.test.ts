import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string, setting: 'inpatient' | 'outpatient' = 'inpatient') => codesOf((await engine.suggest(text, { setting })).suggestions);

/**
 * Maternal care for a known or suspected fetal abnormality (O35, fetal-anomaly-index.ts), in the words of obstetric
 * notes written for the test: the mother's code with the 7th character of her single gestation, not the anomaly's Q code.
 */
describe('fetal abnormalities in an obstetric chart', () => {
  it.each([
    ['G2P1 at 32 weeks with fetal anomaly on ultrasound.', 'O359XX0'],
    ['Pregnant at 28 weeks. Fetal hydrocephalus on ultrasound.', 'O3506X0'],
    ['Pregnant patient, 24 weeks, fetal spina bifida.', 'O3508X0'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    expect(found.filter((c) => c.startsWith('Q') || c.startsWith('G91'))).toEqual([]);
  });

  it("codes a suspected anomaly in either setting: the O35 title's own '(suspected)'", async () => {
    expect(await suggest('Pregnancy at 20 weeks with suspected fetal cardiac anomaly.', 'outpatient')).toContain('O35BXX0');
    expect(await suggest('IUP at 30 weeks, fetal trisomy 21 suspected.', 'outpatient')).toContain('O3513X0');
    expect(await suggest('Possible pneumonia.', 'outpatient')).not.toContain('J189');
  });

  it('takes the twin a chart names as the 7th character', async () => {
    expect(await suggest('Twin pregnancy at 30 weeks, twin B with fetal hydrocephalus.')).toContain('O3506X2');
  });

  it('leaves a denied anomaly out', async () => {
    expect(await suggest('Anatomy scan normal, no fetal anomalies.')).not.toContain('O359XX0');
  });
});
