import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { spellLimbSides } from './limb-sides';

/**
 * Skin infections of a limb, whose codes name the limb and side the words only write beside them: 'cellulitis of the
 * left thigh' is the Index's 'Cellulitis, lower limb L03.11-' (left, L03.116), 'abscess of the right arm' 'Abscess,
 * upper limb L02.41-' (L02.413). The Index sends the limb's parts there ('Cellulitis, thigh - see Cellulitis, lower
 * limb'; hand and foot too for cellulitis, while abscess, furuncle and carbuncle have hand and foot subcategories of
 * their own, L02.5-, L02.6-); fingers and toes have their own codes everywhere (L03.01-, L03.03-).
 * [unspecified codes] -> [right upper, left upper, right lower, left lower, limb unspecified], hand and foot as limb.
 */
const BY_LIMB_SIDE: [from: string[], codes: [string, string, string, string, string], handFoot: boolean][] = [
  [['L0390', 'L03119'], ['L03113', 'L03114', 'L03115', 'L03116', 'L03119'], true],
  [['L0291', 'L02419'], ['L02413', 'L02414', 'L02415', 'L02416', 'L02419'], false],
  [['L0292', 'L02429'], ['L02423', 'L02424', 'L02425', 'L02426', 'L02429'], false],
  [['L0293', 'L02439'], ['L02433', 'L02434', 'L02435', 'L02436', 'L02439'], false],
];
const LIMB_CODES = new Map(BY_LIMB_SIDE.flatMap(([from, codes, handFoot]) => from.map((c) => [c, { codes, handFoot }] as const)));

const UPPER = /\b(?:arms?|forearms?|elbows?|shoulders?|wrists?|upper (?:limbs?|extremit(?:y|ies)))\b/i;
const LOWER = /\b(?:legs?|knees?|thighs?|calf|calves|ankles?|pretibial|popliteal|lower (?:limbs?|extremit(?:y|ies)))\b/i;
const HAND = /\bhands?\b/i;
const FOOT = /\b(?:foot|feet)\b/i;
/** Parts with codes of their own, or no limb at all: a finger or toe, the axilla, the face, the buttock. */
const OTHER_PART = /\b(?:fingers?|thumbs?|toes?|axilla|axillary|face|facial|buttocks?|gluteal|perianal|neck|trunk|abdominal|breast)\b/i;
const SIDE = /\b(right|left)\b/gi;

/** The limb and side written in the finding's clause, as the code of its limb subcategory. */
export function withSkinLimb(view: CodeTableView, f: Finding, text: string) {
  const entry = LIMB_CODES.get(f.code);
  if (!entry) return undefined;
  const near = f.evidence
    .map((e) => {
      // US notes write the side as a lone letter ('cellulitis of L lower leg', 'R foot abscess'): spelled out first.
      const before = spellLimbSides(text, Math.max(0, e.start - 40), e.start);
      const opening = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(',')) + 1);
      return `${opening} ${spellLimbSides(text, e.start, e.end + 60).split(/[.;]/)[0]}`;
    })
    .join(' ');
  if (OTHER_PART.test(near)) return undefined;
  const upper = UPPER.test(near) || (entry.handFoot && HAND.test(near));
  const lower = LOWER.test(near) || (entry.handFoot && FOOT.test(near));
  if (upper === lower || (!entry.handFoot && (HAND.test(near) || FOOT.test(near)))) return undefined;
  const sides = new Set([...near.matchAll(SIDE)].map((m) => m[1]!.toLowerCase()));
  const side = sides.size === 1 ? [...sides][0] : undefined;
  const [rightUpper, leftUpper, rightLower, leftLower, limb] = entry.codes;
  const code = !side ? limb : upper ? (side === 'right' ? rightUpper : leftUpper) : side === 'right' ? rightLower : leftLower;
  if (code === f.code || view.indexOf(code) === undefined) return undefined;
  return { code, note: `${upper ? 'upper' : 'lower'} limb${side ? `, ${side}` : ''}, as documented` };
}
