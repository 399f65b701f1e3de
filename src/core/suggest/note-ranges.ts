import { normalizeCode } from '../codeset/format';
import type { RawCode } from '../types';

const CODE = String.raw`[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?`;
const CODE_OR_RANGE = new RegExp(String.raw`(?<![0-9A-Za-z])(${CODE})(?:\.?-)?(?:-(${CODE}))?(?![0-9A-Za-z])`, 'g');

/** The code ranges a note names: 'influenza (J09-J11)' -> [['J09','J11']], '(S58.-)' -> [['S58','S58']]. */
export function noteRanges(text: string): [RawCode, RawCode][] {
  return [...text.matchAll(CODE_OR_RANGE)].map((m) => [normalizeCode(m[1]!), normalizeCode(m[2] ?? m[1]!)]);
}

/** True when the code falls under one of the ranges: a range covers its ends and every code beneath them. */
export function rangesCover(ranges: [RawCode, RawCode][], code: RawCode): boolean {
  return ranges.some(([from, to]) => {
    const head = code.slice(0, from.length);
    return head >= from && code.slice(0, to.length) <= to;
  });
}
