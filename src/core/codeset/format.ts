import type { CodeSystem, RawCode } from '../types';

/** Strips dots, spaces and hyphens and upper-cases: 'e11.9' -> 'E119', 's52.5-' -> 'S525'. */
export function normalizeCode(input: string): RawCode {
  return input.replace(/[\s.\-]/g, '').toUpperCase();
}

/** Writes a raw code as coders write it: ICD-10-CM takes a dot after the category ('E119' -> 'E11.9'); PCS and HCPCS have none. */
export function formatCode(system: CodeSystem, raw: RawCode): string {
  if (system !== 'icd10cm' || raw.length <= 3) return raw;
  return `${raw.slice(0, 3)}.${raw.slice(3)}`;
}

/**
 * Adds a 7th character, filling with the placeholder X up to six characters first:
 * W2189 + A -> W2189XA, T07 + A -> T07XXXA, S52301 + A -> S52301A (all raw, no dot).
 */
export function withSeventh(raw: RawCode, char: string): RawCode {
  return raw.padEnd(6, 'X') + char;
}
