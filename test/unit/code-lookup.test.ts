import { describe, expect, it } from 'vitest';
import { lookupCode, looksLikeCode } from '../../src/core/search/code-lookup';
import { codesOf, realParts } from './engine-fixture';

const { cm, pcs } = await realParts();
const lookup = (query: string, limit = 20) => lookupCode(cm.view, query, limit);

describe('looksLikeCode', () => {
  it('takes an ICD-10-CM code with or without its dot, in any case', () => {
    for (const q of ['E11.9', 'e119', 'E119', 'e11.9', 'S52.501A', 'T07.XXXA', 'E11', 'S52.5-']) expect(looksLikeCode('icd10cm', q), q).toBe(true);
  });

  it('takes ICD-10-PCS codes and prefixes, never with a dot', () => {
    expect(looksLikeCode('icd10pcs', '0DTJ4ZZ')).toBe(true);
    expect(looksLikeCode('icd10pcs', '0dtj')).toBe(true);
    expect(looksLikeCode('icd10pcs', '0DT.J4ZZ')).toBe(false);
  });

  it('takes HCPCS Level II as a letter and four digits', () => {
    expect(looksLikeCode('hcpcs', 'J1100')).toBe(true);
    expect(looksLikeCode('hcpcs', 'J110')).toBe(false);
  });

  it('does not take abbreviations without a digit for codes (chf, htn, copd)', () => {
    for (const q of ['chf', 'htn', 'copd', 'afib', 'uti']) {
      expect(looksLikeCode('icd10cm', q), q).toBe(false);
      expect(looksLikeCode('icd10pcs', q), q).toBe(false);
    }
  });
});

describe('lookupCode', () => {
  it('finds a billable code typed with or without its dot, in any case, first and with no problem', () => {
    for (const q of ['e119', 'E11.9', 'E119', 'e11.9']) {
      const result = lookup(q);
      expect(result.hits[0]?.code, q).toBe('E119');
      expect(result.hits[0]?.display).toBe('E11.9');
      expect(result.hits[0]?.billable).toBe(true);
      expect(result.problem).toBeUndefined();
    }
  });

  it('lists the children of a header and says it is not billable (S52.5)', () => {
    const result = lookup('S52.5');
    expect(result.hits[0]?.code).toBe('S525');
    expect(result.hits[0]?.billable).toBe(false);
    expect(codesOf(result.hits.slice(1))).toEqual(expect.arrayContaining(['S5250', 'S5251', 'S5252', 'S5253', 'S5254']));
    expect(result.hits.slice(1).every((h) => h.code.startsWith('S525') && h.code.length === 5)).toBe(true);
    expect(result.problem).toMatch(/header, not billable/);
  });

  it('says a header category is not billable (E11) and lists its subcategories', () => {
    const result = lookup('E11');
    expect(result.problem).toMatch(/E11 is a header, not billable/);
    expect(codesOf(result.hits)).toEqual(expect.arrayContaining(['E11', 'E110', 'E111', 'E112']));
  });

  it('says a 6-character injury code needs a 7th character and offers the completions (S52.501)', () => {
    const result = lookup('S52.501');
    expect(result.problem).toMatch(/^S52\.501 needs a 7th character: A, B, C, D/);
    expect(codesOf(result.hits)).toEqual(expect.arrayContaining(['S52501A', 'S52501D', 'S52501S']));
    expect(result.hits.filter((h) => h.code.length === 7).every((h) => h.billable)).toBe(true);
  });

  it('fills the placeholder X of a 7th-character code typed without it (T07A -> T07.XXXA)', () => {
    const result = lookup('T07A');
    expect(codesOf(result.hits)).toEqual(['T07XXXA']);
    expect(result.problem).toMatch(/placeholder X: T07\.XXXA/);
  });

  it('fills a single placeholder X before the 7th character (W2189A -> W21.89XA)', () => {
    const result = lookup('W2189A');
    expect(result.hits[0]?.display).toBe('W21.89XA');
    expect(result.problem).toMatch(/placeholder X: W21\.89XA/);
  });

  it('says why an unknown code is not a code and lists the valid codes under its longest existing ancestor', () => {
    const result = lookup('Z99.999');
    expect(result.problem).toMatch(/Z99\.999 is not a.*ICD-10-CM code; valid codes under Z99/);
    expect(result.hits[0]?.code).toBe('Z99');
    expect(result.hits.slice(1).every((h) => h.code.startsWith('Z99'))).toBe(true);
  });

  it('says a code with no existing ancestor is not a code and returns nothing', () => {
    const result = lookup('U99.9');
    expect(result.hits).toEqual([]);
    expect(result.problem).toMatch(/U99\.9 is not a.*ICD-10-CM code/);
  });

  it('finds an ICD-10-PCS code exactly (0DTJ4ZZ)', () => {
    const result = lookupCode(pcs.view, '0dtj4zz', 20);
    expect(result.hits[0]?.code).toBe('0DTJ4ZZ');
    expect(result.hits[0]?.title).toMatch(/Resection of Appendix, Percutaneous Endoscopic/);
    expect(result.problem).toBeUndefined();
  });

  it('completes a partial ICD-10-PCS code and says PCS codes have 7 characters', () => {
    const result = lookupCode(pcs.view, '0DTJ', 20);
    expect(result.problem).toMatch(/7 characters/);
    expect(codesOf(result.hits)).toContain('0DTJ4ZZ');
    expect(result.hits.every((h) => h.code.startsWith('0DTJ'))).toBe(true);
  });

  it('keeps to the limit', () => {
    expect(lookup('S52.501', 3).hits).toHaveLength(3);
  });
});
