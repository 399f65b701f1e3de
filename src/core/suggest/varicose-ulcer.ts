import type { CombinationRule } from './bile-duct-calculus';

/**
 * Varicose veins of a leg with an ulcer of it are one code with the ulcer's site (Index: 'Varix, leg, with ulcer
 * I83.0-'; Guidelines I.A.15, 'with'), the ulcer's severity still coded (I83.0 'Use additional code to identify
 * severity of ulcer (L97.-)'): the asymptomatic varices (I83.9-) read beside a chronic ulcer of the lower limb (L97.-)
 * take the ulcer's site (fourth character: 1 thigh, 2 calf, 3 ankle, 4 heel and midfoot, 5 other part of foot, 8 other
 * part of lower leg, 9 unspecified, alike in both) and its side, or the varices' where the ulcer's is not said.
 * Varices of both legs are left to the coder: which leg is ulcerated, and the other asymptomatic, is the chart's to say.
 */
export const VARICOSE_ULCER_RULE: CombinationRule = {
  why: 'varicose veins with an ulcer of the same leg are one code with its site (Index: Varix, leg, with ulcer I83.0-); L97 gives the severity',
  match(codes) {
    const varix = codes.find((c) => /^I839[012]$/.test(c));
    // A site named before an unnamed one ('ulcer of the ankle' read also as an unspecified part of the leg).
    const ulcers = codes.filter((c) => /^L97[1-589][012]/.test(c));
    const ulcer = ulcers.find((c) => c[3] !== '9') ?? ulcers[0];
    if (!varix || !ulcer) return undefined;
    const side = ulcer[4] !== '0' ? ulcer[4] : varix[4] === '1' || varix[4] === '2' ? varix[4] : '0';
    // A 'venous (stasis) ulcer' read as I87.2 is the varix's ulcer here: 'Ulcer, stasis, with varicose veins - see Varix,
    // leg, with ulcer'; I87.2 is the stasis ulcer without them.
    return { replace: [varix, ...codes.filter((c) => c === 'I872')], by: `I830${side}${ulcer[3]}`, keep: [ulcer] };
  },
};
