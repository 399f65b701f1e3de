import type { CodeTableView } from '../search/code-table-view';
import { chartSideOf } from './chart-side';
import { EYE_SIDES, spellEyeSides } from './eye-sides';
import { SIDE_NAMED_DEFAULTS, SURGERY_DEFAULTS } from './surgery-defaults';

/** Both sides, in words or in the ophthalmologists' 'OU' (Latin) and 'AO' (the Spanish 'ambos ojos'). */
const BOTH_SIDES = { test: (near: string) => /\b(?:both|bilateral|bilaterally)\b/i.test(near) || /\b(?:OU|AO)\b/.test(near) };

const isOfEye = (title: string) => /\bEyes?\b/.test(title);
/** An inspection of one eye (08J0XZZ, 08J1XZZ): the examination of the fundus, which looks at both. */
const isEyeInspection = (code: string, title: string) => code.startsWith('08J') && /\b(?:Right|Left) Eye\b/.test(title);

/**
 * The codes of a procedure on the sides the note names near it. Done on both sides ('bilateral orchiectomy', 'fundus
 * examination of both eyes'), it is the table's bilateral body part value where there is one, else a code for each
 * side (ICD-10-PCS guideline B4.3); one side named, that side; none, the one side the chart gives the organ elsewhere
 * (chart-side.ts), else the code as found.
 */
export function sidesOf(view: CodeTableView, i: number, said: string, clause = said, text = ''): number[] {
  const title = view.table.titles[i]!;
  const near = isOfEye(title) ? eyeSides(said, clause) : said;
  const named = /\b(?:right|left)\b/i.test(near);
  const eyeInspection = isEyeInspection(view.table.codes[i]!, title);
  const chartSide = named ? undefined : eyeInspection ? oneEyeInChart(text) : chartSideOf(title, text);
  // The eye fundus is examined in both eyes: with no eye named near it nor one eye in the chart, it is of each.
  const bothEyes = !named && !chartSide && eyeInspection;
  if (!BOTH_SIDES.test(near) && !bothEyes) return [withSide(view, i, named ? near : chartSide ?? near)];
  const right = withSide(view, i, 'right');
  const both = bilateralOf(view, right);
  return both !== undefined ? [both] : [...new Set([right, withSide(view, i, 'left')])];
}

/** The one eye a chart speaks of, in words ('loss of vision in her left eye') or abbreviated ('LE'); undefined for both or none. */
function oneEyeInChart(text: string): 'right' | 'left' | undefined {
  const sides = new Set([...text.matchAll(/\b(right|left)\s+(?:[a-z]+\s+){0,2}?eyes?\b/gi)].map((m) => m[1]!.toLowerCase()));
  for (const [abbreviation, side] of EYE_SIDES) if (new RegExp(abbreviation.source).test(text)) (side === 'both' ? ['right', 'left'] : [side]).forEach((x) => sides.add(x));
  return sides.size === 1 ? ([...sides][0] as 'right' | 'left') : undefined;
}

/**
 * The eyes examined: ophthalmologists examine both and report them in one sentence ('no residual neovascular
 * membranes in the examination of the eye fundus, but microaneurysms ... in the posterior pole of both eyes'), so
 * both eyes said anywhere in the clause are both; one eye may be named by its abbreviation ('papilledema in the RE').
 */
function eyeSides(near: string, clause: string): string {
  const spelled = spellEyeSides(near);
  return BOTH_SIDES.test(clause) ? `${spelled} both` : spelled;
}

/**
 * The body part's side as the note states it near the procedure ('fundus examination of the left eye'): a code
 * whose title names the other side becomes its sibling of the same table, approach and device. Both sides named,
 * or neither, leave the code as found.
 */
function withSide(view: CodeTableView, i: number, near: string): number {
  const title = view.table.titles[i]!;
  const side = /\b(Right|Left)\b/.exec(title)?.[1];
  if (!side) return i;
  const right = /\bright\b/i.test(near);
  const left = /\bleft\b/i.test(near);
  if (right === left || (side === 'Right') === right) return i;
  const wanted = title.replace(/\b(Right|Left)\b/, side === 'Right' ? 'Left' : 'Right');
  const { codes, titles } = view.table;
  const code = codes[i]!;
  // A table's codes stand together in the official order; the sibling differs in the body part character only.
  for (let k = Math.max(0, i - 2000); k < Math.min(codes.length, i + 2000); k++) {
    const other = codes[k]!;
    if (titles[k] === wanted && other.slice(0, 3) === code.slice(0, 3) && other.slice(4) === code.slice(4)) return k;
  }
  return i;
}

/** A title's words with its side as one placeholder, each word to its first three letters ('Testis', 'Testes': 'Tes'). */
const sideShape = (title: string) => title.replace(/\b(?:Right|Left|Bilateral)\b/, '~').split(' ').map((w) => w.slice(0, 3)).join(' ');

/** The bilateral sibling of a one-side code (Resection of Right Testis: of Bilateral Testes), if its table has one. */
function bilateralOf(view: CodeTableView, i: number): number | undefined {
  let known = bilaterals.get(view);
  if (!known) bilaterals.set(view, (known = new Map()));
  if (!known.has(i)) known.set(i, findBilateral(view, i));
  return known.get(i);
}

/** Each code's bilateral sibling, found once per code set: the search reads up to 4,000 titles, for every side said. */
const bilaterals = new WeakMap<CodeTableView, Map<number, number | undefined>>();

function findBilateral(view: CodeTableView, i: number): number | undefined {
  const { codes, titles } = view.table;
  const title = titles[i]!;
  if (!/\b(?:Right|Left)\b/.test(title)) return undefined;
  const code = codes[i]!;
  const shape = sideShape(title);
  for (let k = Math.max(0, i - 2000); k < Math.min(codes.length, i + 2000); k++) {
    const other = codes[k]!;
    if (/\bBilateral\b/.test(titles[k]!) && other.slice(0, 3) === code.slice(0, 3) && other.slice(4) === code.slice(4) && sideShape(titles[k]!) === shape) return k;
  }
  return undefined;
}

/** The operations named by one word or phrase (surgery-defaults.ts), whose code on a paired organ is the right side's. */
const OPERATION_PHRASES = new Set([...SIDE_NAMED_DEFAULTS, ...SURGERY_DEFAULTS].map(([phrase]) => phrase));

/**
 * Whether a mention is an operation named by its phrase on a paired organ ('Three days later radical nephrectomy was
 * performed', 'a right ... orchiectomy') with no side in its words nearby nor the chart's one side of the organ:
 * ICD-10-PCS has no unspecified side, and a side the note does not give is not guessed.
 */
export function isUnsided(view: CodeTableView, i: number, said: string, near: string, text: string): boolean {
  const words = said.toLowerCase().match(/[a-z]+/g) ?? [];
  // A graft's harvest is of one leg's or one arm's vessel, in whatever words ('endoscopic harvest of L greater saphenous
  // vein', graft-harvest.ts).
  const harvest = /\bharvest(?:ed|ing)?\b/i.test(said);
  if (!harvest && ![3, 2, 1].some((n) => OPERATION_PHRASES.has(words.slice(-n).join(' ')))) return false;
  const title = view.table.titles[i]!;
  return /\bRight\b/.test(title) && !/\b(?:right|left|both|bilateral)\b/i.test(near) && chartSideOf(title, text) === undefined;
}
