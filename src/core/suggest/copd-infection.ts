import type { CombinationRule } from './bile-duct-calculus';

/**
 * Acute lower respiratory infections: pneumonia of any organism but the hypostatic one (J12-J18, not J18.2), influenza
 * with pneumonia (J09.X1, J10.0-, J11.0-), acute bronchitis and bronchiolitis (J20-J21), and the unspecified one (J22).
 */
const LOWER_RESPIRATORY_INFECTION = /^(?:J1[2-7]|J18[0189]|J09X1|J100|J110|J2[0-2])/;

/**
 * COPD with a pneumonia or an acute bronchitis is 'with (acute) lower respiratory infection' (J44.0, Index: Disease,
 * lung, obstructive, with, lower respiratory infection), the infection coded as well ('Code also to identify the
 * infection'); 'with' presumes the link (Guidelines I.A.15). An exacerbation documented too keeps J44.1 beside J44.0:
 * the infection and the exacerbation are each their own axis (as AHA Coding Clinic advises).
 */
export const COPD_INFECTION_RULE: CombinationRule = {
  why: 'COPD with an acute lower respiratory infection is J44.0 (Guidelines I.A.15, "with"); the infection is coded as well',
  match(codes) {
    const infection = codes.find((c) => LOWER_RESPIRATORY_INFECTION.test(c));
    if (!infection || codes.includes('J440')) return undefined;
    // The infection stays as it is, in its own place on the list: J44.0 takes the COPD's words and place alone.
    if (codes.includes('J449')) return { replace: ['J449'], by: 'J440', keep: [] };
    if (codes.includes('J441')) return { replace: [], by: 'J440', keep: ['J441'] };
    return undefined;
  },
};
