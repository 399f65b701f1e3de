import type { Finding } from './assemble';

/** 'Fall on same level from slipping, tripping and stumbling' (W01.-): the Index's 'Tripping, over, animal W01.0'. */
const TRIPPING = /^W01/;
/** The animal's own doing: bitten, struck, contact with (W53-W59, 'Struck by dog' W54.1). */
const ANIMAL_DOING = /^W5[3-9]/;

/**
 * 'Tripped over the dog and struck head on the floor': the dog was tripped over (W01.0-), it struck nothing; the
 * words 'dog' and 'struck' in one sentence read as 'Struck by dog' (W54.1) as well. An animal's code whose words
 * share the tripping's span is that misreading and is dropped; a bite told elsewhere keeps its code.
 */
export function withoutAnimalTrippedOver(findings: Finding[]): Finding[] {
  const tripping = findings.filter((f) => TRIPPING.test(f.code)).flatMap((f) => f.evidence);
  if (tripping.length === 0) return findings;
  const shares = (f: Finding) => f.evidence.every((e) => tripping.some((t) => e.start < t.end && t.start < e.end));
  return findings.filter((f) => !(ANIMAL_DOING.test(f.code) && shares(f)));
}
