import type { Finding } from './assemble';

/**
 * A focal epilepsy said without its seizure type takes the Index's default, the simple partial seizures (G40.1-, see
 * epilepsy-index.ts); the same epilepsy named with complex partial (impaired awareness) seizures elsewhere in the
 * chart ('intractable focal epilepsy (localization-related symptomatic epilepsy with complex partial seizures)') is
 * G40.2-, and the default is that epilepsy said again: one code, its evidence joined to the documented type's.
 */
const DEFAULT_TYPE = /^G401/;
const DOCUMENTED_TYPE = /^G402/;

export function withEpilepsyType(findings: Finding[]): Finding[] {
  const typed = findings.find((f) => DOCUMENTED_TYPE.test(f.code) && f.context === 'affirmed');
  if (!typed) return findings;
  return findings.filter((f) => {
    if (!DEFAULT_TYPE.test(f.code)) return true;
    typed.evidence.push(...f.evidence.filter((e) => !typed.evidence.some((t) => t.start === e.start && t.end === e.end)));
    return false;
  });
}
