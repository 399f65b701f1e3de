/**
 * The days from the latest day a date written right after a finding's words can mean to the date of service: 'MI in
 * August' (the last August on or before the date of service), 'NSTEMI on 8/14', 'STEMI (03/2026)', 'MI in 2019'. A
 * date read as its latest possible day, so an event is never made older than the words allow. Undefined when no date
 * follows, or the date is after the date of service.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LEAD = String.raw`^\W*(?:[\w-]+\s+){0,4}?(?:in|on|since|during|dated?|of)\s+(?:(?:early|mid|late|the)[\s-]+)?`;
const MONTH_NAME = new RegExp(
  `${LEAD}(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  'i',
);
/** 'on 8/14', 'on 8/14/26', 'on 08/14/2026' (month/day[/year]); 'in 3/2026', '(03/2026)' (month/year). */
const MONTH_DAY = new RegExp(String.raw`${LEAD}(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?\b`, 'i');
const MONTH_YEAR = new RegExp(String.raw`${LEAD}(\d{1,2})/((?:19|20)\d\d)\b|^\s*\(\s*(\d{1,2})/((?:19|20)\d\d)\s*\)`, 'i');
const YEAR = new RegExp(String.raw`${LEAD}((?:19|20)\d\d)\b|^\s*\(\s*((?:19|20)\d\d)\s*\)`, 'i');

const DAY_MS = 86_400_000;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

export function daysBeforeService(after: string, dateOfService: string): number | undefined {
  const service = Date.parse(`${dateOfService}T00:00:00Z`);
  if (Number.isNaN(service)) return undefined;
  const serviceYear = new Date(service).getUTCFullYear();
  const latest = latestDay(after, serviceYear, service);
  if (latest === undefined || latest > service) return undefined;
  return Math.round((service - latest) / DAY_MS);
}

function latestDay(after: string, serviceYear: number, service: number): number | undefined {
  const named = MONTH_NAME.exec(after);
  if (named) return latestOf(MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase()), named[2], named[3], serviceYear, service);
  const monthYear = MONTH_YEAR.exec(after);
  if (monthYear) return latestOf(Number(monthYear[1] ?? monthYear[3]) - 1, undefined, monthYear[2] ?? monthYear[4], serviceYear, service);
  const monthDay = MONTH_DAY.exec(after);
  if (monthDay) {
    const year = monthDay[3];
    return latestOf(Number(monthDay[1]) - 1, monthDay[2], year === undefined || year.length === 4 ? year : `20${year}`, serviceYear, service);
  }
  const year = YEAR.exec(after);
  if (year) return Date.UTC(Number(year[1] ?? year[2]), 11, 31);
  return undefined;
}

/** A month (and day, and year): with no year, the last such month that began on or before the date of service. */
function latestOf(month: number, day: string | undefined, year: string | undefined, serviceYear: number, service: number): number | undefined {
  if (month < 0 || month > 11) return undefined;
  let y = year === undefined ? serviceYear : Number(year);
  if (year === undefined && Date.UTC(y, month, 1) > service) y -= 1;
  const d = day === undefined ? lastDayOf(y, month) : Number(day);
  if (d < 1 || d > lastDayOf(y, month)) return undefined;
  return Date.UTC(y, month, d);
}
