import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { comaScale } from './coma-scale';
import { gestationWeeks, isChildChart } from './pregnancy-codes';

const PREGNANT = /\b(pregnan\w*|gestation\w*|obstetric\w*|prenatal|antepartum|trimester|gravida|G\d+P\d+)\b/i;
/**
 * 'BMI 26', 'body mass index of 31.2', 'a BMI (Body Mass Index) of 26', 'a mass index (BMI) 41kg/m2', 'body mass index
 * [BMI] 52 kg'.
 */
const BMI = /\b(?:BMI|body mass index)(?:\s*(?:\([^)]{0,30}\)|\[[^\]]{0,30}\]))?\)?\s*(?:of|was|is|:|=)?\s*(\d{2}(?:\.\d+)?)/gi;
/** Diagnoses a BMI code may accompany (Guidelines I.B.14: only with an associated reportable diagnosis). */
const WEIGHT_DIAGNOSIS = /^(E66|E4[0-6]|R63[456]|E88[8])/;

/**
 * Codes read from measures written as numbers: weeks of gestation (Z3A) in a pregnancy, the adult BMI (Z68)
 * beside a weight diagnosis, and the Glasgow coma scale total (R40.24-). Each comes with the words it was read from;
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
  if (found.some((f) => WEIGHT_DIAGNOSIS.test(f.code))) {
    for (const m of text.matchAll(BMI)) {
      const code = bmiCode(Number(m[1]));
      if (code) add(code, m.index!, m.index! + m[0].length, 'BMI (Z68), reported with the weight diagnosis (Guidelines I.B.14)');
      break;
    }
  }
  const coma = comaScale(text, reading);
  if (coma) add(coma.code, coma.start, coma.end, 'Glasgow coma scale total (R40.24-), the first score documented (Guidelines I.C.18.e)');
  return out;
}

/** Z3A.01 below 8 weeks, Z3A.08 .. Z3A.42, Z3A.49 beyond 42. */
export function weeksCode(weeks: number): string {
  if (weeks < 8) return 'Z3A01';
  if (weeks > 42) return 'Z3A49';
  return `Z3A${String(weeks).padStart(2, '0')}`;
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
