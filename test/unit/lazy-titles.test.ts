import { describe, expect, it } from 'vitest';
import { lazyTitles, materializeTitles, plainTitles, type TitleBytes } from '../../src/core/codeset/lazy-titles';
import type { CodeTable } from '../../src/core/types';

/** Titles stored as the code table file stores them: '\n'-joined UTF-8 and where each starts. */
function stored(titles: string[]): TitleBytes {
  const starts = new Uint32Array(titles.length + 1);
  titles.forEach((t, i) => (starts[i + 1] = starts[i]! + new TextEncoder().encode(t).length + 1));
  return { bytes: new TextEncoder().encode(titles.join('\n')), starts };
}

const first = ['Cholera', '\uFEFFSjögren syndrome', ''];
const second = ['Typhoid fever', 'Ünspecified 🦠 infection'];
const all = [...first, ...second];
const lazy = () => lazyTitles([stored(first), stored(second)], all.length, () => [...all]);

describe('lazyTitles', () => {
  it('reads every title, across shards, as the plain array holds it (a leading U+FEFF, accents, emoji and empty ones)', () => {
    const titles = lazy();
    expect(all.map((_, i) => titles[i])).toEqual(all);
    expect(titles[all.length]).toBeUndefined();
  });

  it('answers array methods, iteration, `in` and JSON as the plain array does', () => {
    const titles = lazy();
    expect(titles.length).toBe(5);
    expect(Array.isArray(titles)).toBe(true);
    expect(titles.indexOf('Typhoid fever')).toBe(3);
    expect(titles.map((t) => t.length)).toEqual(all.map((t) => t.length));
    expect([...titles]).toEqual(all);
    expect(2 in titles).toBe(true);
    expect(Object.keys(titles)).toEqual(['0', '1', '2', '3', '4']);
    expect(JSON.parse(JSON.stringify(titles))).toEqual(all);
  });
});

describe('materializeTitles', () => {
  it("swaps a table's lazy titles for the plain array, and leaves a plain one as it is", () => {
    const table = { titles: lazy() } as CodeTable;
    materializeTitles(table);
    expect(table.titles).toEqual(all);
    const plain = table.titles;
    materializeTitles(table);
    expect(table.titles).toBe(plain);
    expect(plainTitles(plain)).toBe(plain);
  });
});
