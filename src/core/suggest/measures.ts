import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { sentenceAt } from '../text/analyze';
import { bloodAlcoholCode, bloodAlcoholLevel } from './blood-alcohol';
import { comaScale } from './coma-scale';
import { nihssScore } from './nihss-score';
import { ageInYears, gestationWeeks, isChildChart } from './pregnancy-codes';

const PREGNANT = /\b(pregnan\w*|gestation\w*|obstetric\w*|prenatal|antepartum|trimester|gravida|G\d+P\d+)\b/i;
/**
 * 'BMI 26', 'body mass index of 31.2', 'a BMI (Body Mass Index) of 26', 'a mass index (BMI) 41kg/m2', 'body mass index
 * [BMI] 52 kg'.
 */
const BMI = /\b(?:BMI|body mass index)(?:\s*(?:\([^)]{0,30}\)|\[[^\]]{0,30}\]))?\)?\s*(?:of|was|is|:|=)?\s*(\d{2}(?:\.\d+)?)/gi;
/**
 * A child's BMI as a percentile for age: 'BMI at the 97th percentile', 'body mass index above the 99th percentile for
 * age', 'BMI 130% of the 95th percentile'. The percent of the 95th percentile, if given, is group 1.
 */
const BMI_PERCENTILE = /\b(?:BMI|body mass index)\b[^.;]{0,40}?(?:(\d{2,3})\s*%\s*of the\s*)?\b(\d{1,2})(?:st|nd|rd|th)\s+percentile\b/i;
const PERCENT_OF_95TH = /\b(\d{2,3})\s*%\s*of (?:the )?95th percentile\b/i;
/** Diagnoses a BMI code may accompany (Guidelines I.B.14: only with an associated reportable diagnosis). */
const WEIGHT_DIAGNOSIS = /^(E66|E4[0-6]|R63[456]|E88[8])/;

/**
 * Codes read from measures written as numbers: weeks of gestation (Z3A) in a pregnancy, the adult BMI (Z68)
 * beside a weight diagnosis, the Glasgow coma scale total (R40.24-) and, beside a cerebral infarction, the NIHSS
 * score (R29.7-). Each comes with the words it was read from;
 * a negated mention gives nothing.
 */
