import type { CodeTableView } from '../search/code-table-view';
import { searchTerms } from '../search/terms';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/** A title's words to compare: stemmed (plurals fold), without 'specified' and the Tabular's '(s)'. */
function wordsOf(title: string): string {
  return searchTerms(title.replace(/\(s\)/g, '').replace(/\bspecified\b/gi, '')).join(' ');
}

/**
 * 'Other injury of ...' opening its clause (or its numbered item), 'laceration of other muscles', and the word after
 * it (its first letters, so that a plural is said too). Not an 'other' that adds more of the same ('a fracture of the
 * femur and other injuries of the thorax', 'she also had other fractures of the right patella'), nor 'the other'
 * ('the other hand'), the second of a pair.
 */
const OTHER = /(?:^[^\w]*(?:\d+[.)]?\s*)?(?:an?\s+)?|\bof\s+)other (?:specified )?(\w+)/gi;

/**
 * An injury the chart calls 'other': the classification's 'Other' or 'Other specified' codes are the kind or the part
 * a chart names that has no code of its own, and their words are the unspecified code's with 'other' in place of
 * 'unspecified' ('Other displaced fracture of second cervical vertebra' S12.190, 'Unspecified injury of other muscles,
 * fascia and tendons at forearm level' S56.80-, 'Other specified injuries of thorax' S29.8). The concepts leave 'other'
 * out as a qualifier, so 'other' read before the word the title leaves unspecified ('other injury', 'other muscles')
 * chooses the sibling that says it there, in the injury chapter.
 */
export function withOtherSaid(view: CodeTableView, f: Finding, text: string) {
  if (!/^[ST]/.test(f.code)) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  const unspecified = [...title.matchAll(/\bunspecified (\w+)/gi)];
  if (unspecified.length === 0) return undefined;
  const clauses = f.evidence.map((e) => clauseOf(text, e.start, e.end, 100)).filter((c) => /\bother\b/i.test(c));
  if (clauses.length === 0) return undefined;
  const others = new Set(clauses.flatMap((c) => [...c.matchAll(OTHER)].map((m) => m[1]!.slice(0, 5).toLowerCase())));
  const said = unspecified.filter((m) => others.has(m[1]!.slice(0, 5).toLowerCase()));
  if (said.length === 0) return undefined;
  let wanted = title;
  for (const m of said) wanted = wanted.replace(m[0], `other ${m[1]}`);
  const words = wordsOf(wanted);
  const category = view.indexOf(f.code.slice(0, 3));
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.isBillable(k) && view.table.codes[k]!.length === f.code.length && wordsOf(view.table.titles[k]!) === words);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `'other' ${said.map((m) => m[1]!.toLowerCase()).join(', ')}, as documented` };
}
