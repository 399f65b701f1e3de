import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

// Sentences from ../shared/eval/charts-codiesp-dev.jsonl unless marked.
describe('injuries and transplants in the words of case reports', () => {
  it("reads an organ's graft as its transplant: the status (Z94.0), and its rejection (T86.11)", async () => {
    expect(await suggested('The patient started hemodialysis, and one year later, he received a living donor kidney graft from his wife.')).toContain('Z940');
    expect(await suggested('She presented an acute rejection of the renal graft.')).toContain('T8611'); // adapted from a dev chart
  });

  it("reads a contusion of the eye as the eyeball's (S05.1-, the side refined), not an injury of no region (T14.8)", async () => {
    const r = await suggested('A 42-year-old male patient came to the emergency room after suffering a contusion in his left eye.');
    expect(r).toContain('S0512XA');
    expect(r).not.toContain('T148XXA');
  });
});
