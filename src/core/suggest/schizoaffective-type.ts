import type { Finding } from './assemble';

/**
 * The type written after a schizoaffective disorder across a comma or dash ('Schizoaffective disorder, bipolar type';
 * 'schizoaffective d/o - depressive type'): Index 'Disorder, schizoaffective, bipolar type F25.0, depressive type
 * F25.1'. Read as one phrase only without the comma, the type's word otherwise comes out a disorder of its own
 * (F31.9 'bipolar', F32.A 'depressive').
 */
const TYPED = /\bschizoaffective(?: disorder| d\/o)?\s*[,:;(-]\s*(bipolar|depressive|manic)(?: type)?\b/gi;
const TYPE_CODE: Readonly<Record<string, string>> = { bipolar: 'F250', manic: 'F250', depressive: 'F251' };

/** F25.9 beside its written type becomes the type's code; the type's own finding inside the phrase is dropped. */
export function foldSchizoaffectiveType(findings: Finding[], text: string): Finding[] {
  const unspecified = findings.find((f) => f.code === 'F259');
  if (!unspecified || !/schizoaffective/i.test(text)) return findings;
  const typed = [...text.matchAll(TYPED)];
  if (typed.length === 0) return findings;
  const within = (f: Finding) => f !== unspecified && f.code.startsWith('F3') && f.evidence.every((e) => typed.some((m) => e.start >= m.index! && e.end <= m.index! + m[0].length));
  const inside = findings.filter(within);
  const code = TYPE_CODE[typed[0]![1]!.toLowerCase()]!;
  const merged: Finding = { ...unspecified, code, evidence: [...unspecified.evidence, ...inside.flatMap((f) => f.evidence)], notes: [...unspecified.notes, 'the type written after the schizoaffective disorder (Index: Disorder, schizoaffective, bipolar type F25.0, depressive type F25.1)'] };
  return findings.filter((f) => f !== unspecified && !inside.includes(f)).concat(merged);
}
