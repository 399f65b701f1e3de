import type { ChartTerm } from './chart-terms';
import type { ConceptMatch } from './concept-index';

const SIDES = new Set(['right', 'left']);

/** Sides shared by one site: 'left and right forearms', 'right or left', 'R/L'. */
const SIDE_LIST = /^\s*(?:and|or|&|\/|,)\s*$/i;

/**
 * Whether a phrase takes its side from another site of a list: in 'burns of right upper arm, left forearm and chest
 * wall' the forearm is the left one and the upper arm the right one, so 'right ... forearm' (T22.211A) and 'upper
 * arm, left' (T22.232A) are not read. A site whose words the phrase takes right after a side of its own other than
 * the phrase's is that side's. Sides listed together for one site ('left and right forearms') still share it.
 */
export function takesSideOfAnotherSite(text: string, match: ConceptMatch, terms: readonly ChartTerm[]): boolean {
  const sideAt = new Map<number, ChartTerm>();
  for (const t of terms) if (SIDES.has(t.term)) sideAt.set(t.position, t);
  const taken = match.positions.filter((p) => sideAt.has(p));
  if (taken.length === 0) return false;
  const sides = new Set(taken.map((p) => sideAt.get(p)!.term));
  return match.positions.some((p) => {
    const before = sideAt.get(p - 1);
    if (sideAt.has(p) || !before || match.positions.includes(p - 1) || sides.has(before.term)) return false;
    // 'left and right forearm': the side the phrase took is listed with this one for the same site.
    return !taken.some((q) => SIDE_LIST.test(text.slice(sideAt.get(q)!.end, before.start)));
  });
}
