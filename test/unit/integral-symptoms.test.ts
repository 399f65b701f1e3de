import { describe, expect, it } from 'vitest';
import { integralPrompt } from '../../src/core/suggest/integral-symptoms';
import { realEngine } from './engine-fixture';

const engine = await realEngine();

describe('symptoms routinely part of a suggested disease (Guidelines I.B.5)', () => {
  it('prompts on the symptom, naming the disease, and leaves the symptom for the coder to decide', async () => {
    // Written for the test, in the words of the sample chart.
    const r = await engine.suggest('Admitted with COPD exacerbation. Cough and shortness of breath for three days. Fever of 38.5.', { setting: 'inpatient' });
    const codes = r.suggestions.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['J441', 'R059', 'R0602', 'R509']));
    const prompt = (code: string) => r.suggestions.find((s) => s.code === code)!.prompts.find((p) => p.kind === 'integral');
    expect(prompt('R059')?.codes).toEqual(['J441']);
    expect(prompt('R0602')?.codes).toEqual(['J441']);
    // A fever is no part of a COPD exacerbation (no infection is suggested), nor is the disease part of itself.
    expect(prompt('R509')).toBeUndefined();
    expect(prompt('J441')).toBeUndefined();
  });

  it("asks about a follow-up visit's knee pain beside the knee's osteoarthritis, and heartburn beside reflux disease", async () => {
    // Written for the test in the words of a US internal medicine follow-up note.
    const text = 'Subjective: Reports worsening R knee pain with stairs. Occasional heartburn controlled with omeprazole.\n' +
      'Assessment and Plan:\n1. Primary osteoarthritis of right knee - trial of meloxicam.\n2. GERD without esophagitis - continue PPI.';
    const r = await engine.suggest(text, { setting: 'outpatient' });
    const prompt = (code: string) => r.suggestions.find((s) => s.code === code)?.prompts.find((p) => p.kind === 'integral');
    expect(prompt('M25561')?.codes).toEqual(['M1711']);
    expect(prompt('R12')?.codes).toEqual(['K219']);
    expect(integralPrompt('M25561', ['K219'])).toEqual([]);
  });

  it("asks about the ptosis of a third nerve palsy, listed after the palsy", async () => {
    // Written for the test, as a US note words it: the lid droops because the oculomotor nerve is palsied.
    const r = await engine.suggest('Right CN III palsy with ptosis.', { setting: 'inpatient' });
    const codes = r.suggestions.map((s) => s.code);
    expect(codes.indexOf('H4901')).toBeGreaterThanOrEqual(0);
    expect(codes.indexOf('H02401')).toBeGreaterThan(codes.indexOf('H4901'));
    expect(r.suggestions.find((s) => s.code === 'H02401')?.prompts.find((p) => p.kind === 'integral')?.codes).toEqual(['H4901']);
    expect(integralPrompt('H02401', ['H4921'])).toEqual([]);
  });

  it('ties each symptom to its own diseases only', () => {
    expect(integralPrompt('R1031', ['K3580']).map((p) => p.codes)).toEqual([['K3580']]);
    expect(integralPrompt('R1031', ['J189'])).toEqual([]);
    expect(integralPrompt('R509', ['N390', 'I10']).map((p) => p.codes)).toEqual([['N390']]);
    expect(integralPrompt('I10', ['N390'])).toEqual([]);
    // Hypotension is septic shock's own sign, and severe sepsis's organ dysfunction where there is no shock.
    expect(integralPrompt('I959', ['A4151', 'R6521']).map((p) => p.codes)).toEqual([['R6521']]);
    expect(integralPrompt('I959', ['A4151', 'R6520'])).toEqual([]);
    // Pulmonary edema or congestion with heart failure is the failure's own (J81's Excludes1 sends it to I50).
    expect(integralPrompt('J811', ['I5033']).map((p) => p.codes)).toEqual([['I5033']]);
    expect(integralPrompt('J811', ['I110'])).toEqual([]);
  });

  it("asks about the unspecified coma read from a 'loss of consciousness' an intracranial injury's code already holds", async () => {
    // Written for the test in the words of an emergency note.
    const r = await engine.suggest('Fell and hit his head, brief loss of consciousness. CT head: small left frontal lobe contusion.', { setting: 'inpatient' });
    const coma = r.suggestions.find((s) => s.code === 'R4020');
    expect(coma?.prompts.find((p) => p.kind === 'integral')?.codes).toEqual(['S06329A']);
    // The coma scale is coded beside the injury (Guidelines I.C.18.e): no prompt.
    expect(integralPrompt('R402431', ['S06329A'])).toEqual([]);
  });
  it("asks about an ankle's pain and swelling beside the sprain of that ankle, the injury's own presentation", async () => {
    // Written for the test in the words of a US urgent care note.
    const text = 'HPI: 34 yo F twisted her left ankle stepping off a curb yesterday. Pain and swelling lateral ankle.\n' +
      'A/P: Left ankle sprain. RICE, ACE wrap, ibuprofen.';
    const r = await engine.suggest(text, { setting: 'outpatient' });
    const codes = r.suggestions.map((s) => s.code);
    expect(codes[0]).toBe('S93402A');
    const pain = r.suggestions.find((s) => s.code.startsWith('M2557'));
    expect(pain?.prompts.find((p) => p.kind === 'integral')?.codes).toEqual(['S93402A']);
    // A dislocation is an S-3 code as a sprain is; a pain with no injury beside it stays a pain of its own.
    expect(integralPrompt('M25511', ['S43004A']).map((p) => p.codes)).toEqual([['S43004A']]);
    expect(integralPrompt('M25571', ['I10'])).toEqual([]);
  });
});
