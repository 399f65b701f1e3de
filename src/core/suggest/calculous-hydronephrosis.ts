import type { RawCode } from '../types';

/**
 * 'Hydronephrosis, with obstruction by renal or ureteral calculus N13.2': the Index's 'with' presumes the link
 * (Guidelines I.A.15), and N20 excludes the calculus with hydronephrosis (Excludes1 at N20: 'with hydronephrosis
 * (N13.2)'). A stone of the kidney or ureter beside a hydronephrosis read without its cause is one code, N13.2; one
 * with infection (pyonephrosis, N13.6) is left as read.
 */
export const CALCULOUS_HYDRONEPHROSIS_WHY = 'a kidney or ureter stone with hydronephrosis is N13.2 (Index: Hydronephrosis, with calculus; Excludes1 at N20)';

const HYDRONEPHROSIS = /^N133[09]$/;
const CALCULUS = /^N20[0-29]$/;

export function calculousHydronephrosis(codes: readonly RawCode[]): { replace: RawCode[]; by: RawCode; keep: RawCode[] } | undefined {
  const hydronephrosis = codes.filter((c) => HYDRONEPHROSIS.test(c));
  const calculi = codes.filter((c) => CALCULUS.test(c));
  if (hydronephrosis.length === 0 || calculi.length === 0 || codes.includes('N136')) return undefined;
  return { replace: [...hydronephrosis, ...calculi], by: 'N132', keep: [] };
}
