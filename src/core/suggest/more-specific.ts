import { formatCode } from '../codeset/format';
import type { CodeTableView } from '../search/code-table-view';
import { searchTerms } from '../search/terms';
import type { Prompt } from '../types';
import { coreTerms } from './concept-core';

/**
 * For an "unspecified" code, the sibling codes a coder could assign if the documentation said more
 * ('E11.9 found; E11.65 if hyperglycemia is documented' becomes a list of the siblings' titles).
 */
export function moreSpecificPrompt(view: CodeTableView, i: number): Prompt[] {
  const { codes, titles } = view.table;
  let known = siblingsByView.get(view);
  if (!known) siblingsByView.set(view, (known = new Map()));
  let siblings = known.get(i);
  if (!siblings) known.set(i, (siblings = moreSpecificSiblings(view, i)));
  if (siblings.length === 0) return [];
  const shown = siblings.slice(0, 4).map((k) => `${formatCode('icd10cm', codes[k]!)} ${titles[k]}`);
  return [
    {
      kind: 'moreSpecific',
      message: `${formatCode('icd10cm', codes[i]!)} is unspecified; if the documentation supports it: ${shown.join('; ')}${siblings.length > 4 ? ` (+${siblings.length - 4} more)` : ''}`,
      codes: siblings.slice(0, 4).map((k) => codes[k]!),
    },
  ];
}

/** Each code's siblings (see moreSpecificSiblings), found once per table view: charts repeat their unspecified codes. */
const siblingsByView = new WeakMap<CodeTableView, Map<number, number[]>>();

/** The billable siblings that refine code i, shortest titles first; none unless code i is unspecified. */
function moreSpecificSiblings(view: CodeTableView, i: number): number[] {
  const { codes, titles } = view.table;
  if (!/\bunspecified\b|\bwithout complications\b/i.test(titles[i]!) || codes[i]!.length <= 3) return [];
  const parentCode = codes[i]!.slice(0, codes[i]!.length === 7 ? 6 : codes[i]!.length - 1);
  const parent = view.indexOf(parentCode);
  if (parent === undefined) return [];
  // A sibling refines the code only if it names the same thing: 'Diarrhea, unspecified' (R19.7) is not refined by
  // its sibling 'Halitosis' (R19.6), only by codes that still say diarrhea.
  // Compared on their first six letters: 'depression' and 'depressive' stem apart but name the same thing.
  const stems = coreTerms(titles[i]!).map((t) => t.slice(0, 6));
  const same = (k: number) => stems.length === 0 || searchTerms(titles[k]!).some((t) => stems.includes(t.slice(0, 6)));
  // The shortest titles first: they add one fact to the code found ('with hyperglycemia'), the likeliest to be documented.
  const siblings = view
    .descendants(parent)
    .filter((k) => k !== i && view.isBillable(k) && !/\bunspecified\b/i.test(titles[k]!) && same(k))
    .sort((a, b) => titles[a]!.length - titles[b]!.length || a - b);
  return siblings;
}
