import type { RawCode } from '../types';
import { normalizeCode } from './format';

const CODE = String.raw`[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?`;
/** A code as notes print it: 'T63.4', 'Z16.-', 'S58.-', or a range 'P35-P39'. */
const CODE_OR_RANGE = new RegExp(String.raw`(?<![0-9A-Za-z])(${CODE})(?:\.?-)?(?:-(${CODE}))?(?![0-9A-Za-z])`, 'g');

/**
 * The codes a Tabular List note names, raw: 'influenza (J00-J22)' -> ['J00', 'J22'],
 * 'traumatic amputation of forearm (S58.-)' -> ['S58']. A range gives its two ends.
 */
export function noteCodes(text: string): RawCode[] {
  const codes: RawCode[] = [];
  for (const match of text.matchAll(CODE_OR_RANGE)) {
    codes.push(normalizeCode(match[1]!));
    if (match[2]) codes.push(normalizeCode(match[2]));
  }
  return codes;
}
