import { sentenceAt } from '../text/analyze';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { UNDERDOSING_VERBS } from './drug-intent';

/** Underdosings: T36-T50 with the 6th character 6 ('T38.3X6A'). */
const UNDERDOSING_CODE = /^T(?:3[6-9]|4\d|50)\w{2}6/;

export const COST = /\b(?:afford\w*|financial\w*|(?:too )?expensive|costs?|costly|no money)\b/i;

/**
 * The patient's noncompliance beside an underdosing, by the reason the chart gives (Guidelines I.C.19.e.5.c:
 * 'Noncompliance (Z91.12-, Z91.13-, Z91.14-) ... codes are to be used with an underdosing code to indicate intent,
 * if known'; the FY2026 titles): a cost the patient could not meet is intentional underdosing due to financial hardship
 * (Z91.120), age-related debility the unintentional one's (Z91.130), a forgotten or mistaken dose unintentional for
 * other reason (Z91.138), a drug the patient stopped or refused intentional for other reason (Z91.128). The first
 * reason named is coded; with none named the intent is not known and no Z91.1- is added.
 */
const REASONS: readonly [RegExp, string, string][] = [
  [COST, 'Z91120', 'intentional underdosing due to financial hardship'],
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
      const own = sentenceAt(reading, e.start);
      if (!own) continue;
      // The underdosing's own sentence first, then the others that tell the same drug's noncompliance.
      const said = [own, ...noncomplianceOfDrug(text, reading, text.slice(e.start, e.end), own.start)].map((sentence) => {
        const words = text.slice(sentence.start, sentence.end);
        for (const [reason, code, name] of REASONS) {
          const m = reason.exec(words);
          if (m) return { code, name, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        }
        return undefined;
      }).find((r) => r !== undefined);
      if (said && !added.has(said.code)) {
        added.set(said.code, { code: said.code, evidence: [{ ...e, start: said.start, end: said.end }], score: f.score, context: f.context, notes: [`${said.name}, beside the underdosing (Guidelines I.C.19.e.5.c)`] });
      }
    }
  }
  return withUnnamedDrug(text, reading, added.size === 0 ? findings : [...findings.filter((f) => !added.has(f.code)), ...added.values()]);
}

/**
 * The other sentences that tell the same drug's noncompliance, where the reason is often given: 'Ran out of metoprolol
 * 1 week ago.' in the HPI, '8. Noncompliance w/ metoprolol - ran out, financial reasons' in the assessment. The drug is
 * the last word of the underdosing's evidence.
 */
const NONCOMPLIANCE = /\b(?:non-?complian\w*|non-?adheren\w*|ran out|not taking|underdos\w*)\b/i;
function noncomplianceOfDrug(text: string, reading: ChartReading, evidence: string, skip: number) {
  const drug = /([a-z]{5,})\W*$/i.exec(evidence)?.[1];
  if (!drug) return [];
  const named = new RegExp(`\\b${drug}\\b`, 'i');
  return reading.sentences.filter((s) => s.start !== skip && named.test(text.slice(s.start, s.end)) && NONCOMPLIANCE.test(text.slice(s.start, s.end)));
}

/**
 * A prescribed drug not taken with no drug named ('he did not take his medication for a week because of cost'): no
 * T36-T50 code can be given, and Z91.12-/Z91.13- are to follow one ('Code first underdosing of medication'), so it is
 * Z91.14- 'Patient's other noncompliance with medication regimen' (inclusion: 'Patient's underdosing of medication
 * NOS'), due to financial hardship (Z91.141) or for other reason (Z91.148).
 */
const UNNAMED_DRUG = new RegExp(
  String.raw`(?:${UNDERDOSING_VERBS.source})\s+(?:(?:his|her|their)\s+)?(?:(?:prescribed|usual|regular|daily|chronic|home|oral)\s+)?(?:medications?|medicines?|meds|pills|tablets|drugs|treatment)\b`,
  'gi',
);

function withUnnamedDrug(text: string, reading: ChartReading, findings: Finding[]): Finding[] {
  if (!/\b(?:not|stopped|quit|forgot|ran out)\b/i.test(text)) return findings;
  const found: Finding[] = [];
  for (const m of text.matchAll(UNNAMED_DRUG)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (reading.contextOf(start, end).decision !== 'affirmed') continue;
    const sentence = sentenceAt(reading, start);
    const cost = sentence !== undefined && COST.test(text.slice(sentence.start, sentence.end));
    addRuleFinding(found, cost ? 'Z91141' : 'Z91148', { start, end }, 3, 'a prescribed medication not taken, no drug named: underdosing of medication NOS (Z91.14-)');
  }
  return found.length === 0 ? findings : [...findings.filter((f) => !found.some((n) => n.code === f.code)), ...found];
}
