import type { SearchHit } from '../types';
import type { CodeTableView } from './code-table-view';
import { rankCodes } from './rank';
import type { SearchIndex } from './search-index';
import { formatCode } from '../codeset/format';
import { buildSlots, type Slot } from './word-query';

/** How far a header falls behind the billable code it leads to: coders submit billable codes. */
const HEADER_FACTOR = 0.9;

/**
 * Ranks codes for query slots: each header found is replaced at its score by the billable code a coder reaches
 * from it without more detail, and itself kept a little lower, so that a billable code comes first.
 */
export function searchSlots(index: SearchIndex, view: CodeTableView, slots: Slot[], limit: number): SearchHit[] {
  const ranked = rankCodes(index, slots, limit * 3 + 10);
  const scores = new Map<number, { score: number; doc: number }>();
  const offer = (codeIndex: number, score: number, doc: number) => {
    const previous = scores.get(codeIndex);
    if (!previous || score > previous.score) scores.set(codeIndex, { score, doc });
  };
  for (const hit of ranked) {
    const leaf = view.defaultBillable(hit.codeIndex);
    if (leaf === undefined) {
      offer(hit.codeIndex, hit.score, hit.doc);
      continue;
    }
    offer(leaf, hit.score - 1e-6, hit.doc);
    offer(hit.codeIndex, hit.score * HEADER_FACTOR, hit.doc);
  }
  const table = view.table;
  return [...scores.entries()]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, limit)
    .map(([i, { score, doc }]) => {
      const matched = index.docText(doc);
      return {
        set: table.system,
        code: table.codes[i]!,
        display: formatCode(table.system, table.codes[i]!),
        title: table.titles[i]!,
        billable: view.isBillable(i),
        score: Math.round(score * 1000) / 1000,
        matched: matched.source === 'title' && index.docCode[doc] === i ? undefined : `${matched.source}: ${matched.text}`,
      };
    });
}

export { buildSlots };
