import { normalizeCode } from '../codeset/format';
import type { RawCode } from '../types';

const CODE = String.raw`[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?`;
const CODE_OR_RANGE = new RegExp(String.raw`(?<![0-9A-Za-z])(${CODE})(?:\.?-)?(?:-(${CODE}))?(?![0-9A-Za-z])`, 'g');

/**
 * The code ranges a note names: 'influenza (J09-J11)' -> [['J09','J11']], '(S58.-)' -> [['S58','S58']]. Remembered by
 * text (the same chapter and category notes are read for every code below them); the answer is shared, not to be
 * changed.
 */
export function noteRanges(text: string): [RawCode, RawCode][] {
  let ranges = rangesByText.get(text);
  if (!ranges) {
    ranges = [...text.matchAll(CODE_OR_RANGE)].map((m) => [normalizeCode(m[1]!), normalizeCode(m[2] ?? m[1]!)]);
    if (rangesByText.size >= 20_000) rangesByText.clear();
    rangesByText.set(text, ranges);
  }
  return ranges;
}

const rangesByText = new Map<string, [RawCode, RawCode][]>();

/** True when the code falls under one of the ranges: a range covers its ends and every code beneath them. */
export function rangesCover(ranges: [RawCode, RawCode][], code: RawCode): boolean {
  return ranges.some(([from, to]) => {
    const head = code.slice(0, from.length);
    return head >= from && code.slice(0, to.length) <= to;
  });
}
