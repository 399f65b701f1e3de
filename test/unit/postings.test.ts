import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from '../../src/core/search/postings';

describe('encodePostings', () => {
  it('round-trips any ascending list of ids through decodePostings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 300 }), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        expect([...decodePostings(encodePostings(sorted))]).toEqual(sorted);
      }),
    );
  });

  it('writes consecutive ids as one byte each', () => {
    expect([...encodePostings([0, 1, 2, 3])]).toEqual([0, 0, 0, 0]);
  });

  it('throws on ids that do not ascend', () => {
    expect(() => encodePostings([3, 3])).toThrow(/ascend/);
  });
});

describe('decodePostings', () => {
  it('decodes one list out of several stored end to end', () => {
    const first = encodePostings([1, 200, 70_000]);
    const second = encodePostings([5, 6]);
    const all = new Uint8Array([...first, ...second]);
    expect([...decodePostings(all, first.length, all.length)]).toEqual([5, 6]);
  });

  it('decodes in one pass with the count the index stores, and throws when the list holds another', () => {
    const bytes = encodePostings([3, 9, 400]);
    expect([...decodePostings(bytes, 0, bytes.length, 3)]).toEqual([3, 9, 400]);
    expect(() => decodePostings(bytes, 0, bytes.length, 2)).toThrow(/3 ids where 2 were stored/);
  });

  it('throws on a list cut in the middle of a number', () => {
    const bytes = encodePostings([5000]);
    expect(() => decodePostings(bytes.subarray(0, -1))).toThrow(/truncated/);
  });

  it('throws on a gap longer than any id, as a corrupt artifact has', () => {
    expect(() => decodePostings(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))).toThrow(/longer than 5 bytes/);
    expect(() => decodePostings(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(/out of range/);
  });
});
