import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/** Underdosings: T36-T50 with the 6th character 6 ('T38.3X6A'). */
const UNDERDOSING_CODE = /^T(?:3[6-9]|4\d|50)\w{2}6/;

/**
 * The patient's noncompliance beside an underdosing, by the reason the chart gives (Guidelines I.C.19.e.5.c:
 * 'Noncompliance (Z91.12-, Z91.13-, Z91.14-) ... codes are to be used with an underdosing code to indicate intent,
 * if known'; the FY2026 titles): a cost the patient could not meet is intentional underdosing due to financial hardship
 * (Z91.120), age-related debility the unintentional one's (Z91.130), a forgotten or mistaken dose unintentional for
 * other reason (Z91.138), a drug the patient stopped or refused intentional for other reason (Z91.128). The first
 * reason named is coded; with none named the intent is not known and no Z91.1- is added.
 */
const REASONS: readonly [RegExp, string, string][] = [
  [/\b(?:afford\w*|financial\w*|too expensive|cost of (?:the |his |her |their )?(?:drugs?|medications?|medicines?|treatment)|no money)\b/i, 'Z91120', 'intentional underdosing due to financial hardship'],
  [/\bage[- ]related debility\b/i, 'Z91130', 'unintentional underdosing due to age-related debility'],
  [/\b(?:forg[eo]t\w*|unintentional\w*|inadvertent\w*|by mistake|misunderst\w*|confused)\b/i, 'Z91138', 'unintentional underdosing'],
  [/\b(?:stopped|quit|refus\w*|decided|chose|intentional\w*|on (?:his|her|their) own)\b/i, 'Z91128', 'intentional underdosing'],
];

/** The noncompliance code of each underdosing whose sentence says why the patient took less than prescribed. */
export function withUnderdosingReason(text: string, reading: ChartReading, findings: Finding[]): Finding[] {
  const added = new Map<string, Finding>();
  for (const f of findings) {
    if (!UNDERDOSING_CODE.test(f.code) || f.context === 'negated') continue;
    for (const e of f.evidence) {
      const sentence = sentenceAt(reading, e.start);
      if (!sentence) continue;
      const words = text.slice(sentence.start, sentence.end);
      for (const [reason, code, name] of REASONS) {
        const m = reason.exec(words);
        if (!m) continue;
        const start = sentence.start + m.index;
        if (!added.has(code)) added.set(code, { code, evidence: [{ ...e, start, end: start + m[0].length }], score: f.score, context: f.context, notes: [`${name}, beside the underdosing (Guidelines I.C.19.e.5.c)`] });
        break;
      }
    }
  }
  return added.size === 0 ? findings : [...findings.filter((f) => !added.has(f.code)), ...added.values()];
}
