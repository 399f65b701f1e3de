import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * A foreign body in the wound as charts write it: 'with a foreign body', 'glass fragments retained', 'a wooden
 * splinter embedded', 'metallic fragments in the wound'.
 */
const FOREIGN_BODY = /\b(?:foreign bod(?:y|ies)|(?:glass|metal(?:lic)?|wood(?:en)?|plastic|gravel|stone) (?:fragments?|shards?|splinters?|pieces?|particles?)|splinters?|shards?|(?:retained|embedded) (?:glass|fragments?|debris))\b/gi;
/** The foreign body denied: 'no foreign body', 'without retained fragments', 'negative for foreign body'. */
const DENIED = /\b(?:no|not|without|free of|negative for|rul(?:e|ed) out)\b[^.;,]{0,25}$/i;

/**
 * An open wound with a foreign body in it (Index: 'Wound, open, by site, with foreign body'): the Tabular's laceration
 * and puncture codes come in pairs, 'Laceration without foreign body of left forearm' (S51.812) and 'Laceration with
 * foreign body of left forearm' (S51.822), and the word 'laceration' alone reads as the first. A foreign body written
 * in the wound's clause chooses the second: 'Laceration of the left forearm with glass fragments retained' S51.822A.
 */
export function withWoundForeignBody(view: CodeTableView, f: Finding, text: string) {
  if (f.code[0] !== 'S' || f.code.length !== 7) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  if (!/\bwithout foreign body\b/i.test(title)) return undefined;
  const said = f.evidence.some((e) => {
    const clause = clauseOf(text, e.start, e.end, 100);
    return [...clause.matchAll(FOREIGN_BODY)].some((m) => !DENIED.test(clause.slice(0, m.index)));
  });
  if (!said) return undefined;
  const category = view.indexOf(f.code.slice(0, 3));
  const wanted = title.replace(/\bwithout foreign body\b/i, 'with foreign body');
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.table.titles[k] === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: 'with foreign body, as documented' };
}
