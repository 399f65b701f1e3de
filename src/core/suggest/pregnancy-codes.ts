import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { withBirthWeight } from './birth-weight';
import type { ChartReading } from './chart-reading';
import { gestationWeeks } from './gestation-weeks';
import { gravidaParaPregnant } from './gravida-para';
import { sentenceAround } from './intractable-status';
import { newbornCodes, offMaternalRecord, withPretermWeeks } from './perinatal-codes';

export { gestationWeeks };

/**
 * Conditions of a pregnant patient that chapter 15 codes first (Guidelines I.C.15.a.1: unless the provider documents
 * that the pregnancy is incidental, a condition in pregnancy is coded to chapter 15, the specific code after it):
 * source code -> the pregnancy subcategory whose children carry the trimester, and whether the source code stays as
 * the additional code the subcategory asks for. First match wins. Each subcategory is checked by a test.
 */
export const IN_PREGNANCY: readonly [source: RegExp, subcategory: string, keepSource: boolean][] = [
  [/^E10/, 'O2401', true], // use additional code from E10 for the manifestations
  [/^E11/, 'O2411', true],
  [/^E(0[89]|13)/, 'O2481', true],
  [/^I10$/, 'O1001', false], // O10.0 includes I10 as a reason for obstetric care
  [/^I11/, 'O1011', true], // use additional code from I11 for the type of heart failure
  [/^I12/, 'O1021', true], // ... from I12 for the stage of chronic kidney disease
  [/^I13/, 'O1031', true],
  [/^N1[0-2]/, 'O230', false], // infections of kidney in pregnancy
  [/^N30/, 'O231', false], // infections of bladder in pregnancy
  [/^N390/, 'O234', false], // unspecified infection of urinary tract in pregnancy
  [/^A1[5-9]/, 'O9801', true],
  [/^A5[0-3]/, 'O9811', true],
  [/^B1[5-9]/, 'O9841', true],
  [/^(B20|Z21)/, 'O9871', true],
  [/^C/, 'O9A11', true],
  [/^D(5[0-9]|6[0-4])/, 'O9901', true],
  [/^D(6[5-9]|[78])/, 'O9911', true],
  [/^E66/, 'O9921', true],
  [/^E(0[0-7]|2[0-9]|3[0-5]|78)/, 'O9928', true],
  [/^F10/, 'O9931', true],
  [/^F1[1-689]/, 'O9932', true],
  [/^F17/, 'O9933', true],
  [/^F/, 'O9934', true],
  [/^G/, 'O9935', true],
  [/^I(0|[2-9])/, 'O9941', true],
  [/^J/, 'O9951', true],
  [/^K/, 'O9961', true],
  [/^L/, 'O9971', true],
];

/** The patient is pregnant now: 'pregnant', weeks of pregnancy or gestation, a trimester, gravida. */
const PREGNANT_NOW = /(?<!\b(?:became|become|becomes|becoming|was|were|got|get|gets|getting|been)\s)\bpregnant\b|\b\d{1,2}\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)\s+(?:of\s+)?(?:pregnancy|gestation|pregnant)\b|\b(?:first|second|third|1st|2nd|3rd) trimester\b|\bgravida\b|\bG\d+\s*P\d+/gi;
/**
 * A word every PREGNANT_NOW phrase holds: a chart without one is spared that search, whose look-behind and
 * numbers are tried all over the chart.
 */
const PREGNANCY_WORDS = /pregnan|gestation|trimester|gravida|g\d+p\d/i;
/**
 * The patient's age ('a 26-day-old male', 'a five-month-old infant', 'at 19 days of age'), not a parent's ('a
 * 28-year-old mother', 'Maternal hx: 29 yo G2P1'), and as US notes abbreviate it: '3 yo M', '8 y/o', '4 mo male',
 * '2 hr old', 'Age: 2 hours', 'DOL 3' (day of life). Group 1 is the number, group 2 the unit.
 */
