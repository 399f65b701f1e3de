import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';

const engine = await realEngine();

/** Routine procedures an inpatient coder seldom reports (routine-procedures.ts, UHDDS significant procedures). */
describe('routine procedures', () => {
  it('lists a routine ECG and visual acuity after the operation, each with a reporting prompt', async () => {
    const { suggestions } = await engine.suggest(
      'HOSPITAL COURSE: EKG showed sinus rhythm. Visual acuity 20/40 OU. Laparoscopic appendectomy performed.',
      { setting: 'inpatient' },
    );
    const pcs = suggestions.filter((s) => s.set === 'icd10pcs');
    expect(pcs.map((s) => s.code)).toEqual(['0DTJ4ZZ', '4A02X4Z', '4A07X0Z']);
    expect(pcs[0]!.prompts.some((p) => p.kind === 'reporting')).toBe(false);
    for (const s of pcs.slice(1)) expect(s.prompts.find((p) => p.kind === 'reporting')?.message).toMatch(/not a significant procedure \(UHDDS\)/);
  });
});
