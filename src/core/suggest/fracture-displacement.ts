import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { type Detail, nearest } from './fracture-episode';
import { clauseSpan } from './procedure-context';

/**
 * A fracture said not to be displaced ('nondisplaced', 'non-displaced', 'undisplaced', 'without displacement'), or
 * said to be ('displaced', 'with displacement').
 */
const DISPLACEMENT = /\b(?:(non-?\s?displaced|undisplaced|not displaced|without (?:\w+ )?displacement|no displacement)|displaced|with (?:\w+ )?displacement)\b/gi;

/**
 * A fracture not indicated as displaced or nondisplaced is coded displaced (Tabular note at S42, S52, S62, S72, S82,
 * S92; Guidelines I.C.19.c), so the displaced code is the one the words give when they say nothing; a chart that
 * says the fracture is not displaced ('Non-displaced fracture of the right lateral malleolus', 'fracture of the left
 * radial head without displacement') takes the sibling whose title says 'Nondisplaced' in its place. Of two
 * fractures in a sentence each takes the word nearest it.
 */
export function withNondisplaced(view: CodeTableView, f: Finding, text: string) {
  if (!/^S[0-9]2/.test(f.code)) return undefined;
  const title = view.table.titles[view.indexOf(f.code) ?? -1] ?? '';
  if (!/\bdisplaced\b/i.test(title)) return undefined;
  const said: Detail<boolean>[] = [];
  for (const e of f.evidence) {
    const [from, to] = clauseSpan(text, e.start, e.end, 100);
    for (const m of text.slice(from, to).matchAll(DISPLACEMENT)) said.push({ value: m[1] !== undefined, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  if (!nearest(said, f.evidence)) return undefined;
  const wanted = title.replace(/\bdisplaced\b/, 'nondisplaced').replace(/^Displaced\b/, 'Nondisplaced');
  const category = view.indexOf(f.code.slice(0, 3));
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.table.titles[k] === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: 'nondisplaced, as documented' };
}
