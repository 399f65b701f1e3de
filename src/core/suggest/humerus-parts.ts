import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/** Neer's parts of a fracture of the upper end of the humerus: 'three-part', '4-part', 'two part'. */
const PARTS = /\b(two|three|four|[234])[- ]?parts?\b/i;
const NUMBERS: Record<string, string> = { two: '2', three: '3', four: '4', 2: '2', 3: '3', 4: '4' };

/**
 * A fracture of the upper end of the humerus by its parts: the Tabular codes them at the surgical neck (S42.22-
 * 2-part, S42.23- 3-part, S42.24- 4-part), and charts write Neer's count of the proximal humerus ('Three-part
 * fracture of the proximal right humerus' S42.231A, was S42.201A 'Unspecified fracture of upper end'). A 2-part
 * fracture not said to be nondisplaced is the displaced one (Guidelines I.C.19.c); the nondisplaced rule follows.
 */
export function withHumerusParts(view: CodeTableView, f: Finding, text: string) {
  if (!/^S422[01]/.test(f.code) || f.code.length !== 7) return undefined;
  const said = f.evidence.map((e) => PARTS.exec(clauseOf(text, e.start, e.end, 100))?.[1]).find(Boolean);
  if (!said) return undefined;
  const title = view.table.titles[view.indexOf(f.code) ?? -1] ?? '';
  const side = /\b(right|left|unspecified) humerus\b/i.exec(title)?.[1];
  const category = view.indexOf('S422');
  if (!side || category === undefined) return undefined;
  const wanted = new RegExp(`^${NUMBERS[said.toLowerCase()]}-part (?:displaced )?fracture of surgical neck of ${side} humerus,`);
  const match = view.descendants(category).find((k) => view.table.codes[k]![6] === f.code[6] && wanted.test(view.table.titles[k]!));
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `${NUMBERS[said.toLowerCase()]}-part fracture of the upper end of the humerus, as documented` };
}
