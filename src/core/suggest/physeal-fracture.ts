import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * Physeal fractures by their Salter-Harris type. A Salter-Harris fracture runs through the growth plate, so the
 * Index sends it to the physeal codes of the bone's end ('Fracture, traumatic, radius, lower end, physeal, Salter-
 * Harris, Type II S59.22-'), each region's in its category of other injuries (S49 humerus, S59 radius and ulna, S79
 * femur, S89 tibia and fibula, S99 calcaneus, metatarsal and toe), with the type as a subcategory. Charts write
 * 'Salter-Harris type II fracture of the distal radius', 'a Salter II fracture', 'SH type 4'.
 */
const SALTER_HARRIS = /\b(?:salter(?:[- ]harris)?\s+(?:type\s+|class\s+|grade\s+)?|sh\s+type\s+)(iv|iii|ii|i|[1-4])\b/i;
const TYPE_NAMES: Record<string, string> = { i: 'I', ii: 'II', iii: 'III', iv: 'IV', 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
/** The title's start that names the kind of fracture: 'Unspecified physeal fracture', 'Displaced fracture'. */
const KIND = /^(?:unspecified|other) physeal fracture\b/i;
const sideOf = (title: string) => /\b(right|left)\b/i.exec(title)?.[1]!.toLowerCase() ?? 'unspecified';
/** The bone and its end in a physeal title ('lower end of radius'), without the side or the episode. */
const siteOf = (title: string) =>
  (/physeal fracture of (.*?), (?:right|left|unspecified) (?:arm|leg)|physeal fracture of (.*?), (?:initial|subsequent|sequela)/i.exec(title) ?? [])
    .slice(1)
    .join(' ')
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w && !/^(?:of|right|left|unspecified)$/.test(w));

/**
 * The Salter-Harris type in the fracture's clause moves its code to that type's physeal code: within the physeal
 * category ('Unspecified physeal fracture of lower end of radius' -> 'Salter-Harris Type II physeal fracture ...'),
 * or from the bone's fracture category to its region's physeal one, for the same bone end and side ('Unspecified
 * fracture of the lower end of left radius' -> S59.222A). A fracture of a shaft names no end and stays.
 */
export function withSalterHarris(view: CodeTableView, f: Finding, text: string) {
  if (!/^S[4-9][29]/.test(f.code) || f.code.length !== 7) return undefined;
  const type = f.evidence.map((e) => SALTER_HARRIS.exec(clauseOf(text, e.start, e.end, 150))?.[1]).find(Boolean);
  if (!type) return undefined;
  const title = view.table.titles[view.indexOf(f.code) ?? -1] ?? '';
  const wanted = `Salter-Harris Type ${TYPE_NAMES[type.toLowerCase()]} physeal fracture`;
  if (title.startsWith(`${wanted} `)) return undefined;
  const physeal = view.indexOf(`S${f.code[1]}9`);
  if (physeal === undefined) return undefined;
  const words = new Set(title.toLowerCase().split(/\W+/));
  const side = sideOf(title);
  const fits = (k: number) => {
    const other = view.table.titles[k]!;
    if (!view.isBillable(k) || !other.startsWith(`${wanted} `)) return false;
    if (KIND.test(title)) return other === title.replace(KIND, wanted);
    return sideOf(other) === side && siteOf(other).every((w) => words.has(w)) && view.table.codes[k]![6] === f.code[6];
  };
  const match = view.descendants(physeal).find(fits);
  if (match === undefined) return undefined;
  return { code: view.table.codes[match]!, note: `${wanted.replace(' physeal fracture', '')}, as documented (Index: Fracture, by site, physeal)` };
}