const AGE = new RegExp(
  // How every age starts, looked at before the look-behind, which tried up to twenty characters back at every place
  // of a chart that gives no age: it adds no condition of its own.
  String.raw`(?=\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|age:|dol|day of life))` +
  String.raw`(?<!\b(?:mother|maternal|mom|father|dad|parents?)\b[^.\n]{0,20})` +
    String.raw`(?:\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)` +
    String.raw`(?:[- ](years?|months?|weeks?|days?|hours?|yrs?|mos?|wks?|hrs?)[- ]old\b(?!\s+(?:mother|father|parents?|sister|brother|husband|wife|partner)\b)` +
    String.raw`| (years?|months?|weeks?|days?|hours?) of age\b` +
    String.raw`|\s?(yo|y\/o|y\.o\.)(?=[\s,.;:)]|[MF]\b)` +
    String.raw`| (mo|mos|m\/o)(?= (?:old|male|female|boy|girl|infant|baby)\b))` +
    String.raw`|\bAge:\s*(\d+)\s*(years?|yrs?|y|months?|mos?|weeks?|wks?|days?|d|hours?|hrs?|h)\b` +
    String.raw`|\b(DOL|day of life)\s*#?\s*(\d+))`,
  'i',
);
const AGE_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** Days in a unit as the patterns above write it ('yo' and 'y' years, 'mo' months, 'wk' weeks, 'hr' and 'h' hours). */
const UNIT_DAYS: [RegExp, number][] = [[/^y/, 365], [/^m/, 30], [/^w/, 7], [/^d/, 1], [/^h/, 0]];

/**
 * The last chart's first age: a chart asks for it from several rules (a child's chart, a newborn's, the age in years
 * and days), and AGE, with its lookbehind, scans the whole of a chart that gives no age.
 */
let lastAge: { text: string; age: { n: number; days: number } | undefined } | undefined;

/** The patient's first age as a number and its unit in days (a year 365, a month 30, a week 7, an hour 0). */
function firstAge(text: string): { n: number; days: number } | undefined {
  if (lastAge?.text !== text) lastAge = { text, age: readAge(text) };
  return lastAge.age && { ...lastAge.age };
}

function readAge(text: string): { n: number; days: number } | undefined {
  const age = AGE.exec(text);
  if (!age) return undefined;
  if (age[8]) return { n: Number(age[9]), days: 1 }; // DOL n
  const count = (age[1] ?? age[6])!.toLowerCase();
  const unit = (age[2] ?? age[3] ?? age[4] ?? age[5] ?? age[7])!.toLowerCase();
  const n = AGE_WORDS[count] ?? Number(count);
  return { n, days: UNIT_DAYS.find(([re]) => re.test(unit))![1] };
}

/**
 * A child's chart (the first age given is in days, weeks or months, or under 12 years; with no age, a newborn named
 * at the start: 'newborn', 'NICU', 'Baby Girl Jones', 'preterm infant', 'infant of a diabetic mother'): it names its mother's pregnancy and weeks of gestation, which are not the patient's. A mother's
 * chart names her newborn too, so the words alone do not decide.
 */
export function isChildChart(text: string): boolean {
  const years = ageInYears(text);
  if (years !== undefined) return years < 12;
  return /\b(?:newborns?|neonates?|neonatal|NICU|baby (?:boy|girl)|(?:preterm|premature) infant|infant of (?:an? )?(?:diabetic|gestational))\b/i.test(text.slice(0, 300));
}

/** The first age the chart gives, in whole years (0 for one in hours, days, weeks or months); undefined with none. */
export function ageInYears(text: string): number | undefined {
  const age = firstAge(text);
  if (!age) return undefined;
  return age.days === 365 ? age.n : 0;
}

/** The patient's first age in days (an hour counts as none); undefined with none. */
export function ageInDays(text: string): number | undefined {
  const age = firstAge(text);
  return age && age.n * age.days;
}

/** A newborn's chart: a child's whose first age is within the neonatal period (28 days), or a newborn with no age. */
export function isNewbornChart(text: string): boolean {
  const days = ageInDays(text);
  return isChildChart(text) && (days === undefined || days <= 28);
}

/**
 * Words of the perinatal period, or of a condition that begins in it and is coded to chapter 16 at any age
 * (Guidelines I.C.16.a.4): congenital infections (P35-P37: 'congenital toxoplasmosis'), kernicterus, meconium,
 * hydrops fetalis, anemia of prematurity.
 */
