import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

const FOREARM = /\bforearms?\b/i;

/**
 * A title of S66 or S56 without the words in which the two categories word the same muscle apart: the level, the
 * thumb's 'long' flexor (S66.0) and 'extensor or abductor muscles' (S56.3), and S56's 'finger of unspecified finger'.
 */
function sameMuscle(title: string): string {
  return title
    .toLowerCase()
    .replace(/ at (?:wrist and hand|forearm) level\b/, '')
    .replace(/\blong flexor\b/, 'flexor')
    .replace(/\bextensor or abductor muscles, fascia and tendons\b/, 'extensor muscle, fascia and tendon')
    .replace(/\bfinger(?: of|,) unspecified finger\b/, 'unspecified finger');
}

/**
 * The level of a finger's or the thumb's muscle and tendon: the words that name them ('laceration of the flexor
 * tendon of the left ring finger') reach the wrist and hand level codes (S66.-), where a finger is; a clause that
 * places the injury in the forearm ('section of the flexor tendons of the fingers in the distal third of the
 * forearm') is the forearm level's code of the same muscle, kind and finger (S56.-), as the Index divides them
 * ('Injury, muscle, finger, flexor (forearm level) ...; hand level S66.1-').
 */
export function withTendonLevel(view: CodeTableView, f: Finding, text: string) {
  if (!/^S66[0-3]/.test(f.code) || f.code.length !== 7) return undefined;
  if (!f.evidence.some((e) => FOREARM.test(clauseOf(text, e.start, e.end, 100)))) return undefined;
  const title = view.table.titles[view.indexOf(f.code) ?? -1];
  const forearm = view.indexOf('S56');
  if (!title || forearm === undefined) return undefined;
  const wanted = sameMuscle(title);
  const match = view.descendants(forearm).find((k) => view.table.codes[k]!.length === 7 && sameMuscle(view.table.titles[k]!) === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: 'at forearm level, as documented' };
}
