import type { Suggestion } from '../types';

/**
 * An operation told again as a step of the procedure the note names with its approach: under 'Transurethral resection
 * of the prostate (TURP)' the description's 'Prostatic tissue resected from bladder neck to verumontanum' is the same
 * excision of the prostate through the resectoscope (0VB08ZZ), not a second one by the open approach its clause, which
 * states none, would default to (0VB00ZZ). One code per root operation on a body part (ICD-10-PCS guideline B3.2)
 * unless the note says the approach changed ('converted to open'), which states the open approach in its words.
 * `defaulted` holds the codes whose approach no clause stated.
 */
export function withoutRetoldSteps(found: Suggestion[], defaulted: Set<string>): Suggestion[] {
  const sameOperation = (a: string, b: string) => a !== b && a[0] === '0' && a.slice(0, 4) === b.slice(0, 4) && a.slice(5) === b.slice(5);
  return found.filter((s) => !defaulted.has(s.code) || !found.some((o) => !defaulted.has(o.code) && sameOperation(o.code, s.code)));
}
