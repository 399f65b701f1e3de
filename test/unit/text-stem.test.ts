import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/core/text/stem';

const same = (...words: string[]) => new Set(words.map(stemWord)).size === 1;

describe('stemWord', () => {
  it('makes singular and plural meet (-s, -es, -ies)', () => {
    expect(same('ulcer', 'ulcers')).toBe(true);
    expect(same('abscess', 'abscesses')).toBe(true);
    expect(same('artery', 'arteries')).toBe(true);
    expect(same('reflex', 'reflexes')).toBe(true);
    expect(same('patch', 'patches')).toBe(true);
    expect(same('virus', 'viruses')).toBe(true);
  });

  it('handles Latin and Greek plurals (-ae, -i, -a, -ices, -oses)', () => {
    expect(same('vertebra', 'vertebrae')).toBe(true);
    expect(same('bulla', 'bullae')).toBe(true);
    expect(same('embolus', 'emboli')).toBe(true);
    expect(same('staphylococcus', 'staphylococci')).toBe(true);
    expect(same('streptococcus', 'streptococci')).toBe(true);
    expect(same('diverticulum', 'diverticula')).toBe(true);
    expect(same('varix', 'varices')).toBe(true);
    expect(same('stenosis', 'stenoses')).toBe(true);
    expect(same('diagnosis', 'diagnoses')).toBe(true);
  });

  it('leaves words that only end in s alone', () => {
    for (const w of ['diabetes', 'mellitus', 'pelvis', 'sepsis', 'psoriasis', 'herpes', 'mumps', 'measles', 'pancreas', 'status']) {
      expect(stemWord(w)).toBe(w);
    }
  });

  it('makes -ing and -ed forms meet their base', () => {
    expect(same('fracture', 'fractured', 'fractures')).toBe(true);
    expect(same('infect', 'infected', 'infecting')).toBe(true);
    expect(same('wheeze', 'wheezing')).toBe(true);
    expect(same('bruise', 'bruised', 'bruising')).toBe(true);
    expect(same('scar', 'scarring')).toBe(true);
    expect(stemWord('bleeding')).toBe('bleed');
    // 'burned with boiling water' is a scald (X12), not a boil (furuncle).
    expect(same('boil', 'boiling')).toBe(false);
    expect(stemWord('swelling')).toBe('swell');
    // 'bitten by a dog' and 'Open bite of left hand' (S61.452) name one act.
    expect(same('bite', 'bitten', 'bites')).toBe(true);
  });

  it('does not strip -ed or -ing from short words', () => {
    expect(stemWord('bleed')).toBe('bleed');
    expect(stemWord('bled')).toBe('bled');
    expect(stemWord('string')).toBe('string');
  });

  it('maps -ical to -ic', () => {
    expect(same('anatomic', 'anatomical')).toBe(true);
  });

  it('drops a possessive', () => {
    expect(same("crohn's", 'crohn')).toBe(true);
  });

  it('returns words with digits and words under four letters unchanged', () => {
    expect(stemWord('e11.9')).toBe('e11.9');
    expect(stemWord('3a')).toBe('3a');
    expect(stemWord('s/p')).toBe('s/p');
    expect(stemWord('has')).toBe('has');
  });
});
