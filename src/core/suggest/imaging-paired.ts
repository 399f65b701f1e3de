import type { CodeTableView } from '../search/code-table-view';
import type { ChartReading } from './chart-reading';
import { oneSideInChart } from './chart-side';
import type { Mention } from './find-mentions';

/** A study's kind as the 3rd character (Type) of an Imaging code, from the words notes use for it. */
const MODALITIES: [RegExp, string][] = [
  [/^(?:x[- ]?rays?|radiograph\w*|plain films?)$/i, '0'],
  [/^(?:ct|cat|tac|(?:computed|computerized)(?: axial)? tomography)(?: scans?)?$/i, '2'],
  [/^(?:mri|nmr|magnetic resonance(?: imaging)?)$/i, '3'],
  [/^(?:ultrasound|ultrasonography|echography|sonography)$/i, '4'],
];
export const MODALITY = '(?:x[- ]?rays?|radiograph\\w*|plain films?|ct|cat|tac|(?:computed|computerized)(?: axial)? tomography|mri|nmr|magnetic resonance(?: imaging)?|ultrasound|ultrasonography|echography|sonography)(?: scans?)?';

/**
 * Limbs and joints of the two sides as charts name them (singular, plural), with the body part of the Imaging titles
 * ('Plain Radiography of Right Knee'). The plural is both sides.
 */
const PARTS: [RegExp, string][] = [
  [/^knees?$/i, 'Knee'], [/^hips?$/i, 'Hip'], [/^shoulders?$/i, 'Shoulder'], [/^ankles?$/i, 'Ankle'],
  [/^wrists?$/i, 'Wrist'], [/^elbows?$/i, 'Elbow'], [/^hands?$/i, 'Hand'], [/^(?:foot|feet)$/i, 'Foot'],
  [/^(?:femurs?|femora|thighs?)$/i, 'Femur'], [/^(?:legs?|tibias?|tibiae)$/i, 'Lower Leg'], [/^humer(?:us|i)$/i, 'Humerus'],
  [/^forearms?$/i, 'Forearm'], [/^(?:calcane(?:us|i)|heels?)$/i, 'Calcaneus'], [/^patell(?:a|ae|as)$/i, 'Patella'],
  [/^clavicles?$/i, 'Clavicle'], [/^scapul(?:a|ae|as)$/i, 'Scapula'], [/^fingers?$/i, 'Finger(s)'], [/^toes?$/i, 'Toe(s)'],
  [/^(?:tmjs?|temporomandibular joints?)$/i, 'Temporomandibular Joint'],
];
const PART = '(?:knees?|hips?|shoulders?|ankles?|wrists?|elbows?|hands?|foot|feet|femurs?|femora|thighs?|legs?|tibias?|tibiae|humer(?:us|i)|forearms?|calcane(?:us|i)|heels?|patell(?:a|ae|as)|clavicles?|scapul(?:a|ae|as)|fingers?|toes?|tmjs?|temporomandibular joints?)';
const PLURAL = /^(?:knees|hips|shoulders|ankles|wrists|elbows|hands|feet|femurs|femora|thighs|legs|tibias|tibiae|humeri|forearms|calcanei|heels|patellae|patellas|clavicles|scapulae|scapulas|fingers|toes|tmjs|temporomandibular joints)$/i;
const SIDE = '(?:(?:right|left|both|bilateral)\\s+)?';
const PART_LIST = `${SIDE}${PART}(?:(?:,\\s*|\\s+and\\s+)${SIDE}${PART})*`;

/** 'X-ray of the left hand', 'radiographs of hands and feet', 'MRI of both knees'; 'knee MRI', 'left foot MRI'. */
const STUDY_OF = new RegExp(`\\b(${MODALITY})\\s+(?:of|on)\\s+(?:the\\s+)?(${PART_LIST})\\b`, 'gi');
const PART_STUDY = new RegExp(`\\b(${PART_LIST})\\s+(${MODALITY})\\b`, 'gi');
const ONE_PART = new RegExp(`(${SIDE})(${PART})`, 'gi');

type Side = 'Right' | 'Left' | 'Bilateral';

/** The study's kind (Imaging Type) for the words that name it, if any. */
export const modalityOf = (words: string) => MODALITIES.find(([kind]) => kind.test(words.replace(/\s+scans?$/i, '')))?.[1];

/** A mention of a study read from the words, in its context and section, as find-mentions.ts gives them. */
export function studyMention(reading: ChartReading, codeIndex: number, start: number, end: number, weight: number): Mention {
  const section = reading.sentences.find((s) => s.start <= start && end <= s.end)?.section ?? '';
  return { codeIndex, start, end, section, weight, words: 2, ...reading.contextOf(start, end) };
}

