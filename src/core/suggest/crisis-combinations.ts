import type { CombinationRule } from './bile-duct-calculus';

/**
 * 'Graves' disease in thyroid storm': the thyrotoxicosis of a named cause with its crisis is that cause's code 'with
 * thyrotoxic crisis or storm' (E05.01, E05.11, E05.21, E05.41, E05.81), not the cause's code without it beside the
 * storm of no named cause (E05.91, Index: Thyrotoxicosis, with thyroid storm).
 */
export const THYROID_STORM_RULE: CombinationRule = {
  why: 'thyrotoxicosis of a named cause with thyroid storm is its own "with thyrotoxic crisis or storm" code (E05.-1)',
  match(codes) {
    const cause = codes.find((c) => /^E05[0-48]0$/.test(c));
    if (!cause || !codes.includes('E0591')) return undefined;
    return { replace: [cause, 'E0591'], by: `${cause.slice(0, 4)}1`, keep: [] };
  },
};

/**
 * 'Moderate persistent asthma, exacerbation, in status asthmaticus': an asthma of documented severity in status
 * asthmaticus is that severity's code 'with status asthmaticus' (J45.22, J45.32, J45.42, J45.52), which says more
 * than its exacerbation (J45.x1) and than the status asthmaticus of no stated severity (J45.902).
 */
export const STATUS_ASTHMATICUS_RULE: CombinationRule = {
  why: 'asthma of a stated severity in status asthmaticus is that severity\'s "with status asthmaticus" code (J45.x2)',
  match(codes) {
    const status = codes.find((c) => /^J45[2-5]2$/.test(c));
    const severity = status ?? codes.find((c) => /^J45[2-5][01]$/.test(c));
    if (!severity || (!status && !codes.includes('J45902'))) return undefined;
    const by = `${severity.slice(0, 4)}2`;
    const folded = codes.filter((c) => c !== by && (c.slice(0, 4) === severity.slice(0, 4) || /^J4590[129]$/.test(c)));
    if (folded.length === 0) return undefined;
    return { replace: [...folded, ...(status ? [status] : [])], by, keep: [] };
  },
};
