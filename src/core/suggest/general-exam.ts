import type { Finding } from './assemble';
import { isChildChart, isNewbornChart } from './pregnancy-codes';

/**
 * The general examination of a child is its routine health examination (Z00.12-: 'Examination, child (over 28 days
 * old) Z00.129, with abnormal findings Z00.121'), not the adult's Z00.0-, which the same words ('annual physical',
 * 'routine physical exam') give; a newborn's has its own codes (Z00.11-), left to the coder.
 */
export function withChildExamination(text: string, findings: Finding[]): Finding[] {
  if (!findings.some((f) => /^Z000[01]$/.test(f.code)) || !isChildChart(text) || isNewbornChart(text)) return findings;
  return findings.map((f) =>
    /^Z000[01]$/.test(f.code) ? { ...f, code: f.code === 'Z0001' ? 'Z00121' : 'Z00129', notes: [...f.notes, "a child's routine health examination (Z00.12-)"] } : f,
  );
}
