import type { RawCode } from '../types';

/**
 * The glomerular syndromes N00-N07 share their fourth character: the morphology the biopsy names ('.2 with diffuse
 * membranous glomerulonephritis'). A glomerulonephritis named by morphology alone reads as N05 (the syndrome
 * unspecified, 'Glomerulonephritis, membranous N05.2'); beside a named syndrome read without one ('nephrotic syndrome',
 * N04.9), the coder reports the syndrome with that morphology (N04.20), one code. N02 (persistent hematuria) has its
 * own IgA subdivisions and is left as read.
 */
export const GLOMERULAR_WHY = 'a glomerular syndrome takes the morphology the biopsy names as its fourth character (N00-N07)';

const SYNDROME_UNSPECIFIED = /^N0[01346]9$/;
const MORPHOLOGY = /^N05[0-9A]$/;
/** Categories whose '.2' is subdivided by the membranous nephropathy's kind: the unspecified kind is '.20'. */
const MEMBRANOUS_SUBDIVIDED = /^N0[46]/;

export function glomerularCombination(codes: readonly RawCode[]): { replace: RawCode[]; by: RawCode; keep: RawCode[] } | undefined {
  const syndrome = codes.find((c) => SYNDROME_UNSPECIFIED.test(c));
  const morphology = codes.find((c) => MORPHOLOGY.test(c));
  if (!syndrome || !morphology) return undefined;
  const fourth = morphology[3]!;
  const by = fourth === '9' ? syndrome : `${syndrome.slice(0, 3)}${fourth}${fourth === '2' && MEMBRANOUS_SUBDIVIDED.test(syndrome) ? '0' : ''}`;
  return { replace: [syndrome, morphology], by, keep: [] };
}
