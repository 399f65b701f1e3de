import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, decodePostingsBitset, encodePostings } from '../../src/core/search/postings';

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

describe('decodePostingsBitset', () => {
  it('sets the bits of exactly the ids decodePostings gives, for any list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 5000 })), (ids) => {
        const sorted = [...ids].sort((a, b) => a - b);
        const bytes = encodePostings(sorted);
        const bits = decodePostingsBitset(bytes, 0, bytes.length, sorted.length, 5001);
        const set = [...Array(5001).keys()].filter((d) => bits[d >>> 5]! & (1 << (d & 31)));
        expect(set).toEqual([...decodePostings(bytes)]);
      }),
    );
  });

  it('throws where decodePostings throws', () => {
    const bytes = encodePostings([3, 9, 400]);
    expect(() => decodePostingsBitset(bytes, 0, bytes.length, 2, 500)).toThrow(/3 ids where 2 were stored/);
    expect(() => decodePostingsBitset(bytes, 0, bytes.length - 1, 3, 500)).toThrow(/truncated/);
    expect(() => decodePostingsBitset(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]), 0, 5, 1, 500)).toThrow(/out of range/);
  });
});
