import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/** Severe sepsis, with or without septic shock (R65.20, R65.21). */
export const SEVERE_SEPSIS = /^R652/;
/**
 * Codes of a systemic infection the Tabular lists under R65.2's 'Code first underlying infection': sepsis by organism
 * (A40-A41), the sepsis of a named disease (A02.1 salmonella, A20.7 plague, A21.7, A22.7, A24.1, A26.7, A32.7
 * listeria, A39.2-A39.4 meningococcal, A42.7, A54.86 gonococcal, B00.7 herpesviral, B37.7 candidal), and the sepsis
 * of pregnancy, a procedure, an infusion or a newborn (O85, O86.04, T81.44, T80.2-, P36).
 */
export const SYSTEMIC_INFECTION = /^(?:A4[01]|A021|A207|A217|A227|A241|A267|A327|A39[2-4]|A427|A5486|B007|B377|O85|O8604|T8144|T802|P36)/;
const SEPSIS_UNSPECIFIED = 'A419';

/**
 * Severe sepsis is never coded alone: R65.2 says 'Code first underlying infection', and the Guidelines (I.C.1.d.1.b)
 * give the systemic infection first, A41.9 where its organism is not documented. A chart that writes 'severe sepsis'
 * or 'septic shock' with no sepsis code found has named the sepsis too: A41.9 is added from the same words (an
 * organism the chart links to the sepsis, 'E. coli sepsis', is read as its own A41.5- and stops this).
 */
export function withSystemicInfection(view: CodeTableView, findings: Finding[]): Finding[] {
  const severe = findings.find((f) => SEVERE_SEPSIS.test(f.code) && f.context !== 'negated');
  if (!severe || findings.some((f) => SYSTEMIC_INFECTION.test(f.code)) || view.indexOf(SEPSIS_UNSPECIFIED) === undefined) return findings;
  return [...findings, unspecifiedSepsis(severe, 'severe sepsis: the systemic infection is coded first, A41.9 where its organism is not documented (Guidelines I.C.1.d.1.b)')];
}

/** A41.9 read from the words of the finding that named the sepsis. */
function unspecifiedSepsis(from: Finding, note: string): Finding {
  return { code: SEPSIS_UNSPECIFIED, evidence: [...from.evidence], score: from.score, context: from.context, notes: [note] };
}

/** The sepsis codes that name the infection itself (SYSTEMIC_INFECTION less the complications of care). */
const SEPSIS_OF_AGENT = /^(?:A4[01]|A021|A207|A217|A227|A241|A267|A327|A39[2-4]|A427|A5486|B007|B377)/;

/**
 * Sepsis following a procedure: T81.44 says 'Use additional code to identify the sepsis', and the Guidelines
 * (I.C.1.d.5.b) give the complication first, then the infection; 'postoperative sepsis' with no organism documented
 * is A41.9 after T81.44, from the same words (an organism the chart names gives its own A41.5- and stops this).
 */
export function withSepsisAfterProcedure(view: CodeTableView, findings: Finding[]): Finding[] {
  const after = findings.find((f) => f.code.startsWith('T8144') && f.context !== 'negated');
  if (!after || findings.some((f) => SEPSIS_OF_AGENT.test(f.code)) || view.indexOf(SEPSIS_UNSPECIFIED) === undefined) return findings;
  return [...findings, unspecifiedSepsis(after, 'sepsis following a procedure: T81.44 first, then the sepsis, A41.9 where its organism is not documented (Guidelines I.C.1.d.5.b)')];
}
