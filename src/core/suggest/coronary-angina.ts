import type { CombinationRule } from './bile-duct-calculus';

/**
 * Coronary atherosclerosis with angina is one code (Guidelines I.C.9.b: 'ICD-10-CM has combination codes for
 * atherosclerotic heart disease with angina pectoris ... A causal relationship can be assumed in a patient with both
 * atherosclerosis and angina pectoris'), I20 'Excludes1: angina pectoris with atherosclerotic heart disease of native
 * coronary arteries (I25.1-)': 'CAD of native coronary artery w/ stable angina' is I25.118, not I25.10 with I20.89,
 * and 'unstable angina' with CAD is I25.110, where the Excludes1 note alone would keep I25.10 and lose the angina.
 * Angina with coronary microvascular dysfunction (I20.81) has no combination of its own and stays beside I25.10.
 */
const ANGINA_FIFTH: Readonly<Record<string, string>> = { I200: '0', I201: '1', I202: '2', I2089: '8', I209: '9' };

export const CORONARY_ANGINA_RULE: CombinationRule = {
  why: 'coronary atherosclerosis with angina is one code, the cause presumed (Guidelines I.C.9.b; I20 Excludes1 I25.1-)',
  match(codes) {
    if (!codes.includes('I2510')) return undefined;
    // The most specific angina told: unstable, spastic or refractory before other forms, any before unspecified.
    const angina = ['I200', 'I201', 'I202', 'I2089', 'I209'].find((c) => codes.includes(c));
    if (!angina) return undefined;
    return { replace: ['I2510', ...codes.filter((c) => c in ANGINA_FIFTH)], by: `I2511${ANGINA_FIFTH[angina]}`, keep: [] };
  },
};
