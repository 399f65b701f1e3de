import type { RawCode } from '../types';

/**
 * 'Hydronephrosis, with obstruction by renal or ureteral calculus N13.2': the Index's 'with' presumes the link
 * (Guidelines I.A.15), and N20 excludes the calculus with hydronephrosis (Excludes1 at N20: 'with hydronephrosis
 * (N13.2)'). A stone of the kidney or ureter beside a hydronephrosis read without its cause is one code, N13.2.
 * With an infection of the kidney beside them (an obstructing stone with acute pyelonephritis, the septic patient a
 * urologist decompresses with a stent) it is N13.6 instead ('Hydronephrosis, with infection N13.6', 'Pyelonephritis,
 * calculous, with hydronephrosis N13.6': N13.6 holds the 'conditions in N13.0-N13.5 with infection'). N20 excludes
 * only N13.2, so the stone is kept beside N13.6, naming its site, and so is the pyelonephritis, naming the infection.
 */
export const CALCULOUS_HYDRONEPHROSIS_WHY = 'a kidney or ureter stone with hydronephrosis is N13.2, with infection N13.6 (Index: Hydronephrosis, with calculus; with infection; Excludes1 at N20)';

const HYDRONEPHROSIS = /^N133[09]$/;
const CALCULUS = /^N20[0-29]$/;
/** An infection of the kidney: acute, chronic or unspecified pyelonephritis (N10, N11.-, N12). */
const KIDNEY_INFECTION = /^(?:N10|N11\d|N12)$/;

export function calculousHydronephrosis(codes: readonly RawCode[]): { replace: RawCode[]; by: RawCode; keep: RawCode[] } | undefined {
  const hydronephrosis = codes.filter((c) => HYDRONEPHROSIS.test(c) || c === 'N132');
  const calculi = codes.filter((c) => CALCULUS.test(c));
  const infection = codes.filter((c) => KIDNEY_INFECTION.test(c));
  // A pyonephrosis the chart names ('infected hydronephrosis') takes the hydronephrosis read beside it.
  const pyonephrosis = codes.includes('N136');
  if (pyonephrosis || (infection.length > 0 && hydronephrosis.length > 0)) {
    if (hydronephrosis.length === 0) return undefined;
    return { replace: [...hydronephrosis, ...(pyonephrosis ? ['N136'] : [])], by: 'N136', keep: [...calculi, ...infection] };
  }
  if (hydronephrosis.length === 0 || calculi.length === 0 || codes.includes('N132')) return undefined;
  return { replace: [...hydronephrosis, ...calculi], by: 'N132', keep: [] };
}
