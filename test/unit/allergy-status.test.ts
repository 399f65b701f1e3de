import { describe, expect, it } from 'vitest';
import { ALLERGENS, allergenCode } from '../../src/core/suggest/allergy-status';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const suggest = async (text: string, setting: 'inpatient' | 'outpatient' = 'inpatient') => {
  const r = await engine.suggest(text, { setting });
  return { codes: codesOf(r.suggestions), aside: codesOf(r.setAside) };
};

describe('ALLERGENS', () => {
  it.each(ALLERGENS.map(([words, code]) => [words[0]!, code]))('"%s" -> %s, a billable FY2026 allergy status code', (word, code) => {
    const i = view.indexOf(code);
    expect(i !== undefined && view.isBillable(i)).toBe(true);
    expect(view.table.titles[i!]).toMatch(/allerg/i);
    expect(allergenCode(`${word}s`)).toBe(code);
  });

  it('has no word twice', () => {
    const words = ALLERGENS.flatMap(([w]) => w);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('reads the specific before the general (beef is meat, not a bee)', () => {
    expect(allergenCode('beef')).toBe('Z91014');
    expect(allergenCode('bee stings')).toBe('Z91030');
    expect(allergenCode('amoxicillin-clavulanate')).toBe('Z880');
    expect(allergenCode('cats')).toBeUndefined();
    expect(allergenCode('thiazides')).toBe('Z882'); // sulfonamide diuretics
  });
});

describe('allergy status through SuggestionEngine.suggest', () => {
  it('codes a known allergy as a status, not as an allergic reaction today (T78.40)', async () => {
    // Real phrasing of the development charts.
    const contrast = await suggest('A 43-year-old woman, housewife, allergic to contrast agent and smoker of 1 daily pack of cigarettes.');
    expect(contrast.codes).toContain('Z91041');
    expect(contrast.codes).not.toContain('T7840XA');
    const pyrazolones = await suggest('His personal history included type 2 diabetes mellitus, dyslipidemia, hypertension and allergy to pyrazolones.');
    expect(pyrazolones.codes).toContain('Z886');
    expect(pyrazolones.codes).not.toContain('T7840XA');
  });

  it('reads an allergy to a thing the list does not name as no reaction today (T78.40), whatever its hedge', async () => {
    // Real phrasing of the development charts.
    const vitamin = await suggest('As a previous history there was a probable allergy to vitamin B (Neuromade).');
    expect(vitamin.codes).not.toContain('T7840XA');
    const negative = await suggest('The antecedents of tobacco, alcohol and drugs were negative, as well as the ingestion of drugs or allergies to them.');
    expect(negative.codes).not.toContain('T7840XA');
  });

  it('codes the air\'s allergens and iodine by their status codes (Z91.048, Z91.041)', async () => {
    const mites = await suggest('Her personal history included allergy to mites, grasses and animal epithelium.');
    expect(mites.codes).toContain('Z91048');
    expect(mites.codes).not.toContain('T7840XA');
    expect((await suggest('Mental retardation, hypothyroidism, insulin resistance and iodine allergy.')).codes).toContain('Z91041');
  });

  it('does not read the drug of an allergy as its long-term use', async () => {
    const r = await suggest('Allergy to aspirin.');
    expect(r.codes).toContain('Z886');
    expect(r.codes).not.toContain('Z7982');
  });

  it('reads each allergen of a list, and of an Allergies line', async () => {
    expect((await suggest('Allergies: penicillin (rash), codeine.')).codes).toEqual(expect.arrayContaining(['Z880', 'Z885']));
    expect((await suggest('Allergic to latex and shellfish.')).codes).toEqual(expect.arrayContaining(['Z91040', 'Z91013']));
    expect((await suggest('Penicillin allergy.')).codes).toContain('Z880');
  });

  it('lets the named drug stand for "drug allergy"', async () => {
    const r = await suggest('Known drug allergy to metamizole.');
    expect(r.codes).toContain('Z886');
    expect(r.codes).not.toContain('Z889');
  });

  it('gives nothing for a negated allergy', async () => {
    expect((await suggest('No known drug allergies.')).codes.filter((c) => /^Z(88|910)/.test(c))).toEqual([]);
    const denied = await suggest('Denies allergy to penicillin.');
    expect(denied.codes).not.toContain('Z880');
    expect(denied.aside).toContain('Z880');
  });
});
