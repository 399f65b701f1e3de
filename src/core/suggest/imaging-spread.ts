import type { CodeTableView } from '../search/code-table-view';
import type { Mention } from './find-mentions';

/** Words that report what a study found, or the colon of its report: a body part named after them is where the finding lies. */
export const REPORTED = /:|\b(?:showed|shows|show|showing|revealed|reveals|revealing|identified|identifies|demonstrated|demonstrates|confirmed|detected|found|observed|in which|where)\b/i;

/**
 * Whether an imaging mention takes its body part from the report of another study of the same kind that shares its
 * words: in 'An abdominal ultrasound showed multiple hepatic cysts' the study is of the abdomen (BW40), and the liver is
 * where its finding lies, not a liver ultrasound (BF45). Body parts listed before the study share it ('Chest and
 * abdominal X-rays'), and a study naming more body parts ('CT of the chest, abdomen and pelvis') stays.
 */
export function isSpreadOverStudy(text: string, view: CodeTableView, m: Mention, mentions: readonly Mention[]): boolean {
  const code = view.table.codes[m.codeIndex]!;
  if (code[0] !== 'B') return false;
  return mentions.some((o) => {
    const other = view.table.codes[o.codeIndex]!;
    if (o === m || other[0] !== 'B' || other[2] !== code[2] || o.words < m.words) return false;
    return o.start < m.end && m.start < o.end && o.end < m.end && REPORTED.test(text.slice(o.end, m.end));
  });
}
