import { normalizeCode } from '../codeset/format';
import type { RawCode } from '../types';

const CODE = String.raw`[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?`;
const CODE_OR_RANGE = new RegExp(String.raw`(?<![0-9A-Za-z])(${CODE})(?:\.?-)?(?:-(${CODE}))?(?![0-9A-Za-z])`, 'g');

/**
 * The code ranges a note names: 'influenza (J09-J11)' -> [['J09','J11']], '(S58.-)' -> [['S58','S58']]. Remembered by
 * text (the same chapter and category notes are read for every code below them); the answer is shared, not to be
 * changed.
 */
export function noteRanges(text: string): [RawCode, RawCode][] {
  let ranges = rangesByText.get(text);
  if (!ranges) {
    ranges = [...text.matchAll(CODE_OR_RANGE)].flatMap((m) => {
      const from = normalizeCode(m[1]!), to = normalizeCode(m[2] ?? m[1]!);
      const after = text.slice(m.index! + m[0].length);
      return withEndings(from, to, after) ?? withFinalCharacters(from, to, after) ?? [[from, to] as [RawCode, RawCode]];
    });
    if (rangesByText.size >= 20_000) rangesByText.clear();
    rangesByText.set(text, ranges);
  }
  return ranges;
}

const rangesByText = new Map<string, [RawCode, RawCode][]>();

/** ' with .39)', ' with .51-.52)', ' with .14, .24, .94)': the endings a range of categories is restricted to. */
const WITH_ENDINGS = /^\s+with\s+((?:\.\d[0-9A-Z]*-?(?:\s*-\s*\.\d[0-9A-Z]*-?)?[\s,.]*(?:and\s+)?)+)\)/;
const ENDING = /\.(\d[0-9A-Z]*)(?:\s*-\s*\.(\d[0-9A-Z]*))?-?/g;

/**
 * A range of categories the note restricts to some endings ('iridocyclitis ... in diabetes mellitus (E08-E13 with
 * .39)' at H20.0): it names each category's code with that ending (E11.39, the diabetes's ophthalmic complication),
 * not every code of the range, so a diabetes without complications (E11.9) is not excluded beside the H20.0. Null
 * when the range is not of whole categories (B27.0-B27.9) or no dotted ending follows ('with fifth or sixth
 * character 5' keeps the whole range, as before).
 */
function withEndings(from: RawCode, to: RawCode, after: string): [RawCode, RawCode][] | null {
  const m = WITH_ENDINGS.exec(after);
  if (!m || from.length !== 3 || to.length !== 3 || from[0] !== to[0] || !/^\d\d$/.test(from.slice(1)) || !/^\d\d$/.test(to.slice(1))) return null;
  const endings = [...m[1]!.matchAll(ENDING)].map((e) => [e[1]!, e[2] ?? e[1]!] as const);
  if (!endings.length) return null;
  const out: [RawCode, RawCode][] = [];
  for (let n = Number(from.slice(1)); n <= Number(to.slice(1)); n++) {
    const category = `${from[0]}${String(n).padStart(2, '0')}`;
    for (const [first, last] of endings) out.push([category + first, category + last]);
  }
  return out;
}

/**
 * A category the note restricts to its codes' last characters ('dysarthria following cerebrovascular disease (I69. with
 * final characters -22)' at R47.1): each subcategory's code with them (I69.022 ... I69.922), so the other sequelae of a
 * stroke (I69.30, I69.398) are not excluded beside the dysarthria.
 */
const FINAL_CHARACTERS = /^\.?\s+with final characters\s+-(\d\d)\)/;
function withFinalCharacters(from: RawCode, to: RawCode, after: string): [RawCode, RawCode][] | null {
  const m = FINAL_CHARACTERS.exec(after);
  if (!m || from !== to || from.length !== 3) return null;
  return Array.from({ length: 10 }, (_, kind): [RawCode, RawCode] => [`${from}${kind}${m[1]}`, `${from}${kind}${m[1]}`]);
}

/** True when the code falls under one of the ranges: a range covers its ends and every code beneath them. */
export function rangesCover(ranges: [RawCode, RawCode][], code: RawCode): boolean {
  return ranges.some(([from, to]) => {
    const head = code.slice(0, from.length);
    return head >= from && code.slice(0, to.length) <= to;
  });
}

/** 'with fifth or sixth character 1-4 or 6': the characters a note allows in the intent place of a T36-T65 code. */
const INTENT_CHARACTERS = /\bwith fifth or sixth character ((?:\d(?:\s*-\s*\d)?(?:\s*,\s*|\s+or\s+)?)+)/i;

/**
 * Whether a note's intent restriction allows the code: E09's 'Code first poisoning due to drug or toxin, if applicable
 * (T36-T65 with fifth or sixth character 1-4 or 6)' names the poisonings, not the adverse effect T38.0X5A its 'Use
 * additional code for adverse effect (T36-T50 with fifth or sixth character 5)' names. The intent is the last
 * character before the placeholders and the 7th (T38.0X5A: 5; T42.71XA: 1). A note without the restriction allows
 * every code of its ranges.
 */
export function intentAllowed(text: string, code: RawCode): boolean {
  const m = INTENT_CHARACTERS.exec(text);
  if (!m || !/^T(?:3[6-9]|[45]\d|6[0-5])/.test(code) || code.length < 6) return true;
  const intent = intentOf(code);
  return [...m[1]!.matchAll(/(\d)(?:\s*-\s*(\d))?/g)].some(([, a, b]) => intent >= a! && intent <= (b ?? a!));
}

const intentOf = (code: RawCode): string => code.slice(0, 6).replace(/X+$/, '').slice(-1);

/**
 * Whether a note of a code's own applies to it: T36-T50's 'Code first, for adverse effects, the nature of the adverse
 * effect' is the adverse effect's (intent 5), not a poisoning's, which is sequenced before its manifestations
 * (Guidelines I.C.19.e.5.b).
 */
export const noteAppliesTo = (text: string, code: RawCode): boolean =>
  !/^\W*for adverse effects\b/i.test(text) || !/^T(?:3[6-9]|4\d|50)/.test(code) || intentOf(code) === '5';
