import { describe, expect, it } from 'vitest';
import { inverseFrequency, searchTerms, stemWord } from '../../src/core/search/terms';
import { isOneEditAway } from '../../src/core/search/word-query';

describe('searchTerms', () => {
  it('drops function words but keeps with, without, other and unspecified', () => {
    const terms = searchTerms('Fracture of the radius with other and unspecified complications, without delay');
    expect(terms).toEqual(expect.arrayContaining(['with', 'without', 'other', stemWord('unspecified')]));
    expect(terms).not.toEqual(expect.arrayContaining(['of']));
    expect(terms).not.toEqual(expect.arrayContaining(['the']));
    expect(terms).toHaveLength(8);
  });

  it('folds accents and possessives', () => {
    expect(searchTerms("Sjögren's syndrome")).toEqual(searchTerms('sjogren syndrome'));
  });

  it('gives British and American spellings the same terms', () => {
    for (const [uk, us] of [['haemorrhage', 'hemorrhage'], ['oedema', 'edema'], ['anaemia', 'anemia'], ['tumour', 'tumor'], ['oesophagus', 'esophagus'], ['diarrhoea', 'diarrhea'], ['dyspnoea', 'dyspnea'], ['apnoeas', 'apneas'], ['leucopenia', 'leukopenia'], ['leucocytosis', 'leukocytosis'], ['foetal', 'fetal'], ['colour', 'color'], ['haematomas', 'hematomas']]) {
      expect(searchTerms(uk!)).toEqual(searchTerms(us!));
    }
  });

  it('gives singular and plural, and -ion and its verb stem, the same term', () => {
    expect(searchTerms('fractures vertebrae infarction injuries')).toEqual(searchTerms('fracture vertebra infarct injury'));
  });

  it('gives a disease in -iasis and its plural in -iases the same term', () => {
    expect(searchTerms('helminthiases leishmaniases')).toEqual(searchTerms('helminthiasis leishmaniasis'));
  });
});

describe('stemWord', () => {
  it('is idempotent on its own output', () => {
    for (const word of ['infarction', 'hemorrhages', 'bleeding', 'diabetes', 'injuries', 'obstructive', 'calculi', 'helminthiases']) {
      expect(stemWord(stemWord(word))).toBe(stemWord(word));
    }
  });

  it('leaves codes and numbers alone', () => {
    expect(stemWord('e11')).toBe('e11');
    expect(stemWord('3a')).toBe('3a');
  });
});

describe('isOneEditAway', () => {
  it('accepts one substitution, insertion, deletion or adjacent swap', () => {
    expect(isOneEditAway('pnuemonia', 'pneumonia')).toBe(true);
    expect(isOneEditAway('diabetis', 'diabetes')).toBe(true);
    expect(isOneEditAway('hypertensin', 'hypertension')).toBe(true);
    expect(isOneEditAway('asthmaa', 'asthma')).toBe(true);
  });

  it('rejects identical words and words two edits apart', () => {
    expect(isOneEditAway('asthma', 'asthma')).toBe(false);
    expect(isOneEditAway('astma', 'asthmas')).toBe(false);
  });
});

describe('inverseFrequency', () => {
  it('is the natural log of documents over documents holding the term', () => {
    expect(inverseFrequency(255_000, 25_500)).toBeCloseTo(Math.log(10), 10);
  });

  it('keeps a word every document holds worth a little, so a one-code imported set can match', () => {
    expect(inverseFrequency(1, 1)).toBe(0.1);
    expect(inverseFrequency(3, 3)).toBe(0.1);
  });
});