export function measureFindings(text: string, reading: ChartReading, view: CodeTableView, found: Finding[]): Finding[] {
  const out: Finding[] = [];
  const add = (code: string, start: number, end: number, note: string) => {
    if (view.indexOf(code) === undefined || reading.contextOf(start, end).decision !== 'affirmed') return;
    out.push({ code, evidence: [{ start, end }], score: 6, context: 'affirmed', notes: [note] });
  };
  // Weeks of gestation belong to the mother's record, never to a baby's chart that names them (Z3A; P07 there).
  if ((PREGNANT.test(text) || found.some((f) => f.code.startsWith('O'))) && !isChildChart(text)) {
    const weeks = gestationWeeks(text); // one gestational age per encounter
    if (weeks) add(weeksCode(weeks.weeks), weeks.start, weeks.end, 'weeks of gestation (Z3A), read from the number of weeks');
  }
  // No BMI code during pregnancy (Guidelines I.C.21.c.3, Z68): the obesity complicating it (O99.21-, E66.-) says it.
  // Pregnant now: her weeks of gestation read, or a pregnancy code of her own ('history of gestational diabetes' is not).
  const pregnant = out.some((f) => f.code.startsWith('Z3A')) || found.some((f) => f.code.startsWith('O') && f.context === 'affirmed');
  if (found.some((f) => WEIGHT_DIAGNOSIS.test(f.code)) && !pregnant) {
    const years = ageInYears(text);
    // 'PMH: HTN, obesity (BMI 34.2), GERD': a BMI said with the weight diagnosis kept from the history is that
    // diagnosis's, reported with it, though the history heading would set a measure of its own aside.
    const beside = (at: number) => {
      const sentence = sentenceAt(reading, at);
      return sentence !== undefined && reading.contextOf(at, at + 3).decision === 'historical' && found.some((f) => WEIGHT_DIAGNOSIS.test(f.code) && f.context === 'affirmed' && f.evidence.some((e) => e.start >= sentence.start && e.end <= sentence.end));
    };
    // The adult codes are for persons 20 years of age or older, the pediatric percentiles for 2 to 19 (Tabular, Z68).
    const percentile = years === undefined || (years >= 2 && years < 20) ? BMI_PERCENTILE.exec(text) : null;
    if (percentile) {
      // The percent of the 95th may follow the percentile ('BMI 34, 99th percentile, 140% of the 95th percentile').
      const percent = percentile[1] ?? PERCENT_OF_95TH.exec(text.slice(percentile.index, percentile.index + percentile[0].length + 60))?.[1];
      const code = bmiPercentileCode(Number(percent ?? 100), Number(percentile[2]));
      add(code, percentile.index, percentile.index + percentile[0].length, 'pediatric BMI percentile for age (Z68.5-), reported with the weight diagnosis (Guidelines I.B.14)');
    } else if (years === undefined || years >= 20) {
      for (const m of text.matchAll(BMI)) {
        const code = bmiCode(Number(m[1]));
        if (code && view.indexOf(code) !== undefined && beside(m.index!)) out.push({ code, evidence: [{ start: m.index!, end: m.index! + m[0].length }], score: 6, context: 'affirmed', notes: ['BMI (Z68), reported with the weight diagnosis (Guidelines I.B.14)'] });
        else if (code) add(code, m.index!, m.index! + m[0].length, 'BMI (Z68), reported with the weight diagnosis (Guidelines I.B.14)');
        break;
      }
    }
  }
  // 'Use additional code for blood alcohol level, if applicable (Y90.-)' at F10 and at the toxic effect of ethanol (T51.0-).
  const alcohol = found.some((f) => /^(?:F10|T510)/.test(f.code) && f.context === 'affirmed') ? bloodAlcoholLevel(text) : undefined;
  if (alcohol) add(bloodAlcoholCode(alcohol.level), alcohol.start, alcohol.end, 'blood alcohol level (Y90.-), with the alcohol-related disorder (F10) it goes with');
  const coma = comaScale(text, reading);
  if (coma) add(coma.code, coma.start, coma.end, 'Glasgow coma scale total (R40.24-), the first score documented (Guidelines I.C.18.e)');
  // A score is a number, never denied: the negation of a list's earlier finding ('CT head neg for hemorrhage, NIHSS
  // 14') does not reach it; a score of a past stroke is not this one's.
  const nihss = found.some((f) => f.code.startsWith('I63')) ? nihssScore(text) : undefined;
  if (nihss && view.indexOf(nihss.code) !== undefined && reading.contextOf(nihss.start, nihss.end).decision !== 'historical') {
    out.push({ code: nihss.code, evidence: [{ start: nihss.start, end: nihss.end }], score: 6, context: 'affirmed', notes: ['NIHSS score (R29.7-) beside the cerebral infarction, the initial score documented (Guidelines I.C.18.j)'] });
  }
  return out;
}

/** Z3A.01 below 8 weeks, Z3A.08 .. Z3A.42, Z3A.49 beyond 42. */
export function weeksCode(weeks: number): string {
  if (weeks < 8) return 'Z3A01';
  if (weeks > 42) return 'Z3A49';
  return `Z3A${String(weeks).padStart(2, '0')}`;
}

/**
 * The pediatric BMI code for a percentile for age (Z68.51 below the 5th, Z68.52 to the 85th, Z68.53 to the 95th), and
 * at or above the 95th by its percent of the 95th (Z68.54 below 120%, Z68.55 below 140%, Z68.56 from 140%).
 */
export function bmiPercentileCode(percentOf95th: number, percentile: number): string {
  if (percentile < 5) return 'Z6851';
  if (percentile < 85) return 'Z6852';
  if (percentile < 95) return 'Z6853';
  if (percentOf95th < 120) return 'Z6854';
  return percentOf95th < 140 ? 'Z6855' : 'Z6856';
}

/** The adult BMI code (Z68.1 .. Z68.45) for a value, or undefined for a value no adult has. */
export function bmiCode(bmi: number): string | undefined {
  if (!(bmi >= 10 && bmi < 100)) return undefined;
  if (bmi < 20) return 'Z681';
  if (bmi < 40) return `Z68${Math.floor(bmi)}`;
  if (bmi < 45) return 'Z6841';
  if (bmi < 50) return 'Z6842';
  if (bmi < 60) return 'Z6843';
  if (bmi < 70) return 'Z6844';
  return 'Z6845';
}
