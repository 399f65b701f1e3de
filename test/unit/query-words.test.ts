import { describe, expect, it } from 'vitest';
import { expandedQueryWords } from '../../src/core/search/query-words';
import { searchTerms } from '../../src/core/search/terms';

const terms = (text: string) => searchTerms(text).join(' ');
const readings = (query: string) => expandedQueryWords(query).map((words) => words.join(' '));

describe('expandedQueryWords', () => {
  it('gives the words as written first, then the abbreviation expanded (chf)', () => {
    const r = readings('chf');
    expect(r[0]).toBe('chf');
    expect(r).toContain(terms('congestive heart failure'));
  });

  it('expands a two-word entry as one (copd exac)', () => {
    expect(readings('copd exac')).toContain(terms('chronic obstructive pulmonary disease with acute exacerbation'));
  });

  it('corrects a misspelling in a further reading (pnuemonia)', () => {
    expect(readings('pnuemonia')).toContain(terms('pneumonia'));
  });

  it('offers each meaning of an ambiguous entry, at most 5 readings (ms)', () => {
    const r = readings('ms');
    expect(r.length).toBeGreaterThan(2);
    expect(r.length).toBeLessThanOrEqual(5);
    expect(r).toContain(terms('multiple sclerosis'));
  });

  it('gives each reading once and none for empty text', () => {
    const r = readings('htn htn');
    expect(r).toEqual([...new Set(r)]);
    expect(expandedQueryWords('  ')).toEqual([]);
  });

  it('gives one reading for words with nothing to expand', () => {
    expect(readings('pneumonia')).toEqual([terms('pneumonia')]);
  });
});
