import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * A skin neoplasm by the region of skin the chart names: 'melanoma of the left shoulder' C43.62, 'BCC of the upper back'
 * C44.519, 'SCC of the right forearm' C44.622, 'melanoma in situ of the left cheek' D03.39, 'dysplastic nevus of the
 * back' D22.5. The Index sends each morphology to its skin's rows (Melanoma, skin, by site; Carcinoma, basal cell -
 * see Neoplasm, skin, malignant; Nevus - see Neoplasm, skin, benign), which are by region, the limbs and ears by side:
 * lip, ear, nose, other parts of the face, scalp and neck, trunk (anal skin, skin of breast, the rest), upper limb
 * including shoulder, lower limb including hip. The eyelids are placed by refine.ts.
 */
type Region = 'lip' | 'ear' | 'nose' | 'face' | 'scalp' | 'anal' | 'breast' | 'trunk' | 'upper' | 'lower';
type Side = 'right' | 'left' | undefined;

const REGION_WORDS: readonly [Region, RegExp][] = [
  ['lip', /\b(?:upper |lower )?lip\b/gi],
  ['ear', /\b(?:ear|earlobe|ear lobe|auricle|pinna|helix|antihelix|external (?:auditory|ear) canal)\b/gi],
  ['nose', /\b(?:nose|nasal (?:ala|tip|bridge|dorsum|sidewall|side ?wall)|(?:right |left )?ala|alar (?:rim|crease)|columella)\b/gi],
  ['face', /\b(?:cheek|forehead|temple|chin|jaw(?:line)?|eyebrow|brow|malar|nasolabial fold|glabella|philtrum|preauricular|periorbital|face)\b/gi],
  ['scalp', /\b(?:scalp|neck|nape|vertex)\b/gi],
  ['anal', /\b(?:perianal|perianal skin|anal skin|anal margin)\b/gi],
  ['breast', /\b(?:breast|areola|nipple)\b/gi],
  ['trunk', /\b(?:back|chest(?: wall)?|abdomen|abdominal wall|flank|buttocks?|gluteal|groin|inguinal fold|perineum|umbilicus|axilla|scapula|scapular|trunk|torso|sternum|sacrum|sacral)\b/gi],
  ['upper', /\b(?:shoulder|arm|upper arm|forearm|elbow|wrist|hand|palm|fingers?|thumb|antecubital fossa|upper (?:extremity|limb))\b/gi],
  ['lower', /\b(?:hip|thigh|leg|lower leg|knee|calf|shin|ankle|foot|heel|toes?|sole|popliteal fossa|pretibial|lower (?:extremity|limb))\b/gi],
];
/** The word before a region that makes it a place ('of the back', 'left forearm'), not 'came back' or 'on the other hand'. */
const PLACE_BEFORE = /\b(?:of|on|over|at|to|in|the|his|her|their|right|left|rt|lt|upper|lower|mid|middle|posterior|anterior|dorsal|volar|lateral|medial|proximal|distal|inner|outer|central)\W*$/i;
const SIDE_BEFORE = /\b(right|rt|left|lt)\b(?:\W+\w+){0,3}\W*$/i;
/** A melanoma of the eye or of a mucosa is not the skin's (C69, C21, C51-C52...). */
const NOT_SKIN = /\b(?:uveal|choroid\w*|ocular|conjunctiv\w*|retina\w*|iris|orbit\w*|mucosal|vulva\w*|vagina\w*|rectal|anorectal|esophag\w*|sinonasal|nasal cavity|oral)\b/i;

/** The code of a morphology's family at a region and side; undefined where the family has no such row. */
const FAMILIES: Record<RawCode, (region: Region, side: Side) => RawCode | undefined> = {
  C439: (r, s) => bySide(r, s, { lip: 'C430', ear: 'C432', nose: 'C4331', face: 'C4339', scalp: 'C434', anal: 'C4351', breast: 'C4352', trunk: 'C4359', upper: 'C436', lower: 'C437' }),
  D039: (r, s) => bySide(r, s, { lip: 'D030', ear: 'D032', nose: 'D0339', face: 'D0339', scalp: 'D034', anal: 'D0351', breast: 'D0352', trunk: 'D0359', upper: 'D036', lower: 'D037' }),
  D049: (r, s) => bySide(r, s, benignLike('D04')),
  D229: (r, s) => bySide(r, s, benignLike('D22')),
  D239: (r, s) => bySide(r, s, benignLike('D23')),
  C4490: (r, s) => (r === 'lip' ? undefined : carcinoma('0', r, s)),
  C4491: (r, s) => carcinoma('1', r, s),
  // A squamous cell carcinoma of the lip is the lip's own (C00, 'Neoplasm, lip'), not its skin's.
  C4492: (r, s) => (r === 'lip' ? undefined : carcinoma('2', r, s)),
  C4499: (r, s) => carcinoma('9', r, s),
};

/** The regions sided by a last digit 0 (unspecified), 1 (right), 2 (left): ear and limbs. */
function bySide(region: Region, side: Side, codes: Record<Region, RawCode>): RawCode {
  const code = codes[region];
  if (region !== 'ear' && region !== 'upper' && region !== 'lower') return code;
  return code + (side === 'right' ? '1' : side === 'left' ? '2' : '0');
}

