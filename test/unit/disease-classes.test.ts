import { describe, expect, it } from 'vitest';
import { withDiseaseClass } from '../../src/core/search/disease-classes';
import { realParts } from './engine-fixture';

describe('withDiseaseClass', () => {
  // One disease of each class, where the words ask for a class code; the ICD-10-CM code of that class is in the comment.
  const cases: [string, string][] = [
    ['Contact with or exposure to cholera', 'intestinal infectious diseases'], // Z20.09
    ['Screening for venereal disease', 'infections with a predominantly sexual mode of transmission'], // Z11.3
    ['Rubella in the mother', 'other viral diseases'], // O98.5-
    ['Screening for malaria', 'other protozoal diseases'], // Z11.6
    ['Screening for schistosomiasis', 'helminthiases'], // Z11.6
    ['Screening for diphtheria', 'other bacterial diseases'], // Z11.2
    ['Arthropathy associated with histoplasmosis', 'mycoses'], // M01.X-
    ['Screening for sickle-cell disease', 'diseases of the blood and blood-forming organs'], // Z13.0
    ['Personal history of nutritional deficiency', 'endocrine nutritional and metabolic diseases'], // Z86.39
    ['Hx of schizophrenia', 'mental and behavioral disorders'], // Z86.59
    ['Fam hx-neurolog dis NEC', 'diseases of the nervous system'], // Z82.0
    ['Other cardiovascular diseases of mother', 'diseases of the circulatory system'], // O99.4-
    ['Family history of malignant neoplasm of gastrointestinal tract', 'digestive system digestive organs'], // Z80.0
    ['Fam hx-urinry malig NEC', 'genitourinary system urinary tract'], // Z80.59
    ['Screening for rheumatoid arthritis', 'musculoskeletal system'], // Z13.828
    ['Arthropathy associated with dermatological disorders', 'skin and subcutaneous tissue'],
  ];
  it.each(cases)('%s: adds %s', (query, words) => {
    expect(withDiseaseClass(query)).toBe(`${query} ${words}`);
  });

  it.each([
    'Arthropathy associated with mycoses, hand',
    'Arthropathy associated with other bacterial diseases, shoulder region',
    'Arthropathy associated with other infectious and parasitic diseases, hand',
    'Bact arthritis-shlder',
    'Viral arthritis-l/leg',
    'Mycotic arthrit-forearm',
    'Helminth arthrit-hand',
    'Inf arthritis NEC-hand',
  ])('%s: a joint infected in an infectious disease classified elsewhere (M01.X-)', (query) => {
    expect(withDiseaseClass(query)).toBe(`${query} direct infection of joint in infectious and parasitic diseases classified elsewhere`);
  });

  it('reads an intestinal infection due to a named bacterium as a bacterial intestinal infection (A04), not one due to a virus or other organism', () => {
    expect(withDiseaseClass('Intestinal infection due to pseudomonas')).toBe('Intestinal infection due to pseudomonas bacterial intestinal infections');
    expect(withDiseaseClass('Intestinal infection due to rotavirus')).toBe('Intestinal infection due to rotavirus');
    expect(withDiseaseClass('Intestinal infection due to other organism, not elsewhere classified')).toBe('Intestinal infection due to other organism, not elsewhere classified');
  });

  it('leaves arthritis named by its organism, or infective arthritis NOS (M00.9), to their own codes', () => {
    expect(withDiseaseClass('Staphylococcal arthritis, knee')).toBe('Staphylococcal arthritis, knee');
    expect(withDiseaseClass('Unspecified infective arthritis, hand')).toBe('Unspecified infective arthritis, hand');
  });

  it('leaves the disease itself, without a class context, as written', () => {
    expect(withDiseaseClass('Malaria')).toBe('Malaria');
    expect(withDiseaseClass('Rubella without complication')).toBe('Rubella without complication');
  });

  it('adds the screening group of a disease whose other class codes are its own (Z13.0, Z13.6, Z13.4-)', () => {
    expect(withDiseaseClass('Screening for iron deficiency anemia')).toBe('Screening for iron deficiency anemia diseases of the blood and blood-forming organs');
    expect(withDiseaseClass('Screen for hypertension')).toBe('Screen for hypertension cardiovascular disorders');
    expect(withDiseaseClass('Screen-development prob')).toBe('Screen-development prob developmental disorders in childhood');
    expect(withDiseaseClass('Personal history of hypertension')).toBe('Personal history of hypertension');
    expect(withDiseaseClass('Hypertension complicating pregnancy')).toBe('Hypertension complicating pregnancy');
  });

  it('adds nothing where the words name the class, or the disease has codes of its own in pregnancy', () => {
    expect(withDiseaseClass('Suspected damage to fetus from viral disease in the mother')).toBe('Suspected damage to fetus from viral disease in the mother');
    expect(withDiseaseClass('Syphilis of mother')).toBe('Syphilis of mother');
    expect(withDiseaseClass('Anemia of mother')).toBe('Anemia of mother');
  });
});

describe('class codes found through the disease', () => {
  it('finds screening, contact and pregnancy class codes from the disease named', async () => {
    const { cm } = await realParts();
    const { CodeSearch } = await import('../../src/core/search/code-search');
    const { expandedQueryWords } = await import('../../src/core/search/query-words');
    const search = new CodeSearch([{ table: cm.table, index: cm.index }], expandedQueryWords);
    const top5 = (q: string) => search.search(q, { limit: 5 }).hits.map((h) => h.code);
    expect(top5('Screening for malaria')).toContain('Z116');
    expect(top5('Contact with or exposure to cholera')).toContain('Z2009');
    expect(top5('Arthropathy associated with mycoses, hand').some((c) => c.startsWith('M01X4'))).toBe(true);
    expect(top5('Rubella in the mother, unspecified as to episode of care or not applicable')).toContain('O98519');
    expect(top5('Intestinal infection due to proteus (mirabilis) (morganii)')).toContain('A048');
    expect(top5('Screening for iron deficiency anemia')[0]).toBe('Z130');
    expect(top5('Screening for hypertension')[0]).toBe('Z136');
  });
});