const PERINATAL = /\b(?:newborns?|neonat\w*|perinatal\w*|birth|born|preterm|prematur\w*|infants?|fetal\w*|fetus|gestation\w*|congenital|kernicterus|meconium)\b/i;

/**
 * A delivery or the puerperium has codes of their own (in childbirth, in the puerperium) that the weeks do not
 * decide: the rule steps aside there and the coder decides.
 */
const DELIVERY = /\b(?:infants?|deliver(?:y|ed|ies)|cesarean|caesarean|c-section|postpartum|post-partum|puerper\w*|childbirth|labou?r|miscarriage|abortion)\b/i;
/** Pregnancy with abortive outcome, labor, delivery, puerperium: the codes the rule does not choose among. */
const OUTCOME = /^O(0[0-8]|6|7[0-7]|8|9[0-2])/;
const TRIMESTER = /\b(first|second|third|1st|2nd|3rd) trimester\b/i;

/** The trimester (1-3) the chart states, by name or from the weeks of gestation (14 and 28 weeks begin the 2nd and 3rd). */
export function trimesterOf(text: string): 1 | 2 | 3 | undefined {
  const named = TRIMESTER.exec(text)?.[1]?.toLowerCase();
  if (named) return named.startsWith('f') || named === '1st' ? 1 : named.startsWith('s') || named === '2nd' ? 2 : 3;
  const n = gestationWeeks(text)?.weeks;
  if (n === undefined) return undefined;
  return n < 14 ? 1 : n < 28 ? 2 : 3;
}

const TRIMESTER_WORDS = ['unspecified trimester', 'first trimester', 'second trimester', 'third trimester'] as const;

/** Premature rupture of membranes of unspecified weeks (O42.00, O42.10, O42.90): the weeks make it preterm or full-term. */
const PROM_UNSPECIFIED_WEEKS = /^O42[019]0$/;
const PRETERM_WORDS = /\bpreterm\b|\bPPROM\b/i;

/** Premature rupture of membranes with the time to the onset of labor unspecified (O42.9-). */
const PROM_UNSPECIFIED_ONSET = /^O429/;
/**
 * The time from rupture to the onset of labor as O42 titles and charts write it: 'onset of labor within 24 hours of
 * rupture', 'labor began more than 24 hours after rupture', 'latency of 48 hours'.
 */
const WITHIN_A_DAY = /\b(?:within|less than|under|before)\s+(?:the\s+)?(?:first\s+)?24\s*(?:hours|hrs?|h)\b/i;
const AFTER_A_DAY = /\b(?:more than|over|after|beyond|longer than|>)\s*24\s*(?:hours|hrs?|h)\b/i;

/**
 * Premature rupture of membranes with the onset of labor the chart times (O42.0- within 24 hours, O42.1- more than
 * 24 hours following rupture; the Index: Pregnancy, complicated by, premature rupture of membranes, onset of labor),
 * read in the sentence of the rupture; the weeks and trimester are kept.
 */
function withOnsetOfLabor(view: CodeTableView, f: Finding, text: string): Finding {
  if (!PROM_UNSPECIFIED_ONSET.test(f.code)) return f;
  const sentences = f.evidence.map((e) => sentenceAround(text, e.start, e.end)).join(' ');
  const onset = AFTER_A_DAY.test(sentences) ? '1' : WITHIN_A_DAY.test(sentences) ? '0' : undefined;
  const code = onset && `O42${onset}${f.code.slice(4)}`;
  if (!code || view.indexOf(code) === undefined) return f;
  return { ...f, code, notes: [...f.notes, `onset of labor ${onset === '1' ? 'more than' : 'within'} 24 hours of rupture`] };
}

/**
 * Premature rupture of membranes of the weeks the chart gives (O42 titles: preterm is before 37 completed weeks,
 * its code by trimester; full-term at 37 weeks or more): 'rupture of membranes ... 38 weeks gestation' O42.92,
 * 'premature rupture of membranes at 30 weeks of gestation' O42.913.
 */
