import type { CodeTableView } from '../search/code-table-view';
import type { ChartReading } from './chart-reading';
import type { Mention } from './find-mentions';
import { studyMention } from './imaging-paired';

/**
 * The incision and drainage of a skin abscess ('I&D of L thigh abscess', 'Incision and drainage of abscess ...
 * Indication: L thigh abscess'): a Drainage of the subcutaneous tissue and fascia of the site (0J9, Coding Clinic 3Q
 * 2015 for a subcutaneous abscess), open (the incision), with the drainage device (0) only where a drain is left in;
 * packing is no device. The site is the abscess's, said in its sentence within the 200 characters after the procedure; a
 * paired site needs its side, which is not guessed.
 */
const DRAINED = /\b(?:incision (?:and|&) drainage|I\s?&\s?D|I\/D)\b/gi;
const ABSCESS = /\b(?:abscess(?:es)?|furuncles?|carbuncles?|boils?)\b/gi;
const SIDE = String.raw`(right|left|R|L)\s+(?:(?:lateral|medial|anterior|posterior|upper|lower|inner|outer|proximal|distal|dorsal|plantar)\s+){0,2}`;

/** Sites by the body part values of 0J9: [words, right or only value, left value]. */
const SITES: readonly [RegExp, string, string?][] = [
  [/thigh/, 'L', 'M'], [/(?:lower leg|calf|shin)/, 'N', 'P'], [/(?:foot|heel|toe)/, 'Q', 'R'], [/(?:hand|palm|finger)/, 'J', 'K'],
  [/forearm/, 'G', 'H'], [/upper arm/, 'D', 'F'], [/neck/, '4', '5'],
  [/(?:buttock|gluteal)/, '9'], [/back/, '7'], [/(?:abdomen|abdominal wall)/, '8'], [/scalp/, '0'], [/(?:face|cheek|chin)/, '1'],
];

/** The 0J9 body part value a text names first as an abscess's site, with its side; undefined for none or no side. */
function sitePart(words: string): string | undefined {
  for (const [site, right, left] of SITES) {
    const paired = left !== undefined;
    const m = new RegExp(String.raw`\b${paired ? SIDE : ''}${site.source}\b`, 'i').exec(words);
    if (!m) continue;
    if (!paired) return right;
    return /^r/i.test(m[1]!) ? right : left;
  }
  return undefined;
}

/**
 * The site of the first abscess named in the words after the procedure whose sentence gives one: 'of L thigh
 * abscess', 'of abscess of the R forearm', or on the line after ('Incision and drainage of abscess / Indication: L
 * thigh abscess').
 */
function abscessSite(after: string): string | undefined {
  for (const abscess of after.matchAll(ABSCESS)) {
    const from = Math.max(...['.', ';', '\n'].map((c) => after.lastIndexOf(c, abscess.index!))) + 1;
    const to = after.slice(abscess.index!).search(/[.;\n]/);
    const part = sitePart(after.slice(from, to < 0 ? after.length : abscess.index! + to));
    if (part !== undefined) return part;
  }
  return undefined;
}

/** The incisions and drainages of skin abscesses a chart tells, as mentions of their 0J9 codes. */
export function skinAbscessDrainageMentions(text: string, reading: ChartReading, view: CodeTableView): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(DRAINED)) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end, end + 200);
    const part = abscessSite(after);
    if (part === undefined) continue;
    const drain = /\b(?:penrose|drain (?:was )?(?:placed|left|inserted|sutured)|(?:placed|left|inserted) (?:a |an )?drain)\b/i.test(after);
    const codeIndex = view.indexOf(`0J9${part}0${drain ? '0' : 'Z'}Z`);
    if (codeIndex !== undefined) found.push(studyMention(reading, codeIndex, start, end, 10));
  }
  return found;
}
