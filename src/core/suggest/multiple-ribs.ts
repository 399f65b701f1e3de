import type { Finding } from './assemble';

/** A fracture of one rib (S22.3-), its side (1 right, 2 left, 9 unspecified) and its 7th character. */
const ONE_RIB = /^S223([129])X([ABDGKPS])$/;
/** Words that say more than one rib broke: 'rib fractures', 'fractured ribs', 'ribs 4-6'. */
const PLURAL = /\bribs\b|\bfractures\b|\bfx(?:'?s)\b/i;

/**
 * 'Left rib fractures', 'fractures of left ribs 4-6': more than one rib is 'Fracture, rib, multiple' S22.4- (the
 * stems of 'fracture' and 'fractures' are one, so the phrase alone gives the one-rib code). Multiple fractures on both
 * sides are the bilateral S22.43-, which has no one-rib counterpart.
 */
export function foldMultipleRibs(findings: Finding[], text: string): Finding[] {
  if (!findings.some((f) => ONE_RIB.test(f.code))) return findings;
  const out = findings.map((f): Finding => {
    const m = ONE_RIB.exec(f.code);
    if (!m || !f.evidence.some((e) => PLURAL.test(text.slice(e.start, e.end)))) return f;
    return { ...f, code: `S224${m[1]}X${m[2]}`, notes: [...f.notes, 'fractures of more than one rib (Index: Fracture, rib, multiple S22.4-)'] };
  });
  const right = out.find((f) => /^S2241X/.test(f.code));
  const left = right && out.find((f) => /^S2242X/.test(f.code) && f.code.slice(-1) === right.code.slice(-1));
  if (!right || !left) return out;
  const both: Finding = { ...right, code: `S2243X${right.code.slice(-1)}`, evidence: [...right.evidence, ...left.evidence], score: Math.max(right.score, left.score) };
  return [...out.filter((f) => f !== right && f !== left), both];
}
