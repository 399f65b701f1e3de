import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from '../../src/core/search/postings';

describe('encodePostings', () => {
  it('round-trips any ascending list of ids through decodePostings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 300 }), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        expect([...decodePostings(encodePostings(sorted))]).toEqual(sorted);
      }),
    );
  });

  it('writes consecutive ids as one character each', () => {
    expect(encodePostings([0, 1, 2, 3])).toBe('0000');
  });

  it('throws on ids that do not ascend', () => {
    expect(() => encodePostings([3, 3])).toThrow(/ascend/);
  });
});

describe('decodePostings', () => {
  it('throws on a character outside the code, as a corrupt artifact has', () => {
    expect(() => decodePostings('01~')).toThrow(/bad character/);
  });

  it('throws on a list cut in the middle of a number', () => {
    const text = encodePostings([5000]);
    expect(() => decodePostings(text.slice(0, -1))).toThrow(/truncated/);
  });
});
