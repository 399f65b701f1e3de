import type { CodeTableView } from '../search/code-table-view';
import { sentenceAt } from '../text/analyze';
import type { Evidence } from '../types';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/** Conditions whose code names the antineoplastic chemotherapy as their cause (D64.81, D70.1, D61.810). */
const NAMED_CAUSE = /^(?:D6481|D701|D61810)$/;
/** A condition the chart ties to the chemotherapy: 'nausea due to chemotherapy', 'chemotherapy-induced neuropathy'. */
const DUE_TO_CHEMOTHERAPY = /\b(?:due to|secondary to|from|after|induced by|caused by|related to|post)\s+(?:(?:the|his|her|their|recent|ongoing)\s+)?(?:chemo(?:therapy)?|antineoplastic|cytotoxic)\b|\bchemo(?:therapy)?[- ](?:induced|related)\b/i;

/**
 * The adverse effect of antineoplastic drugs (T45.1X5-) beside the condition it caused: the Tabular's 'use additional
 * code for adverse effect, if applicable, to identify drug (T45.1X5)' at D64.81 and D70.1, and any condition the chart
 * ties to the chemotherapy (Guidelines I.C.19.e.5.a: the nature of the adverse effect first, then the drug's T code).
 * 'A' while the patient receives active treatment for the effect.
 */
export function withChemotherapyAdverseEffect(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (findings.some((f) => f.code.startsWith('T451X5')) || view.indexOf('T451X5A') === undefined) return findings;
  const evidence: Evidence[] = [];
  for (const f of findings) {
    if (f.context !== 'affirmed' || /^[T-Z]/.test(f.code)) continue;
    const tied = NAMED_CAUSE.test(f.code)
      ? f.evidence
      : f.evidence.filter((e) => {
          const sentence = sentenceAt(reading, e.start);
          return DUE_TO_CHEMOTHERAPY.test(text.slice(e.start, sentence ? sentence.end : e.end + 60).slice(0, 80));
        });
    evidence.push(...tied);
  }
  if (evidence.length === 0) return findings;
  const note = 'adverse effect of antineoplastic chemotherapy, after the condition it caused (Guidelines I.C.19.e.5.a)';
  return [...findings, { code: 'T451X5A', evidence, score: 2, context: 'affirmed', notes: [note] }];
}
