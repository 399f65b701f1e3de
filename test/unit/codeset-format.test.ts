import { describe, expect, it } from 'vitest';
import { formatCode, normalizeCode, withSeventh } from '../../src/core/codeset/format';

describe('withSeventh', () => {
  it('fills placeholder X up to six characters before the 7th character', () => {
    expect(formatCode('icd10cm', withSeventh('W2189', 'A'))).toBe('W21.89XA');
    expect(formatCode('icd10cm', withSeventh('T07', 'A'))).toBe('T07.XXXA');
    expect(formatCode('icd10cm', withSeventh('S52301', 'A'))).toBe('S52.301A');
  });
});

describe('normalizeCode', () => {
  it('strips dots and hyphens and upper-cases', () => {
    expect(normalizeCode('s52.5-')).toBe('S525');
    expect(normalizeCode('W21.89XA')).toBe('W2189XA');
  });
});
