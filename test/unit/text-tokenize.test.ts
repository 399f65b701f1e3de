import { describe, expect, it } from 'vitest';
import { TRIGGER_RULES } from '../../src/core/text/context-rules';
import { isWordToken, normalizeWord, phraseNorms, tokenize } from '../../src/core/text/tokenize';

const forms = (text: string) => tokenize(text).map((t) => t.norm);
const slices = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('normalizeWord', () => {
  it('lower-cases and folds accents', () => {
    expect(normalizeWord('Sjögren')).toBe('sjogren');
    expect(normalizeWord('CAFÉ')).toBe('cafe');
  });

  it('spells out ligatures and makes curly quotes and dashes ASCII', () => {
    expect(normalizeWord('Hæmorrhage')).toBe('haemorrhage');
    expect(normalizeWord('Crohn\u2019s')).toBe("crohn's");
    expect(normalizeWord('\u2014')).toBe('-');
  });

  it('decomposes compatibility characters such as superscripts', () => {
    expect(normalizeWord('mm³')).toBe('mm3');
  });
});

describe('tokenize', () => {
  it('gives offsets into the original text', () => {
    const text = '  Patient has CHF.';
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([[2, 9], [10, 13], [14, 17], [17, 18]]);
  });

  it('keeps codes with their dot as one code token', () => {
    const t = tokenize('Dx E11.9 and S52.502A, PCS 0DTJ4ZZ, HCPCS J1100');
    expect(t.filter((x) => x.kind === 'code').map((x) => x.norm)).toEqual(['e11.9', 's52.502a', '0dtj4zz', 'j1100']);
  });

  it('does not take T2DM or B12 for codes', () => {
    expect(tokenize('T2DM B12').map((t) => t.kind)).toEqual(['word', 'word']);
  });

  it('keeps decimals, thousands and fractions as one number token', () => {
    const text = 'Ta 40.2 C; leukocytes 14,610; T.A: 109/68 mmHg; Coombs 1/1280';
    expect(tokenize(text).filter((t) => t.kind === 'number').map((t) => t.norm)).toEqual(['40.2', '14,610', '109/68', '1/1280']);
  });

  it('keeps s/p, r/o, w/o and h/o as single tokens', () => {
    expect(forms('s/p CABG, r/o PNA, w/o fever, h/o MI')).toEqual(['s/p', 'cabg', ',', 'r/o', 'pna', ',', 'w/o', 'fever', ',', 'h/o', 'mi']);
  });

  it("keeps a chain of short forms as one token: 'N/V/D' (nausea, vomiting, diarrhea)", () => {
    expect(forms('c/o N/V/D x 2 days')).toEqual(['c/o', 'n/v/d', 'x', '2', 'days']);
    expect(forms('and/or N/V')).toEqual(['and', '/', 'or', 'n/v']);
  });

  it('keeps "w/" for with, whether spaced or not', () => {
    expect(forms('w/ fever')).toEqual(['w/', 'fever']);
    expect(forms('w/fever')).toEqual(['w/', 'fever']);
  });

  it('splits longer slash pairs such as and/or', () => {
    expect(forms('fever/chills and/or')).toEqual(['fever', '/', 'chills', 'and', '/', 'or']);
  });

  it('keeps stages and alphanumerics such as 3a and T2DM whole', () => {
    expect(forms('CKD 3a, T2DM')).toEqual(['ckd', '3a', ',', 't2dm']);
  });

  it('splits hyphenated words without a token for the hyphen', () => {
    expect(forms('non-Hodgkin 37-year-old')).toEqual(['non', 'hodgkin', '37', 'year', 'old']);
  });

  it('keeps an inner apostrophe (straight or curly) in the word', () => {
    expect(slices('Crohn\u2019s disease')).toEqual(['Crohn\u2019s', 'disease']);
    expect(forms("Crohn's")).toEqual(["crohn's"]);
  });

  it('gives punctuation its own tokens and drops white space', () => {
    expect(tokenize('fever: none;').map((t) => t.kind)).toEqual(['word', 'punct', 'word', 'punct']);
  });

  it('ends a full stop sentence without swallowing the dot', () => {
    expect(forms('He was 10. Then')).toEqual(['he', 'was', '10', '.', 'then']);
  });

  it('tokenizes only inside [offset, end) when given', () => {
    const text = 'abc def ghi';
    expect(tokenize(text, 4, 7).map((t) => text.slice(t.start, t.end))).toEqual(['def']);
  });

  it('handles letters outside the basic plane and combining marks', () => {
    const text = 'cafe\u0301 𝒜bc 😀';
    const t = tokenize(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['cafe\u0301', '𝒜bc', '😀']);
    expect(t[0]!.norm).toBe('cafe');
  });

  // ASCII is read without the Unicode patterns: where it meets other characters, these decide as before.
  it('reads ASCII next to other letters, digits and white space as the Unicode classes do', () => {
    expect(slices('Sjögren syndrome, naïve-appearing')).toEqual(['Sjögren', 'syndrome', ',', 'naïve', 'appearing']);
    expect(slices('2٫5 ٣.٤ x²')).toEqual(['2', '٫', '5', '٣.٤', 'x²']);
    expect(slices('a\u000bb\u000cc\u00a0d\u0007')).toEqual(['a', 'b', 'c', 'd', '\u0007']);
    expect(slices('Crohn\u2019s ½/3')).toEqual(['Crohn\u2019s', '½/3']);
  });
});

describe('isWordToken', () => {
  it('is false for punctuation and true for words, numbers and codes', () => {
    expect(tokenize('E11.9, 40 mg').map(isWordToken)).toEqual([true, false, true, true]);
  });
});

describe('phraseNorms', () => {
  it("gives tokenize's norms for every context trigger phrase, split or tokenized", () => {
    const phrases = TRIGGER_RULES.flatMap((r) => r.phrases);
    expect(phrases.length).toBeGreaterThan(1000);
    for (const phrase of phrases) expect(phraseNorms(phrase), phrase).toEqual(forms(phrase));
  });

  it('tokenizes what is not plain lower-case words: joiners, capitals, punctuation, double spaces', () => {
    for (const phrase of ["can't", 'w/o', '(+)', 'neg for', 'r/o', 'Crohn disease', 'no  evidence', 'non-tender', 'h/o']) {
      expect(phraseNorms(phrase), phrase).toEqual(forms(phrase));
    }
    expect(phraseNorms('w/o')).toEqual(['w/o']);
    expect(phraseNorms('no  evidence')).toEqual(['no', 'evidence']);
  });
});
