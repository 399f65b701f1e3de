import { describe, expect, it } from 'vitest';
import {
  abbreviationKeys, allAbbreviations, correctSpelling, expandAbbreviations, findAbbreviations, lookupAbbreviation,
} from '../../src/core/text/abbreviations';
import { tokenize } from '../../src/core/text/tokenize';

const readings = (text: string) => expandAbbreviations(tokenize(text), text).map((r) => r.map((t) => t.norm).join(' '));

describe('allAbbreviations', () => {
  it('holds every data row with its kind, expansions split into words', () => {
    expect(allAbbreviations().length).toBeGreaterThanOrEqual(400);
    const copd = allAbbreviations().find((a) => a.key === 'copd exac')!;
    expect(copd.kind).toBe('clinical');
    expect(copd.expansions[0]).toEqual(['chronic', 'obstructive', 'pulmonary', 'disease', 'with', 'acute', 'exacerbation']);
  });
});

describe('abbreviationKeys', () => {
  it('gives every key of the list once, each one lookupAbbreviation finds', () => {
    const keys = [...abbreviationKeys()];
    expect(new Set(keys)).toEqual(new Set(allAbbreviations().map((a) => a.key)));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys).toContain('copd exac');
    expect(keys.every((key) => lookupAbbreviation(key)?.key === key)).toBe(true);
  });
});

describe('lookupAbbreviation', () => {
  it('finds an entry by its normalised key', () => {
    expect(lookupAbbreviation('chf')?.expansions[0]).toEqual(['congestive', 'heart', 'failure']);
    expect(lookupAbbreviation('s/p')?.kind).toBe('cue');
    expect(lookupAbbreviation('nos')?.kind).toBe('shortTitle');
    expect(lookupAbbreviation('heart attack')?.kind).toBe('lay');
  });

  it('returns undefined for a word not in the list', () => {
    expect(lookupAbbreviation('pneumonia')).toBeUndefined();
  });
});

describe('correctSpelling', () => {
  it('maps British spellings to American', () => {
    expect(['haemorrhage', 'oedema', 'anaemia', 'oesophagus', 'tumour', 'paediatric'].map(correctSpelling))
      .toEqual(['hemorrhage', 'edema', 'anemia', 'esophagus', 'tumor', 'pediatric']);
  });

  it('corrects common misspellings', () => {
    expect(['diabetis', 'pnuemonia', 'hypertention', 'arthritus'].map(correctSpelling))
      .toEqual(['diabetes', 'pneumonia', 'hypertension', 'arthritis']);
  });

  it('leaves correct words alone', () => {
    expect(correctSpelling('pneumonia')).toBe('pneumonia');
  });
});

describe('findAbbreviations', () => {
  it('prefers the longest entry ("copd exac" over "copd", "a fib" over "fib")', () => {
    const text = 'COPD exac and a fib';
    expect(findAbbreviations(tokenize(text), text).map((m) => m.entry.key)).toEqual(['copd exac', 'a fib']);
  });

  it('reads across the full stop of an initial ("E. coli", "H. pylori")', () => {
    const text = 'UTI due to E. coli';
    const m = findAbbreviations(tokenize(text), text);
    expect(m.map((x) => x.entry.key)).toEqual(['uti', 'e coli']);
    expect(text.slice(m[1]!.start, m[1]!.end)).toBe('E. coli');
  });

  it('matches capitals-only entries only where written in capitals', () => {
    const upper = 'Known ALL in remission';
    const lower = 'all of them';
    expect(findAbbreviations(tokenize(upper), upper).map((m) => m.entry.key)).toEqual(['all']);
    expect(findAbbreviations(tokenize(lower), lower)).toEqual([]);
    expect(findAbbreviations(tokenize(upper))).toEqual([]); // without the text, no capitals can be seen
  });

  it('gives token indices and character spans of each match', () => {
    const text = 'Pt s/p CABG';
    const [pt, sp, cabg] = findAbbreviations(tokenize(text), text);
    expect([pt!.from, pt!.to, sp!.from, sp!.to, cabg!.from]).toEqual([0, 1, 1, 2, 2]);
    expect(text.slice(cabg!.start, cabg!.end)).toBe('CABG');
  });
});

describe('expandAbbreviations', () => {
  it('rewrites an abbreviation to the words of its expansion', () => {
    expect(readings('HTN with CHF')[0]).toBe('hypertension with congestive heart failure');
  });

  it('keeps the abbreviation\'s span on every expanded word', () => {
    const text = 'Known CHF.';
    const [first] = expandAbbreviations(tokenize(text), text);
    const expanded = first!.filter((t) => t.start === 6);
    expect(expanded.map((t) => t.norm)).toEqual(['congestive', 'heart', 'failure']);
    expect(expanded.every((t) => text.slice(t.start, t.end) === 'CHF')).toBe(true);
  });

  it('expands the ICD-9 short title words', () => {
    expect(readings('Ac myocard infarct NEC')[0]).toBe('acute myocardial infarction nec');
    expect(readings('Ac myocard infarct NEC')).toContain('acute myocardial infarction other specified');
    expect(readings('Paratyphoid fever NOS')[0]).toBe('paratyphoid fever unspecified');
    expect(readings('Malig neo lung w/o mets')[0]).toBe('malignant neoplasm lung without metastases');
  });

  it('expands lay words and type 2 diabetes variants', () => {
    expect(readings('heart attack')[0]).toBe('myocardial infarction');
    expect(readings('high blood pressure')[0]).toBe('hypertension');
    expect(readings('dm2')[0]).toBe('type 2 diabetes mellitus');
    expect(readings('DM type 2')[0]).toBe('type 2 diabetes mellitus');
  });

  it('leaves an ambiguous abbreviation as written in the first reading and offers each meaning', () => {
    const r = readings('MS');
    expect(r[0]).toBe('ms');
    expect(r).toContain('multiple sclerosis');
    expect(r).toContain('mitral stenosis');
  });

  it('offers the other synonyms of an entry as further readings', () => {
    expect(readings('CAD')).toEqual(['coronary artery disease', 'atherosclerotic heart disease of native coronary artery']);
  });

  it('corrects British spellings and misspellings in the first reading', () => {
    expect(readings('Oedema and pnuemonia')[0]).toBe('edema and pneumonia');
  });

  it('returns nothing when nothing is in the list', () => {
    expect(readings('pneumonia of the left lung')).toEqual([]);
  });

  it('gives at most 16 readings', () => {
    expect(readings('MS CP ASD BPD GBS PD SCD IUD PPD RA MS CP ASD BPD GBS').length).toBe(16);
  });
});
