import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Methamphetamine and amphetamine use by DSM-5 severity and by the Index's levels are the stimulants' F15 codes
 * (substance-synonyms.ts): mild is abuse, moderate or severe dependence, remission the 5th character 1.
 */
describe('amphetamine-type stimulant use, abuse and dependence', () => {
  it.each([
    ['Methamphetamine use disorder, severe, in early remission', 'F1521'],
    ['Methamphetamine use disorder, severe', 'F1520'],
    ['Amphetamine use disorder, moderate', 'F1520'],
    ['methamphetamine use disorder, mild', 'F1510'],
    ['Stimulant use disorder, severe', 'F1520'],
    ['stimulant use disorder, mild', 'F1510'],
    ['Methamphetamine abuse', 'F1510'],
    ['meth abuse', 'F1510'],
    ['Methamphetamine dependence', 'F1520'],
    ['Meth use', 'F1590'],
  ])('%s -> %s', async (text, code) => {
    const codes = await suggest(text);
    expect(codes).toContain(code);
    expect(codes.filter((c) => c.startsWith('F15'))).toEqual([code]);
  });

  it('leaves the drug alone to the Table of Drugs', async () => {
    expect(await suggest('methamphetamine overdose')).toContain('T43651A');
  });
});
