import type { Finding } from './assemble';

/** 'Fracture, wrist S62.10-': the unspecified carpal bone, which the word 'wrist' alone gives. */
const WRIST = /^S6210/;
/** The fractures of the lower end of the radius and ulna (S52.5-, S52.6-): Colles', Smith's, Barton's, styloid. */
const LOWER_FOREARM = /^S52[56]/;

const overlaps = (a: Finding['evidence'][number], b: Finding['evidence'][number]) => a.start < b.end && b.start < a.end;

/**
 * 'Colles fracture of the left wrist': the wrist is where the named fracture of the radius lies, not a fracture of a
 * carpal bone (S62.10-) beside it. A wrist fracture read only from words a fracture of the lower radius or ulna also
 * took is that fracture said again, and its evidence joins it.
 */
export function foldWristIntoForearm(findings: Finding[]): Finding[] {
  if (!findings.some((f) => WRIST.test(f.code)) || !findings.some((f) => LOWER_FOREARM.test(f.code))) return findings;
  return findings.filter((f) => {
    if (!WRIST.test(f.code)) return true;
    const named = findings.find((o) => LOWER_FOREARM.test(o.code) && o.code[6] === f.code[6] && f.evidence.every((e) => o.evidence.some((n) => overlaps(e, n))));
    if (!named) return true;
    named.evidence.push(...f.evidence);
    return false;
  });
}
