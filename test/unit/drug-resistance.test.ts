import { describe, expect, it } from 'vitest';
import { RESISTANCE_DRUGS } from '../../src/core/suggest/drug-resistance';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe('RESISTANCE_DRUGS', () => {
  it.each(RESISTANCE_DRUGS.map(([words, code]) => [words.source.slice(0, 40), code]))('%s -> %s, a billable resistance code', (_words, code) => {
    const i = view.indexOf(code);
    expect(i !== undefined && view.isBillable(i)).toBe(true);
    expect(view.table.titles[i!]).toMatch(/^Resistance to/);
  });
});

// Real phrasing of ../shared/eval/charts-codiesp-dev.jsonl (Guidelines I.C.1.c: Z16 after the infection).
describe('resistance to antimicrobial drugs (Z16)', () => {
  it.each([
    ['Blood cultures were positive for Staphylococcus epidermidis methicillin-resistant, sensitive to vancomycin.', 'Z1611'],
    ['Vaginal exudate culture was positive for Shigella sonnei resistant according to the antibiogram to amoxicillin/clavulanic acid.', 'Z1611'],
    ['Cultures of the granulation tissue were positive for multiresistant Pseudomonas aeruginosa.', 'Z1635'],
    ['The culture was positive for M. bovis, presenting an antibiogram with pyrazinamide resistance and sensitivity to streptomycin.', 'Z16341'],
    ['Urine culture grew E. coli resistant to ciprofloxacin and ampicillin.', 'Z1624'],
    ['Multidrug-resistant tuberculosis.', 'Z16342'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await codes(text)).toContain(code);
  });

  it('lists the resistance after the organism it qualifies', async () => {
    const found = await codes('Blood cultures were positive for Staphylococcus epidermidis methicillin-resistant.');
    expect(found.indexOf('Z1611')).toBeGreaterThan(found.indexOf('B957'));
  });

  it.each([
    ['Methicillin-resistant Staphylococcus aureus pneumonia.'], // J15.212 names the resistance
    ['The strain was not resistant to vancomycin.'],
    ['Insulin resistance and treatment-resistant depression.'],
    ['A perianal infection resistant to medical antibiotic treatment.'],
  ])('"%s" has no Z16', async (text) => {
    expect((await codes(text)).filter((c) => c.startsWith('Z16'))).toEqual([]);
  });
});
