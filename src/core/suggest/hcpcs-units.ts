import { searchTerms } from '../search/terms';

const DOSE = /(\d+(?:\.\d+)?)\s*(mg|mcg|g|units?|ml|cc|meq|iu)\b/i;
const STRENGTH_OR_DOSE = /,?\s*(?:per\s+)?\d+(?:\.\d+)?\s*(?:mg|mcg|g|units?|ml|cc|meq|iu)\b.*$/i;

/**
 * The core terms of an HCPCS Level II title: the drug or supply, without the dose per unit and the route word that
 * begins drug titles ('Injection, dexamethasone sodium phosphate, 1 mg' -> dexamethason sodium phosphat).
 */
export function hcpcsCoreTerms(title: string): string[] {
  return [...new Set(searchTerms(title.replace(STRENGTH_OR_DOSE, ' ').replace(/^injection,\s*/i, ' ')))];
}

/**
 * Units to report for a drug code billed per dose ('1 mg'): the documented dose divided by the code's, rounded up
 * (4 mg of a per-1-mg code is 4 units). Undefined when either dose is missing or their units differ.
 */
export function unitsFor(title: string, documented: string): { units: number; dose: string; perUnit: string } | undefined {
  const per = DOSE.exec(title);
  const given = DOSE.exec(documented);
  if (!per || !given || unitName(per[2]!) !== unitName(given[2]!)) return undefined;
  const units = Math.ceil(Number(given[1]) / Number(per[1]) - 1e-9);
  return units > 0 ? { units, dose: given[0], perUnit: per[0] } : undefined;
}

function unitName(unit: string): string {
  const u = unit.toLowerCase();
  return u === 'cc' ? 'ml' : u.replace(/s$/, '');
}
