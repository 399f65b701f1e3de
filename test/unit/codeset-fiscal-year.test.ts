import { describe, expect, it } from 'vitest';
import { chooseYear, fiscalYearOf, validOn } from '../../src/core/codeset/fiscal-year';
import { loadAddenda, loadCodeTables } from '../../src/core/codeset/loader';
import { realArtifacts } from './codeset-real-files';

describe('fiscalYearOf', () => {
  it('starts the fiscal year on October 1', () => {
    expect(fiscalYearOf('2026-09-30')).toBe(2026);
    expect(fiscalYearOf('2026-10-01')).toBe(2027);
    expect(fiscalYearOf('2026-12-01')).toBe(2027);
    expect(fiscalYearOf('2025-10-01T23:59:00')).toBe(2026);
    expect(fiscalYearOf(new Date(Date.UTC(2026, 0, 15)))).toBe(2026);
  });

  it('uses the calendar year for HCPCS', () => {
    expect(fiscalYearOf('2026-12-01', 'hcpcs')).toBe(2026);
  });

  it('throws on something that is not a date', () => {
    expect(() => fiscalYearOf('yesterday')).toThrow(/not a date: yesterday/);
  });
});

describe('chooseYear', () => {
  it('takes the date\u2019s own year when it is available', () => {
    expect(chooseYear('2026-03-01', [2026, 2021])).toEqual({ year: 2026, requested: 2026 });
  });

  it('falls back to the newest year with a notice for dates after it', () => {
    expect(chooseYear('2026-12-01', [2026, 2021])).toEqual({
      year: 2026, requested: 2027, notice: 'Dates of service in FY2027; using FY2026 code set (FY2027 files not supplied)',
    });
  });

  it('takes the nearest year for a date between the years supplied, and undefined when none is', () => {
    expect(chooseYear('2021-06-01', [2026, 2021])?.year).toBe(2021);
    expect(chooseYear('2022-06-01', [2026, 2021])?.year).toBe(2021);
    expect(chooseYear('2024-06-01', [2026, 2021])?.year).toBe(2026);
    expect(chooseYear('2024-06-01', [])).toBeUndefined();
  });
});

describe('validOn', async () => {
  const { catalog, read } = await realArtifacts();
  const tables = await loadCodeTables(read, catalog);
  const addenda = [(await loadAddenda(read, catalog, 'icd10cm', 2026))!];

  it('answers from the date\u2019s own code set', () => {
    expect(validOn('B88.01', '2026-01-10', tables, addenda)).toEqual({ valid: true, year: 2026, basis: 'FY2026 code set' });
    expect(validOn('B88.0', '2026-01-10', tables, addenda).valid).toBe(false);
    expect(validOn('J44.9', '2021-01-10', tables, addenda).valid).toBe(true);
  });

  it('undoes the FY2026 addenda for FY2025 dates: B88.01 was added, B88.0 was billable before', () => {
    expect(validOn('B8801', '2025-01-10', tables, addenda)).toEqual({ valid: false, year: 2025, basis: 'FY2026 code set and its addenda' });
    expect(validOn('B880', '2025-01-10', tables, addenda).valid).toBe(true);
    expect(validOn('J449', '2025-01-10', tables, addenda).valid).toBe(true);
  });

  it('uses the newest set with a notice after it, and cannot tell in years with no evidence', () => {
    const late = validOn('J449', '2026-12-01', tables, addenda);
    expect(late).toMatchObject({ valid: true, year: 2026 });
    expect(late.notice).toBe('Dates of service in FY2027; using FY2026 code set (FY2027 files not supplied)');
    expect(validOn('J449', '2023-05-01', tables, addenda)).toEqual({ valid: undefined, year: 2023, basis: 'no FY2023 code set or addenda supplied' });
  });

  it('checks PCS codes too', () => {
    expect(validOn('0DTJ4ZZ', '2026-01-10', tables, [], 'icd10pcs').valid).toBe(true);
    expect(validOn('0DTJ4ZX', '2026-01-10', tables, [], 'icd10pcs').valid).toBe(false);
  });
});
