import type { CodeTableView } from '../search/code-table-view';

/** A title that names a side: every code a side read from the chart can give is titled with one (see withSide). */
const SIDED_TITLE = /right|left|bilateral/i;

/** Each category's answer (see categoryNamesSides), per table view: a few thousand booleans at most. */
const sidedByView = new WeakMap<CodeTableView, Map<number, boolean>>();

/**
 * Whether any code of a category is titled with a side ('Flank pain, left side' under R10): only there can a side
 * said beside an unspecified finding give it a code. Most unspecified findings (Fever, Anemia, Pain) are of
 * categories that name none, and reading the sides around their words was a tenth of refining a chart's findings.
 */
export function categoryNamesSides(view: CodeTableView, category: number): boolean {
  let known = sidedByView.get(view);
  if (!known) sidedByView.set(view, (known = new Map()));
  let sided = known.get(category);
  if (sided === undefined) {
    sided = view.descendants(category).some((k) => SIDED_TITLE.test(view.table.titles[k]!));
    known.set(category, sided);
  }
  return sided;
}