/** The codes of one study of one body part by side: `${type}|${part}` to the code index of each side the table has. */
function sidedCodes(view: CodeTableView): Map<string, Partial<Record<Side, number>>> {
  const known = cache.get(view);
  if (known) return known;
  const byPart = new Map<string, Partial<Record<Side, number>>>();
  view.table.codes.forEach((code, i) => {
    if (code[0] !== 'B' || !'NPQ'.includes(code[1]!) || !code.endsWith('ZZZ')) return;
    const m = /^.*? of (Right|Left|Bilateral) (.+)$/.exec(view.table.titles[i]!);
    if (!m) return;
    // The bilateral title names the plural ('Bilateral Temporomandibular Joints').
    const part = m[1] === 'Bilateral' ? m[2]!.replace(/s$/, '') : m[2]!;
    const key = `${code[2]}|${part}`;
    byPart.set(key, { ...byPart.get(key), [m[1] as Side]: i });
  });
  cache.set(view, byPart);
  return byPart;
}
const cache = new WeakMap<CodeTableView, Map<string, Partial<Record<Side, number>>>>();

/** The one side the chart gives a body part elsewhere ('pain in the left knee' ... 'Knee MRI showed'), if it gives one. */
function sideInChart(text: string, part: string): Side | undefined {
  const side = oneSideInChart(text, PARTS.find(([, p]) => p === part)![0].source.replace(/^\^|\$$/g, ''));
  return side && (side === 'right' ? 'Right' : 'Left');
}

/**
 * Imaging of a paired limb or joint, whose Imaging tables code a side and seldom both (ICD-10-PCS has no unspecified
 * side): the side said with the body part; both sides, said or in the plural ('radiographs of hands and feet'), as the
 * bilateral value where the table has one, else a code for each side (guideline B4.3); no side said, the one side the
 * chart gives that body part elsewhere. A side the chart does not give is not guessed: no code.
 */
export function pairedImagingMentions(text: string, reading: ChartReading, view: CodeTableView): Mention[] {
  const codes = sidedCodes(view);
  const found: Mention[] = [];
  for (const [pattern, modalityAt, partsAt] of [[STUDY_OF, 1, 2], [PART_STUDY, 2, 1]] as const) {
    for (const m of text.matchAll(pattern)) {
      const type = modalityOf(m[modalityAt]!);
      if (!type) continue;
      const start = m.index!;
      const end = start + m[0].length;
      for (const one of m[partsAt]!.matchAll(ONE_PART)) {
        const part = PARTS.find(([words]) => words.test(one[2]!))?.[1];
        const sides = part && codes.get(`${type}|${part}`);
        if (!part || !sides) continue;
        const said = one[1]!.trim().toLowerCase();
        const both = said === 'both' || said === 'bilateral' || PLURAL.test(one[2]!);
        const side: Side | undefined = both ? 'Bilateral' : said === 'right' ? 'Right' : said === 'left' ? 'Left' : sideInChart(text, part);
        if (!side) continue;
        const chosen = side === 'Bilateral' && sides.Bilateral === undefined ? [sides.Right, sides.Left] : [sides[side]];
        // A side the note says with the study weighs as a match of its words; one read from elsewhere in the chart, less.
        const weight = said || both ? 10 : 8;
        for (const codeIndex of chosen) if (codeIndex !== undefined) found.push(studyMention(reading, codeIndex, start, end, weight));
      }
    }
  }
  return found;
}

/**
 * The matched mentions with the paired studies added: a study the words read as of both sides only because they named
 * no side ('Ultrasound of the hip', see concept-build.ts) gives way to the one side the chart gives that body part.
 */
export function withPairedImaging(text: string, reading: ChartReading, view: CodeTableView, matched: Mention[]): Mention[] {
  const paired = pairedImagingMentions(text, reading, view);
  const oneSide = paired.filter((p) => !/\bBilateral\b/.test(view.table.titles[p.codeIndex]!));
  const overruled = (m: Mention) => {
    const code = view.table.codes[m.codeIndex]!;
    if (code[0] !== 'B' || !/\bBilateral\b/.test(view.table.titles[m.codeIndex]!)) return false;
    return oneSide.some((p) => view.table.codes[p.codeIndex]!.slice(0, 3) === code.slice(0, 3) && p.start < m.end && m.start < p.end);
  };
  return [...matched.filter((m) => !overruled(m)), ...paired];
}
