import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { daysBeforeService } from './elapsed-date';

/** An acute myocardial infarction, first or subsequent (I21-I22). */
const ACUTE_INFARCTION = /^I2[12]/;
const OLD_INFARCTION = 'I252';

/**
 * A year written right after the infarction's words: 'peritonitis at 18 years of age and myocardial infarction in
 * 1999', 'AMI (2004)', 'MI treated with a stent in March 2010'.
 */
const DATED_AFTER = /^\W*(?:[\w-]+\s+){0,4}?(?:in|on|since|during)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b|^\s*\(\s*(?:19|20)\d\d\s*\)/i;

/**
 * The words of the stay itself: a case report dates the event it was admitted for ('He was admitted in January 2012
 * with an acute myocardial infarction'), which is today's.
 */
const THIS_STAY = /\b(?:admi(?:tted|ssion)|present(?:ed|s|ing)|came|consult\w*|referred|attended|emergency)\b/i;

/**
 * Whether the mention is dated to a past year outside a sentence about the stay. An acute myocardial infarction is
 * coded from I21-I22 for four weeks from its onset; one the chart dates to a past year is old or healed, I25.2
 * (Guidelines I.C.9.e.1 and I.C.9.e.4; Index: Infarct, myocardium, healed or old I25.2).
 */
function datedOld(text: string, reading: ChartReading, e: Finding['evidence'][number], dateOfService?: string): boolean {
  const after = text.slice(e.end, e.end + 60);
  // With the date of service, a date of this year or one without a year counts too ('NSTEMI in August', 'MI on
  // 10/2'): old once more than four weeks (28 days) before it, counted from the latest day the words allow.
  if (dateOfService === undefined ? !DATED_AFTER.test(after) : !((daysBeforeService(after, dateOfService) ?? 0) > 28)) return false;
  const sentence = sentenceAt(reading, e.start);
  return sentence !== undefined && !THIS_STAY.test(text.slice(sentence.start, sentence.end));
}

/**
 * The time since the infarction written right after its words, in days: 'NSTEMI 6 weeks ago', 'recent NSTEMI (3 weeks
 * ago)', 'MI two months prior'. The count before the unit: a number or its word ('a month ago' is one).
 */
const AGO_AFTER = /^\W*(?:[\w-]+\s+){0,3}?\(?\s*(?:about|approx(?:imately|\.)?|~)?\s*(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+(?:ago|prior|previously|earlier|before)\b/i;
const COUNT_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const UNIT_DAYS: readonly [RegExp, number][] = [[/^d/, 1], [/^w/, 7], [/^mo/, 30], [/^y/, 365]];

function daysAgo(after: string): number | undefined {
  const m = AGO_AFTER.exec(after);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const count = /^\d/.test(word) ? Number(word) : Math.max(1, COUNT_WORDS.indexOf(word === 'an' ? 'a' : word));
  return count * UNIT_DAYS.find(([unit]) => unit.test(m[2]!.toLowerCase()))![1];
}

/**
 * Whether the infarction is more than four weeks old by the time written after it: an acute one is coded from I21-I22
 * for four weeks from its onset (Guidelines I.C.9.e.1), so 'NSTEMI 6 weeks ago' is old (I25.2) and 'recent NSTEMI (3
 * weeks ago)' still acute. A month is counted as thirty days: 'a month ago' is left acute, not guessed past the four
 * weeks.
 */
function agoOld(text: string, e: Finding['evidence'][number]): boolean | undefined {
  const days = daysAgo(text.slice(e.end, e.end + 60));
  return days === undefined ? undefined : days > 31;
}

/**
 * The findings with an acute myocardial infarction every mention of which dates it to a past year, or to more than
 * four weeks ago, read as the old infarction (I25.2), joined to the I25.2 finding already there.
 */
export function withOldInfarction(text: string, reading: ChartReading, findings: Finding[], dateOfService?: string): Finding[] {
  const old = findings.filter((f) => ACUTE_INFARCTION.test(f.code) && f.evidence.length > 0 && f.evidence.every((e) => agoOld(text, e) ?? datedOld(text, reading, e, dateOfService)));
  if (old.length === 0) return findings;
  const out = findings.filter((f) => !old.includes(f));
  for (const f of old) {
    const existing = out.find((o) => o.code === OLD_INFARCTION);
    if (existing) existing.evidence.push(...f.evidence);
    else out.push({ ...f, code: OLD_INFARCTION, notes: [...f.notes, 'an infarction dated more than four weeks before is old (I25.2, Guidelines I.C.9.e)'] });
  }
  return out;
}