function withWeeksOfTerm(view: CodeTableView, f: Finding, text: string): Finding {
  f = withOnsetOfLabor(view, f, text);
  if (!PROM_UNSPECIFIED_WEEKS.test(f.code)) return f;
  const weeks = gestationWeeks(text)?.weeks;
  const preterm = weeks !== undefined ? weeks < 37 : PRETERM_WORDS.test(text) ? true : undefined;
  if (preterm === undefined) return f;
  const code = preterm ? `${f.code.slice(0, 4)}1${trimesterOf(text) ?? 9}` : `${f.code.slice(0, 4)}2`;
  if (view.indexOf(code) === undefined) return f;
  return { ...f, code, notes: [...f.notes, preterm ? 'preterm: before 37 completed weeks of gestation' : 'full-term: 37 completed weeks of gestation or more'] };
}

/** The child of a pregnancy subcategory for the trimester (or the unspecified trimester), found by its title. */
function withTrimester(view: CodeTableView, subcategory: string, trimester: 1 | 2 | 3 | undefined): string | undefined {
  const i = view.indexOf(subcategory);
  if (i === undefined) return undefined;
  const words = TRIMESTER_WORDS[trimester ?? 0];
  const child = view.children(i).find((k) => view.table.titles[k]!.toLowerCase().includes(words));
  return child === undefined ? undefined : view.table.codes[child];
}

/**
 * Hypertension in pregnancy is pre-existing (O10.01-) where the chart says it was there before (essential, chronic,
 * known, a history of it, 'chronic HTN', 'HTN dx 2019' as US notes write it); otherwise it is unspecified maternal hypertension (O16.-, Index: Hypertension, complicating
 * pregnancy).
 */
const PRE_EXISTING = /\b(?:essential|chronic|pre-?existing|known|previous|prior|long-?standing)\s+(?:arterial\s+|systemic\s+)?(?:hypertension|htn)\b|\bhistory of (?:[\w-]+,? ){0,4}?(?:arterial |systemic )?(?:hypertension|htn)\b|\b(?:hypertension|htn) (?:since|for \d+ years|(?:diagnosed|dx) (?:\d+ years|(?:in )?(?:19|20)\d\d))\b/i;

function preExisting(text: string, f: Finding): boolean {
  return PRE_EXISTING.test(text) || f.evidence.some((e) => e.section === 'pmh');
}

/**
 * A normal delivery (O80) is the delivery of this encounter with no other chapter 15 code (Guidelines I.C.15.b.4):
 * a delivery told as past ('a normal delivery one month before') or beside a complication is not it; kept, it goes
 * with its outcome, a single liveborn (Z37.0).
 */
const DELIVERY_PAST = /\b(?:before|ago|previous(?:ly)?|prior|earlier|history|in (?:19|20)\d\d)\b/i;

function normalDelivery(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const o80 = findings.find((f) => f.code === 'O80');
  if (!o80) return findings;
  const past = o80.evidence.every((e) => {
    const sentence = sentenceAt(reading, e.start);
    return DELIVERY_PAST.test(sentence ? text.slice(sentence.start, sentence.end) : text.slice(e.start, e.end + 60));
  });
  if (past || findings.some((f) => f !== o80 && /^O/.test(f.code) && f.context === 'affirmed')) return findings.filter((f) => f !== o80);
  if (findings.some((f) => f.code.startsWith('Z37')) || view.indexOf('Z370') === undefined) return findings;
  return [...findings, { code: 'Z370', evidence: o80.evidence, score: 3, context: 'affirmed', notes: ['outcome of delivery with a normal delivery (O80): single live birth'] }];
}

/**
 * One weeks-of-gestation code per encounter, the weeks at admission (Guidelines chapter 15: for an admission over
 * several weeks the date of admission decides): where the chart names several ('admitted ... during pregnancy of 24
 * weeks', 'an examination at 20 weeks of gestation'), the one said of the gestation first (gestationWeeks) stays.
 */
function oneWeeksOfGestation(text: string, findings: Finding[]): Finding[] {
  const weeks = findings.filter((f) => f.code.startsWith('Z3A'));
  const at = gestationWeeks(text);
  if (weeks.length < 2 || !at) return findings;
  const told = weeks.filter((f) => f.evidence.some((e) => e.start < at.end && at.start < e.end));
  return told.length === 0 ? findings : findings.filter((f) => !f.code.startsWith('Z3A') || told.includes(f));
}

