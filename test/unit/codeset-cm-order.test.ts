import { describe, expect, it } from 'vitest';
import { parseAddenda } from '../../codesets/parse/addenda';
import { parseCmOrder } from '../../codesets/parse/cm-order';
import { officialFile } from './codeset-real-files';

const count = (flags: Uint8Array) => flags.reduce((n, f) => n + f, 0);

describe('parseCmOrder', () => {
  it('reads FY2026: 98,186 codes of which 74,719 billable', () => {
    const table = parseCmOrder(officialFile('icd10cm/2026/icd10cm_order_2026.txt'), 2026, 'icd10cm_order_2026.txt');
    expect(table.codes.length).toBe(98_186);
    expect(count(table.billable)).toBe(74_719);
    expect(table.codes.slice(0, 2)).toEqual(['A00', 'A000']);
    expect(table.titles[1]).toBe('Cholera due to Vibrio cholerae 01, biovar cholerae');
    const j44 = table.codes.indexOf('J449');
    expect(table.titles[j44]).toBe('Chronic obstructive pulmonary disease, unspecified');
    expect(table.billable[table.codes.indexOf('J44')]).toBe(0);
  });

  it('reads FY2021 (CRLF lines): 72,621 billable of 95,358', () => {
    const table = parseCmOrder(officialFile('icd10cm/2021/icd10cm-order-Jan-2021.txt'), 2021, 'icd10cm-order-Jan-2021.txt');
    expect(table.codes.length).toBe(95_358);
    expect(count(table.billable)).toBe(72_621);
    expect(table.titles.every((t) => !t.endsWith('\r'))).toBe(true);
  });

  it('throws on a line that does not follow the layout, naming file and line', () => {
    expect(() => parseCmOrder('00001 A00     0 Cholera\nnonsense line\n', 2026, 'x.txt')).toThrow(/x\.txt line 2/);
  });
});

describe('parseAddenda', () => {
  it('reads the FY2026 order addenda with flags and long titles', () => {
    const rows = parseAddenda(officialFile('icd10cm/2026/icd10cm_order_addenda_2026.txt'));
    expect(rows.filter((r) => r.action === 'A').length).toBe(630);
    expect(rows.filter((r) => r.action === 'D').length).toBe(28);
    expect(rows).toContainEqual({ action: 'A', code: 'B8801', billable: '1', title: 'Infestation by Demodex mites' });
    expect(rows).toContainEqual({ action: 'D', code: 'B880', billable: '1', title: 'Other acariasis' });
  });

  it('reads the PCS codes addenda, which have no flag', () => {
    const rows = parseAddenda(officialFile('icd10pcs/2026/codes_addenda_2026.txt'));
    expect(rows.filter((r) => r.action === 'A').length).toBe(156);
    expect(rows[0]).toEqual({ action: 'A', code: '00H033J', billable: '-', title: 'Insertion of Infusion Device into Brain, Temporary, Percutaneous Approach' });
  });
});
