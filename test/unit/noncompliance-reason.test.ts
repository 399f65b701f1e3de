import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'outpatient' })).suggestions);

/**
 * A patient's noncompliance with a diet, a medication regimen, dialysis or another treatment, by the reason the chart
 * gives (FY2026 Z91.11-, Z91.14-, Z91.15-, Z91.19-; noncompliance-reason.ts): a cost the patient could not meet is
 * 'due to financial hardship', no reason keeps the Index's default.
 */
describe('noncompliance and its reason', () => {
  it.each([
    ['Acute on chronic diastolic CHF exacerbation due to dietary noncompliance.', 'Z91119'],
    ['He has been noncompliant with his diet.', 'Z91119'],
    ['Noncompliant with low-salt diet because he cannot afford groceries.', 'Z91110'],
    ['Medication noncompliance due to cost.', 'Z91141'],
    ['Medication noncompliance, states he does not like the side effects.', 'Z91148'],
    ['Noncompliance with dialysis, missed 2 sessions.', 'Z91158'],
    ['Noncompliance with dialysis as he has no money for transportation.', 'Z91151'],
  ])('%s -> %s', async (text, code) => {
    const found = await suggest(text);
    expect(found).toContain(code);
    expect(found.filter((c) => c.startsWith('Z911'))).toEqual([code]);
  });

  it('takes no reason from another sentence', async () => {
    const found = await suggest('Dietary noncompliance. Insurance copays are too expensive for her CPAP supplies.');
    expect(found).toContain('Z91119');
    expect(found).not.toContain('Z91110');
  });
});