/** Findings the rules above brought to one code ('PROM ... onset of labor within 24 hours' read twice) made one. */
function sameCodeOnce(findings: Finding[]): Finding[] {
  const byCode = new Map<string, Finding>();
  for (const f of findings) {
    const first = byCode.get(f.code);
    if (!first) byCode.set(f.code, f);
    else byCode.set(f.code, { ...first, score: Math.max(first.score, f.score), evidence: [...first.evidence, ...f.evidence] });
  }
  return byCode.size === findings.length ? findings : [...byCode.values()];
}

/**
 * In the chart of a patient who is pregnant now, each condition the list of IN_PREGNANCY knows gets its chapter 15
 * code with the trimester, listed before it; the source code stays where the chapter 15 code asks for it. A baby's
 * chart keeps no weeks-of-gestation code (Z3A), and a mother's keeps the weeks given rather than 'not specified'.
 */
export function inPregnancy(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  // A child's chart tells its mother's pregnancy and delivery (weeks, 'normal delivery', her gestational diabetes):
  // chapter 15 codes, the weeks and the outcome of delivery (Z37, 'for use on the maternal record') are hers. 'Not
  // specified' says nothing beside the weeks the chart gives.
  findings = findings.map((f) => withPretermWeeks(text, view, f));
  if (isChildChart(text)) {
    const child = findings.filter((f) => !/^(?:Z3A|Z37|O)/.test(f.code));
    return isNewbornChart(text) ? withBirthWeight(text, view, newbornCodes(view, child)) : child;
  }
  findings = normalDelivery(text, reading, view, sameCodeOnce(findings.map((f) => withWeeksOfTerm(view, f, text))));
  // A newborn's conditions (chapter 16) in an adult's chart need words of the perinatal period beside them.
  findings = findings.filter((f) => !f.code.startsWith('P') || f.evidence.some((e) => PERINATAL.test(text.slice(Math.max(0, e.start - 120), e.end + 120))));
  if (findings.some((f) => /^Z3A(?!00)/.test(f.code))) findings = findings.filter((f) => f.code !== 'Z3A00');
  findings = oneWeeksOfGestation(text, findings);
  const pregnancy = !PREGNANCY_WORDS.test(text) ? undefined : [...text.matchAll(PREGNANT_NOW)]
    .filter((m) => gravidaParaPregnant(m[0]))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
    .find((span) => reading.contextOf(span.start, span.end).decision === 'affirmed');
  // The record of a woman pregnant or delivering now is the maternal record: no newborn codes (chapter 16) on it.
  if (pregnancy || findings.some((f) => f.code.startsWith('O') && f.context === 'affirmed')) findings = offMaternalRecord(view, findings);
  if (!pregnancy || DELIVERY.test(text) || findings.some((f) => OUTCOME.test(f.code))) return findings;
  const trimester = trimesterOf(text);
  // Chapter 15 codes take sequencing priority: listed first, and shown on the words that say the patient is pregnant.
  const top = Math.max(0, ...findings.map((f) => f.score)) * 1.05;
  const out: Finding[] = [];
  for (const f of findings) {
    const rule = f.context === 'affirmed' || f.context === 'uncertain' ? IN_PREGNANCY.find(([source]) => source.test(f.code)) : undefined;
    const code = rule && withTrimester(view, rule[1] === 'O1001' && !preExisting(text, f) ? 'O16' : rule[1], trimester);
    if (!rule || !code) {
      out.push(f);
      continue;
    }
    const note = `in a pregnancy: chapter 15 first (Guidelines I.C.15.a.1)${trimester ? '' : '; trimester not documented'}`;
    const existing = out.find((o) => o.code === code);
    if (existing) existing.evidence.push(...f.evidence);
    else out.push({ ...f, code, evidence: [pregnancy, ...f.evidence], score: top + f.score / 100, notes: [note, ...f.notes] });
    if (rule[2]) out.push({ ...f, notes: [`additional code with ${code}`, ...f.notes] });
  }
  // A condition read twice, once by its chapter 15 words ('obesity complicating pregnancy') and once by the rule: one code.
  return sameCodeOnce(out);
}
