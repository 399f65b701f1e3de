import type { CombinationRule } from './bile-duct-calculus';

/**
 * A type 2 infarction said with its demand ischemia ('Type 2 MI 2/2 AF w/ RVR (demand ischemia)') is one code: I21.A1's
 * inclusion term is 'Myocardial infarction due to demand ischemia', and I24.8 excludes it (Excludes1: 'myocardial
 * infarction due to demand ischemia (I21.A1)'). The ischemia's words join the infarction, no I24.89 beside it.
 */
export const DEMAND_ISCHEMIA_INFARCTION_RULE: CombinationRule = {
  why: 'myocardial infarction due to demand ischemia is the type 2 infarction I21.A1 (inclusion term; I24.8 Excludes1)',
  match(codes) {
    if (!codes.includes('I21A1') || !codes.includes('I2489')) return undefined;
    return { replace: ['I2489', 'I21A1'], by: 'I21A1', keep: [] };
  },
};