function benignLike(category: string): Record<Region, RawCode> {
  const c = category;
  return { lip: `${c}0`, ear: `${c}2`, nose: `${c}39`, face: `${c}39`, scalp: `${c}4`, anal: `${c}5`, breast: `${c}5`, trunk: `${c}5`, upper: `${c}6`, lower: `${c}7` };
}

/** C44 by region, morphology (0 unspecified, 1 basal cell, 2 squamous cell, 9 other) and part or side. */
function carcinoma(morphology: string, region: Region, side: Side): RawCode {
  const sided = side === 'right' ? '2' : side === 'left' ? '9' : '1';
  switch (region) {
    case 'lip': return `C440${morphology}`;
    case 'scalp': return `C444${morphology}`;
    case 'ear': return `C442${morphology}${sided}`;
    case 'upper': return `C446${morphology}${sided}`;
    case 'lower': return `C447${morphology}${sided}`;
    case 'nose': return `C443${morphology}1`;
    case 'face': return `C443${morphology}9`;
    case 'anal': return `C445${morphology}0`;
    case 'breast': return `C445${morphology}1`;
    case 'trunk': return `C445${morphology}9`;
  }
}

/** The region codes of no morphology the same words give on their own ('carcinoma of the back' C44.509, C76.4-). */
const SAME_PLACE = /^(?:C44\d0\d?|C44[04]0|C76[0-8]|D49[2-9])/;

interface Placed { region: Region; side: Side; start: number; end: number }

/** The region of skin nearest the neoplasm's words in their sentence, with the side said just before it. */
function regionNear(text: string, reading: ChartReading, start: number, end: number): Placed | undefined {
  const sentence = sentenceAt(reading, start);
  if (!sentence) return undefined;
  const words = text.slice(sentence.start, sentence.end);
  if (NOT_SKIN.test(words)) return undefined;
  let best: (Placed & { distance: number }) | undefined;
  for (const [region, rx] of REGION_WORDS) {
    for (const m of words.matchAll(rx)) {
      const at = sentence.start + m.index!;
      const before = text.slice(Math.max(sentence.start, at - 40), at);
      if (!PLACE_BEFORE.test(before) || /\bother\W*$/i.test(before)) continue;
      if (reading.contextOf(at, at + m[0].length).decision === 'negated') continue;
      // Past the neoplasm's words counts double: 'melanoma of the back' before 'shoulder pain' later on.
      const distance = at >= end ? at - end : 2 * (start - at - m[0].length);
      if (distance < 0 || (best && best.distance <= distance)) continue;
      const side = SIDE_BEFORE.exec(text.slice(Math.max(sentence.start, at - 30), at))?.[1]?.toLowerCase();
      best = { region, side: side === undefined ? undefined : side.startsWith('r') ? 'right' : 'left', start: at, end: at + m[0].length, distance };
    }
  }
  return best;
}

/**
 * A squamous cell carcinoma not said to be the skin's (C80.1 until placed, unsited in neoplasm-morphology.ts) is the
 * skin's where the region has no other squamous lining: a limb, the trunk, the face or an ear ('squamous cell
 * carcinoma of the left shoulder' C44.622, not the shoulder NEC's C76.42).
 */
const SQUAMOUS = /\b(?:squamous|scc)\b/i;
function squamousOfSurface(region: Region, side: Side): RawCode | undefined {
  return region === 'upper' || region === 'lower' || region === 'trunk' || region === 'face' || region === 'ear' ? carcinoma('2', region, side) : undefined;
}

function familyOf(text: string, f: Finding): ((region: Region, side: Side) => RawCode | undefined) | undefined {
  if (f.code === 'C801') return f.evidence.some((e) => SQUAMOUS.test(text.slice(e.start, e.end))) ? squamousOfSurface : undefined;
  return FAMILIES[f.code];
}

export function withSkinNeoplasmSites(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.code in FAMILIES || f.code === 'C801')) return findings;
  const placedAt: { start: number; end: number }[] = [];
  const out = findings.map((f) => {
    const family = familyOf(text, f);
    if (!family || f.context === 'negated') return f;
    const e = f.evidence[0]!;
    const place = regionNear(text, reading, e.start, e.end);
    const code = place && family(place.region, place.side);
    if (!place || !code || view.indexOf(code) === undefined) return f;
    placedAt.push(place);
    return { ...f, code, evidence: [...f.evidence, { ...e, start: place.start, end: place.end }], notes: [...f.notes, `skin neoplasm placed by its region: "${text.slice(place.start, place.end)}"`] };
  });
  // The same place read again as a neoplasm of no morphology ('carcinoma of the back' C44.509) is this one.
  return out.filter((f) => !(SAME_PLACE.test(f.code) && f.evidence.every((e) => placedAt.some((p) => e.start <= p.end && p.start <= e.end && sameSentence(reading, e.start, p.start)))));
}

function sameSentence(reading: ChartReading, a: number, b: number): boolean {
  const s = sentenceAt(reading, a);
  return s !== undefined && b >= s.start && b < s.end;
}
