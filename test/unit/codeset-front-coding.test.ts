import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontCode, frontDecode } from '../../src/core/codeset/front-coding';

describe('frontCode', () => {
  it('stores each title as the start it shares with the title before, and the rest', () => {
    const titles = ['Type 2 diabetes mellitus', 'Type 2 diabetes mellitus with hyperglycemia', 'Type 1', '', 'Cholera'];
    expect(frontCode(titles)).toEqual({
      shared: [0, 24, 5, 0, 0],
      rest: ['Type 2 diabetes mellitus', ' with hyperglycemia', '1', '', 'Cholera'],
    });
  });

  it('round-trips any titles through frontDecode and JSON, surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.stringMatching(/^(ab|a😀|😀b|😀){0,4}$/)), { maxLength: 20 }), (titles) => {
        const { shared, rest } = JSON.parse(JSON.stringify(frontCode(titles)));
        expect(frontDecode(shared, rest)).toEqual(titles);
      }),
    );
  });
});

describe('frontDecode', () => {
  it('throws naming the row when a shared length reaches past the title before', () => {
    expect(() => frontDecode([0, 9], ['abc', 'd'])).toThrow(/row 1 shares 9 characters of a 3-character title/);
  });
});
