import { describe, expect, it } from 'vitest';
import { renderClaimLine } from '../../src/shared/copy-format';
import { spliceAtCaret } from '../../src/shared/insert-text';

const codes = [
  { set: 'icd10cm' as const, code: 'E1165' },
  { set: 'icd10pcs' as const, code: '0DTJ4ZZ' },
  { set: 'hcpcs' as const, code: 'J1100' },
];

describe('renderClaimLine', () => {
  it('writes ICD-10-CM dots only for ICD-10-CM codes', () => {
    expect(renderClaimLine(codes, { separator: 'comma', dots: true })).toBe('E11.65, 0DTJ4ZZ, J1100');
  });
  it('writes codes without dots, space- or newline-separated', () => {
    expect(renderClaimLine(codes, { separator: 'space', dots: false })).toBe('E1165 0DTJ4ZZ J1100');
    expect(renderClaimLine(codes.slice(0, 2), { separator: 'newline', dots: true })).toBe('E11.65\n0DTJ4ZZ');
  });
});

describe('spliceAtCaret', () => {
  it('puts the text into an empty field as it is', () => {
    expect(spliceAtCaret('', 0, 0, 'E11.65', ', ')).toEqual({ value: 'E11.65', caret: 6 });
  });
  it('adds the separator after existing codes', () => {
    expect(spliceAtCaret('I10', 3, 3, 'E11.65', ', ').value).toBe('I10, E11.65');
    expect(spliceAtCaret('I10,', 4, 4, 'E11.65', ', ').value).toBe('I10, E11.65');
    expect(spliceAtCaret('I10 ', 4, 4, 'E11.65', ', ').value).toBe('I10 E11.65');
  });
  it('replaces the selection', () => {
    expect(spliceAtCaret('I10 X99', 4, 7, 'E11.65', ', ')).toEqual({ value: 'I10 E11.65', caret: 10 });
  });
});
