import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { COST } from './underdosing-reason';

/**
 * A patient's noncompliance by its reason (FY2024 split Z91.1- by reason): a diet, a medication regimen, dialysis or
 * another treatment the patient could not afford is the 'due to financial hardship' code of its subcategory; the
 * Index's defaults (Z91.119 and Z91.199 unspecified reason, Z91.148 and Z91.158 other reason) stay when no cost is said.
 */
const FINANCIAL: Readonly<Record<string, string>> = { Z91119: 'Z91110', Z91148: 'Z91141', Z91158: 'Z91151', Z91199: 'Z91190' };

export function withNoncomplianceReason(text: string, reading: ChartReading, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.code in FINANCIAL)) return findings;
  return findings.map((f) => {
    const financial = FINANCIAL[f.code];
    if (financial === undefined) return f;
    const cost = f.evidence.some((e) => {
      const sentence = sentenceAt(reading, e.start);
      return sentence !== undefined && COST.test(text.slice(sentence.start, sentence.end));
    });
    return cost ? { ...f, code: financial, notes: [...f.notes, 'the chart gives the cost as the reason: due to financial hardship'] } : f;
  });
}
