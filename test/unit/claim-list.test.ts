import { describe, expect, it } from 'vitest';
import { addCode, moveCode, removeCode } from '../../src/shared/claim-list';

const e119 = { set: 'icd10cm' as const, code: 'E119' };
const i10 = { set: 'icd10cm' as const, code: 'I10' };
const j1100 = { set: 'hcpcs' as const, code: 'J1100' };

describe('addCode', () => {
  it('appends a new code and ignores one already listed', () => {
    expect(addCode([e119], i10)).toEqual([e119, i10]);
    expect(addCode([e119, i10], { ...e119 })).toEqual([e119, i10]);
  });
});

describe('removeCode', () => {
  it('removes the code of the same set only', () => {
    expect(removeCode([e119, i10], { set: 'hcpcs', code: 'I10' })).toEqual([e119, i10]);
    expect(removeCode([e119, i10], i10)).toEqual([e119]);
  });
});

describe('moveCode', () => {
  it('moves an item up and down and clamps the target', () => {
    expect(moveCode([e119, i10, j1100], 2, 0)).toEqual([j1100, e119, i10]);
    expect(moveCode([e119, i10, j1100], 0, 9)).toEqual([i10, j1100, e119]);
    expect(moveCode([e119, i10], 5, 0)).toEqual([e119, i10]);
  });
});
