import type { CodeSystem, CodeTable } from '../types';
import { normalizeCode } from './format';
import type { Addenda } from './loader';
import { codeIndex } from './code-index';

/**
 * The fiscal year of a date of service (ISO 'YYYY-MM-DD' or Date, read as a calendar date in UTC):
 * FY2027 runs 2026-10-01 .. 2027-09-30, so 2026-09-30 -> 2026 and 2026-10-01 -> 2027.
 * HCPCS is versioned by calendar year, so for 'hcpcs' this returns the calendar year.
 */
export function fiscalYearOf(date: string | Date, system: CodeSystem = 'icd10cm'): number {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(d.getTime())) throw new Error(`fiscal-year: not a date: ${String(date)}`);
  const year = d.getUTCFullYear();
  return system === 'hcpcs' || d.getUTCMonth() < 9 ? year : year + 1;
}

/** The code set year to use for a date, and a notice for the coder when it is not the year the date asks for. */
export interface YearChoice {
  year: number;
  requested: number;
  notice?: string;
}

/**
 * Picks which of the `available` years applies to a date of service: the date's own year when supplied,
 * else the nearest supplied year (the newer on a tie), with a notice such as
 * "Dates of service in FY2027; using FY2026 code set (FY2027 files not supplied)". Undefined when none is available.
 */
export function chooseYear(date: string | Date, available: number[], system: CodeSystem = 'icd10cm'): YearChoice | undefined {
  const requested = fiscalYearOf(date, system);
  if (available.includes(requested)) return { year: requested, requested };
  const year = [...available].sort((a, b) => Math.abs(a - requested) - Math.abs(b - requested) || b - a)[0];
  if (year === undefined) return undefined;
  const fy = system === 'hcpcs' ? '' : 'FY';
  return { year, requested, notice: `Dates of service in ${fy}${requested}; using ${fy}${year} code set (${fy}${requested} files not supplied)` };
}

/** Whether a code was valid for submission on a date; `valid` is undefined when the years present cannot tell. */
export interface Validity {
  valid: boolean | undefined;
  /** Year of the code set the answer is read from. */
  year: number;
  /** In a coder's words: which files the answer rests on, or why there is none. */
  basis: string;
  notice?: string;
}

function isBillable(table: CodeTable, raw: string): boolean {
  const i = codeIndex(table, raw);
  return i !== undefined && table.billable[i] === 1;
}

/** Billable in the year before `addenda.year`: undo the year's billable additions, restore its billable deletions. */
function billableYearBefore(table: CodeTable, addenda: Addenda, raw: string): boolean {
  let added = false;
  let deleted = false;
  addenda.codes.forEach((code, i) => {
    if (code !== raw || addenda.billable[i] !== '1') return;
    if (addenda.action[i] === 'A') added = true;
    if (addenda.action[i] === 'D') deleted = true;
  });
  return deleted || (isBillable(table, raw) && !added);
}

/**
 * Whether `code` was valid (billable) on a date of service, using the code sets present and their addenda:
 * the date's own year, else the following year's set with its addenda undone, else (for dates after the
 * newest set) the newest set with a notice. Dates in years with no such evidence give valid: undefined.
 */
export function validOn(code: string, date: string | Date, tables: CodeTable[], addenda: Addenda[], system: CodeSystem = 'icd10cm'): Validity {
  const raw = normalizeCode(code);
  const own = tables.filter((t) => t.system === system);
  const requested = fiscalYearOf(date, system);
  const fy = (y: number) => (system === 'hcpcs' ? String(y) : `FY${y}`);
  const exact = own.find((t) => t.year === requested);
  if (exact) return { valid: isBillable(exact, raw), year: requested, basis: `${fy(requested)} code set` };
  const next = own.find((t) => t.year === requested + 1);
  const nextAddenda = addenda.find((a) => a.set === system && a.year === requested + 1);
  if (next && nextAddenda) {
    return { valid: billableYearBefore(next, nextAddenda, raw), year: requested, basis: `${fy(requested + 1)} code set and its addenda` };
  }
  const newest = own.reduce<CodeTable | undefined>((best, t) => (!best || t.year > best.year ? t : best), undefined);
  if (newest && requested > newest.year) {
    const notice = `Dates of service in ${fy(requested)}; using ${fy(newest.year)} code set (${fy(requested)} files not supplied)`;
    return { valid: isBillable(newest, raw), year: newest.year, basis: `${fy(newest.year)} code set`, notice };
  }
  return { valid: undefined, year: requested, basis: `no ${fy(requested)} code set or addenda supplied` };
}
