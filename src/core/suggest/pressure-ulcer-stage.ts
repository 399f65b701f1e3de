import type { Finding } from './assemble';

/** A pressure ulcer of a numbered stage (L89.--1 to L89.--4): its site (the first five characters) and stage. */
const STAGED = /^(L89\d\d)([1-4])$/;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** The stage numbers an evidence's words write after 'stage' or 'grade' ('stage 2', 'stage IV', 'grade III'). */
function writtenStages(words: string): Set<string> {
  const stages = new Set<string>();
  for (const m of words.matchAll(/\b(?:stage|grade)\s*([1-4]|iv|i{1,3})\b/gi)) stages.add(ROMAN[m[1]!.toLowerCase()] ?? m[1]!);
  return stages;
}

/**
 * A pressure ulcer's stage is the number written as its stage: 'R hip: stage 2 pressure ulcer, 1.5 x 1.0 cm' is stage
 * 2 (L89.212), the '1' of the measurement read as 'stage 1' (L89.211) no second ulcer. A stage of the same site that
 * no evidence writes yields to the one written; each written stage of a site stays (two ulcers of one site).
 */
export function foldUnwrittenStage(findings: Finding[], text: string): Finding[] {
  const staged = findings.flatMap((f) => {
    const m = STAGED.exec(f.code);
    if (!m) return [];
    const written = f.evidence.some((e) => writtenStages(text.slice(e.start, e.end)).has(m[2]!));
    return [{ f, site: m[1]!, written }];
  });
  const dropped = new Set<Finding>();
  for (const { f, site, written } of staged) {
    const own = !written && staged.find((g) => g.site === site && g.written && g.f !== f);
    if (!own) continue;
    own.f.evidence.push(...f.evidence);
    dropped.add(f);
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}
