import { describe, expect, it } from 'vitest';
import { lazyRows, materializeRows, plainRows, type RowBytes } from '../../src/core/codeset/lazy-rows';
import type { CodeTable } from '../../src/core/types';

/** Titles stored as the code table file stores them: '\n'-joined UTF-8 and where each starts. */
function stored(titles: string[]): RowBytes {
  const starts = new Uint32Array(titles.length + 1);
  titles.forEach((t, i) => (starts[i + 1] = starts[i]! + new TextEncoder().encode(t).length + 1));
  return { bytes: new TextEncoder().encode(titles.join('\n')), starts };
}

const first = ['Cholera', '\uFEFFSjögren syndrome', ''];
const second = ['Typhoid fever', 'Ünspecified 🦠 infection'];
const all = [...first, ...second];
const lazy = () => lazyRows([stored(first), stored(second)], all.length, () => [...all]);

describe('lazyRows', () => {
  it('reads every title, across shards, as the plain array holds it (a leading U+FEFF, accents, emoji and empty ones)', () => {
    const titles = lazy();
    expect(all.map((_, i) => titles[i])).toEqual(all);
    expect(titles[all.length]).toBeUndefined();
  });

  it('throws, rather than read another row, where a damaged start does not follow a line break', () => {
    const damaged = stored(first);
    damaged.starts[1] = 3;
    const titles = lazyRows([damaged], first.length, () => first);
    expect(() => titles[0]).toThrow(/row 0 of a code table does not lie between line breaks/);
    expect(() => titles[1]).toThrow(/row 1 of a code table does not lie between line breaks/);
    expect(titles[2]).toBe('');
  });

  it('answers array methods, iteration, `in` and JSON as the plain array does', () => {
    const titles = lazy();
    expect(titles.length).toBe(5);
    expect(Array.isArray(titles)).toBe(true);
    expect(titles.indexOf('Typhoid fever')).toBe(3);
    expect(titles.map((t: string) => t.length)).toEqual(all.map((t) => t.length));
    expect([...titles]).toEqual(all);
    expect(2 in titles).toBe(true);
    expect(Object.keys(titles)).toEqual(['0', '1', '2', '3', '4']);
    expect(JSON.parse(JSON.stringify(titles))).toEqual(all);
  });
});

describe('materializeRows', () => {
  it("swaps a table's lazy codes and titles for plain arrays, and leaves plain ones as they are", () => {
    const table = { codes: ['A00', 'B01', 'C02', 'D03', 'E04'], titles: lazy() } as CodeTable;
    const codes = table.codes;
    materializeRows(table);
    expect(table.titles).toEqual(all);
    expect(table.codes).toBe(codes);
    const plain = table.titles;
    materializeRows(table);
    expect(table.titles).toBe(plain);
    expect(plainRows(plain)).toBe(plain);
  });
});
