import { describe, expect, it } from 'vitest';
import { CodeTableView } from '../../src/core/search/code-table-view';
import { realParts } from './engine-fixture';

const { cm } = await realParts();

describe('CodeTableView.defaultBillable', () => {
  it('takes the unspecified branch, the initial encounter, and none where the type must be documented', () => {
    const view = new CodeTableView(cm.table);
    const at = (code: string) => view.indexOf(code)!;
    const def = (code: string) => {
      const k = view.defaultBillable(at(code));
      return k === undefined ? undefined : cm.table.codes[k];
    };
    expect(def('I50')).toBe('I509');
    expect(def('E11')).toBe('E119');
    expect(def('S060X')).toBe('S060X9A');
    expect(def('G89')).toBeUndefined();
    expect(view.defaultBillable(at('I509'))).toBeUndefined();
    // Only along the unspecified branch: 'Allergy to eggs, unspecified' is not what 'Food allergy status' defaults to.
    expect(def('Z9101')).toBeUndefined();
    expect(def('S720')).toBe('S72009A');
    expect(def('T360')).toBeUndefined();
    // The most defaults taken: number of placentas, of sacs and the trimester all unspecified.
    expect(def('O300')).toBe('O30009');
    // A recurrent episode is not the default among equals; 'not specified as recurrent' is.
    expect(def('H6519')).toBe('H65199');
    expect(def('K409')).toBe('K4090');
  });

  it('answers a header asked again as it did the first time (remembered answers match a fresh view)', () => {
    const warm = new CodeTableView(cm.table);
    const headers: number[] = [];
    for (let i = 0; i < cm.table.codes.length; i += 7) if (!warm.isBillable(i)) headers.push(i);
    const first = headers.map((i) => warm.defaultBillable(i));
    expect(headers.map((i) => warm.defaultBillable(i))).toEqual(first);
    const fresh = new CodeTableView(cm.table);
    expect(headers.map((i) => fresh.defaultBillable(i))).toEqual(first);
    expect(first.filter((k) => k !== undefined).length).toBeGreaterThan(1000);
  });
});
