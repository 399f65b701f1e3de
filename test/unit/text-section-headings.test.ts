import { describe, expect, it } from 'vitest';
import { HEADINGS, NEEDS_COLON } from '../../src/core/text/section-headings';

describe('HEADINGS', () => {
  it('writes every heading lower case, single-spaced and trimmed', () => {
    for (const names of Object.values(HEADINGS)) for (const n of names) expect(n).toBe(n.toLowerCase().replace(/\s+/g, ' ').trim());
  });

  it('gives no heading to two kinds', () => {
    const all = Object.values(HEADINGS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('NEEDS_COLON', () => {
  it('holds only listed headings', () => {
    const all = new Set(Object.values(HEADINGS).flat());
    expect([...NEEDS_COLON].filter((n) => !all.has(n))).toEqual([]);
  });
});
