import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * A finger named as charts write it: by its name ('the left ring finger') or its place, the thumb being the first
 * ('the fifth finger of the right hand', '2nd digit'), and the side before it or after it as the hand's.
 */
const FINGER = /\b(?:(right|left)\s+)?(index|middle|ring|little|second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:finger|digit)s?\b(?:\s+of\s+(?:the|his|her)\s+(right|left)\s+hand\b)?/gi;
/** Fingers listed before the one 'finger' word: 'the right index and middle fingers' names two. */
const LISTED = /\b(index|middle|ring|little|second|third|fourth|fifth|2nd|3rd|4th|5th)\s*(?:,|and|or|&)\s*(?:the\s+)?(?=(?:index|middle|ring|little|second|third|fourth|fifth|2nd|3rd|4th|5th)\b)/gi;
const NAMES: Record<string, string> = { second: 'index', '2nd': 'index', third: 'middle', '3rd': 'middle', fourth: 'ring', '4th': 'ring', fifth: 'little', '5th': 'little' };
const SIDE = /\b(right|left)\b/gi;
const UNSPECIFIED_FINGER = /\b(?:finger(?: of|,) )?unspecified finger\b/i;

/** The finger the clause names and its side ('' when none is said), or undefined when it names none or several. */
function fingerOf(clause: string): { name: string; side: string } | undefined {
  const named = [...clause.matchAll(FINGER)];
  const said = [...named.map((m) => m[2]!), ...[...clause.matchAll(LISTED)].map((m) => m[1]!)];
  const names = new Set(said.map((name) => NAMES[name.toLowerCase()] ?? name.toLowerCase()));
  if (names.size !== 1) return undefined;
  const sides = new Set(named.map((m) => (m[1] ?? m[3])?.toLowerCase()).filter(Boolean));
  // No side beside the finger: the clause's only side ('a laceration of the left hand involving the ring finger').
  if (sides.size === 0) for (const m of clause.matchAll(SIDE)) sides.add(m[1]!.toLowerCase());
  return { name: [...names][0]!, side: sides.size === 1 ? [...sides][0]! : '' };
}

/**
 * An injury of a finger by the finger the chart names: the Tabular codes each finger apart ('Laceration of extensor
 * muscle, fascia and tendon of right index finger at wrist and hand level' S66.320, 'Dislocation of proximal
 * interphalangeal joint of left ring finger' S63.285), and the words that reach the code often name only 'finger'
 * (S66.329, 'unspecified finger'). A named finger whose side is not said is the 'other finger' code, whose inclusion
 * term is the 'specified finger with unspecified laterality' (S66.328), or 'unspecified index finger' where the
 * category words it so (M65.329).
 */
export function withFingerName(view: CodeTableView, f: Finding, text: string) {
  if (f.code.length < 6) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  if (!UNSPECIFIED_FINGER.test(title)) return withOtherFinger(view, f, text, title);
  const finger = f.evidence.map((e) => fingerOf(clauseOf(text, e.start, e.end, 100))).find(Boolean);
  if (!finger) return undefined;
  const wanted = finger.side ? [`${finger.side} ${finger.name} finger`] : ['other finger', `unspecified ${finger.name} finger`];
  const category = view.indexOf(f.code.slice(0, 3));
  if (category === undefined) return undefined;
  const siblings = view.descendants(category).filter((k) => view.isBillable(k) && view.table.codes[k]!.length === f.code.length);
  for (const words of wanted) {
    const other = title.replace(UNSPECIFIED_FINGER, words).toLowerCase();
    const match = siblings.find((k) => view.table.titles[k]!.toLowerCase() === other);
    if (match !== undefined) return { code: view.table.codes[match]!, note: `${finger.side ? `${finger.side} ` : ''}${finger.name} finger, as documented` };
  }
  return undefined;
}

const NAMED_FINGER = /\b(right|left) (index|middle|ring|little) finger\b/i;

/**
 * 'Fracture of the middle phalanx of the left index finger': a title's finger read from a word the chart gives another
 * part ('Displaced fracture of middle phalanx of left middle finger', S62.623, from the phalanx's 'middle') is the
 * sibling of the finger the clause names, S62.621. Only where the clause names one finger, and another than the title's.
 */
function withOtherFinger(view: CodeTableView, f: Finding, text: string, title: string) {
  const coded = NAMED_FINGER.exec(title);
  if (!coded) return undefined;
  const finger = f.evidence.map((e) => fingerOf(clauseOf(text, e.start, e.end, 100))).find(Boolean);
  if (!finger || finger.name === coded[2]!.toLowerCase()) return undefined;
  const wanted = title.replace(NAMED_FINGER, `${finger.side || coded[1]!.toLowerCase()} ${finger.name} finger`).toLowerCase();
  const category = view.indexOf(f.code.slice(0, 3));
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.isBillable(k) && view.table.titles[k]!.toLowerCase() === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `${finger.name} finger, as documented` };
}
