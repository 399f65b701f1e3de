/** The ICD-10 fiscal year a date of service falls in: FY2026 runs 2025-10-01 .. 2026-09-30. */
export function fiscalYearOf(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number);
  return (month ?? 1) >= 10 ? (year ?? 0) + 1 : (year ?? 0);
}

/** Today's date as YYYY-MM-DD in the coder's time zone. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
