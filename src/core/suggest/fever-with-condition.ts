import type { CodeTableView } from '../search/code-table-view';
import type { Evidence } from '../types';
import type { Finding } from './assemble';

/**
 * A fever the chart ties to the neutropenia ('neutropenic fever', 'febrile neutropenia'): D70 'Use additional code for
 * any associated fever (R50.81)', 'Fever presenting with conditions classified elsewhere', not the unspecified fever
 * R50.9 its word alone gives.
 */
const NEUTROPENIC_FEVER = /\b(?:neutropenic fevers?|febrile neutropenia|fever (?:and|with|w\/) neutropenia|neutropenia (?:and|with|w\/) fever)\b/gi;
const NEUTROPENIA = /^D70/;

/**
 * The fever of a neutropenia as R50.81 in place of R50.9; and chills beside a fever dropped, since chills with fever
 * are the fever's (R68.83 is 'Chills (without fever)', its Excludes1 'chills with fever (R50.9)').
 */
export function withFeverOfCondition(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  let kept = findings;
  const neutropenia = kept.find((f) => NEUTROPENIA.test(f.code) && f.context === 'affirmed');
  const tied: Evidence[] = neutropenia ? [...text.matchAll(NEUTROPENIC_FEVER)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  if (tied.length > 0 && view.indexOf('R5081') !== undefined && !kept.some((f) => f.code === 'R5081')) {
    const plain = kept.find((f) => f.code === 'R509');
    kept = [
      ...kept.filter((f) => f !== plain),
      {
        code: 'R5081',
        evidence: [...tied, ...(plain?.evidence ?? [])],
        score: Math.max(3, plain?.score ?? 0),
        context: 'affirmed',
        notes: ['the fever of the neutropenia (D70: use additional code for any associated fever, R50.81)'],
      },
    ];
  }
  const fever = kept.some((f) => /^R50/.test(f.code) && f.context === 'affirmed');
  return fever ? kept.filter((f) => f.code !== 'R6883') : kept;
}
