/** Renders codes as one line for a billing screen, in the format the coder chose. */
import { formatCode } from '../core/codeset/format';
import type { ClaimCode } from './messages';
import type { CopyFormat } from './settings-schema';

const SEPARATORS: Record<CopyFormat['separator'], string> = { comma: ', ', space: ' ', newline: '\n' };

export function separatorFor(format: CopyFormat): string {
  return SEPARATORS[format.separator];
}

/** One code as the format writes it: with the ICD-10-CM dot or without any dot. */
export function renderCode(code: ClaimCode, format: CopyFormat): string {
  const raw = code.code.replace(/\./g, '').toUpperCase();
  return format.dots ? formatCode(code.set, raw) : raw;
}

export function renderClaimLine(codes: readonly ClaimCode[], format: CopyFormat): string {
  return codes.map((code) => renderCode(code, format)).join(separatorFor(format));
}
