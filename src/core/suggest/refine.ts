import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { bilateralCodeOf, foldSidePairs } from './bilateral-code';
import { chartSideOfNeoplasm, namesOtherOrgan } from './chart-side';
import { categoryNamesSides } from './sided-category';
import { withLymphomaSite } from './lymphoma-site';
import { withDiabetesCause } from './diabetes-cause';
import { withTractionDetachment } from './diabetic-detachment';
import { dominanceWords, withDocumentedDominance } from './dominant-side';
import { EYE_SIDES, spellEyeSides } from './eye-sides';
import { spellLimbSides } from './limb-sides';
import { withFetus } from './fetus-character';
import { withSeventh } from './fracture-episode';
import { codesBoneNeoplasm, foldTraumaticReading, withFractureCause } from './pathological-fracture';
import { withSalterHarris } from './physeal-fracture';
import { withNondisplaced } from './fracture-displacement';
import { withHumerusParts } from './humerus-parts';
import { withConsciousnessDuration } from './consciousness-duration';
import { withDementiaDetails } from './dementia-details';
import { withSubstanceDetails } from './substance-details';
import { withTobaccoProduct } from './tobacco-product';
import { withCarbonMonoxideSource } from './carbon-monoxide-source';
import { withSecondaryHypertensionCause } from './secondary-hypertension';
import { withIntractableStatus } from './intractable-status';
import { withNewbornJaundiceCause } from './newborn-jaundice';
import { trimesterOf } from './pregnancy-codes';
import { withRheumatoidSite } from './rheumatoid-site';
import { withProstheticJoint, withoutNativeHipDislocation } from './prosthetic-joint';
import { withSkinLimb } from './skin-limb';
import { withResidualWeakness, withStrokeSequela } from './stroke-sequela';
import { withBrainHematoma } from './brain-hematoma';
import { withSubduralCause } from './subdural-cause';
import { withIntracerebralSite } from './intracerebral-site';
import { withWoundForeignBody } from './wound-foreign-body';
import { withFingerName } from './finger-name';
import { withTendonLevel } from './tendon-level';
import { withWoundPenetration } from './wound-penetration';
import { withOtherSaid } from './other-specified';
import { withTrailingLimbSide } from './trailing-limb-side';
import { withPhalanxPart } from './phalanx-part';
import { withTraumaticEmphysema, withoutFractureCallus, withoutSurgicalWound, withoutTranslatedLesion } from './trauma-context';

const TRIMESTER_NAMES = ['first', 'second', 'third'] as const;

/** Sites a chart names for swollen nodes or edema, which make them localized (R59.0, R60.0); limbs also as notes write them ('BLE edema'). */
const SITE = /\b(cervical|laterocervical|retrocervical|paratracheal|axillary|axillae?|groins?|(?:loco)?regional|inguinal|mediastinal|mediastinum|hilar|supraclavicular|submandibular|submaxillary|retroperitoneal|mesenteric|para-?aortic|iliac|abdominal|neck|localized|popliteal|parotid|occipital|preauricular|leg|legs|lower (?:limbs?|extremit(?:y|ies))|ankles?|feet|foot|palpebral|eyelids?|face|facial|periorbital|hands?|arms?|scrotal|pretibial|malleolar|perimalleolar|pedal|shins?|calf|calves|ble|rle|lle|bue|rue|lue)\b/i;
const GENERALIZED = /\b(generali[sz]ed|diffuse|widespread|anasarca)\b/i;
/** Unspecified code -> [localized, generalized]: Index 'Adenopathy ... localized R59.0, generalized R59.1'. */
const EXTENT: Record<string, [string, string]> = { R599: ['R590', 'R591'], R609: ['R600', 'R601'] };
/**
 * 'Lymphadenopathy (generalized) R59.1', and R59.1 includes 'Lymphadenopathy NOS': the word with no site is the
 * generalized code, where 'adenopathy' and 'enlarged lymph nodes' are 'Enlargement, lymph gland or node R59.9'.
 */
const LYMPHADENOPATHY = /^lymphadenopath/i;

/**
 * Rules that move a code within its category or to another before its side is read, each on the code the one before
 * chose: a physeal fracture's Salter-Harris type, the proximal humerus's parts, the phalanx of a finger or toe, a
 * fracture said nondisplaced, and the rheumatoid arthritis's subcategory of a named joint (so that the side rule reads
 * the site's 'unspecified'), a stroke told as what its sequelae are of (its I69 late effect, which has no side), an
 * intracranial injury's loss of consciousness by its duration, an open wound's foreign body, the finger a chart names
 * for a finger's 'unspecified finger', the forearm level of a finger's muscle and tendon, the cavity a wound of the
 * trunk reached, an injury's 'other' kind or part in place of its 'unspecified' one, and the limb's side said after a
 * comma.
 */
const BEFORE_SIDE: readonly ((view: CodeTableView, f: Finding, text: string) => { code: string; note: string } | undefined)[] = [
  withSalterHarris,
  withHumerusParts,
  withPhalanxPart,
  withNondisplaced,
  withRheumatoidSite,
  withProstheticJoint,
  withBrainHematoma,
  withSubduralCause,
  withIntracerebralSite,
  withStrokeSequela,
  withResidualWeakness,
  withConsciousnessDuration,
  withWoundForeignBody,
  withFingerName,
  withTendonLevel,
  withWoundPenetration,
  withOtherSaid,
  withTrailingLimbSide,
];

/**
 * Refines codes by details written near their evidence: the 7th character of an injury (the episode of care, and a
 * fracture's open type and healing: fracture-episode.ts) and the trimester of a pregnancy
 * code (named, or from the weeks: under 14 first, 14 to 27 second, 28 on third).
 */
export function refineFindings(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  const boneNeoplasm = codesBoneNeoplasm(findings);
  return withoutNativeHipDislocation(withoutFractureCallus(text, withoutSurgicalWound(text, withoutTranslatedLesion(text, foldSidePairs(view, foldTraumaticReading(findings.flatMap((f) => {
    // The cause and bone (and a physeal fracture's type) first, so that the side rule below reads the bone's 'unspecified femur'.
    const caused = withFractureCause(view, f, text, boneNeoplasm);
    if (caused) f = { ...f, code: caused.code, notes: [...f.notes, caused.note] };
    for (const rule of BEFORE_SIDE) {
      const moved = rule(view, f, text);
      if (moved) f = { ...f, code: moved.code, notes: [...f.notes, moved.note] };
    }
    const sided = withSide(view, f, text);
    // Both sides where the category has no bilateral code: one code for each side (Guidelines I.B.13).
    const other = sided?.alsoLeft ? [{ ...f, code: sided.alsoLeft, notes: [...f.notes, sided.note] }] : [];
    if (sided) f = { ...f, code: sided.code, notes: [...f.notes, sided.note] };
    const near = f.evidence.map((e) => text.slice(Math.max(0, e.start - 120), e.end + 120)).join(' ');
    // A rule may add the words it read to the finding's evidence (a traction detachment's, diabetic-detachment.ts).
    const refined: { code: string; note: string; evidence?: Finding['evidence'] } | undefined =
      withDiabetesCause(view, f, text) ??
      withTractionDetachment(view, f, text) ??
      withSeventh(view, f.code, text, f.evidence, near) ??
      withTrimester(view, f.code, text, near) ??
      withExtent(f, text) ??
      withLimb(view, f, text) ??
      withSkinLimb(view, f, text) ??
      withLymphomaSite(view, f, text) ??
      withNewbornJaundiceCause(view, f, text) ??
      withoutType(view, f, text) ??
      withTraumaticEmphysema(view, f, text) ??
      withDocumentedDominance(view, f, text) ??
      withDocumented(view, f, text);
    if (refined) f = { ...f, code: refined.code, evidence: [...f.evidence, ...(refined.evidence ?? [])], notes: [...f.notes, refined.note] };
    // The axes read on whichever code the rules above chose ('migraine without aura' G43.009, then 'with status'; the
    // trimester, then the fetus).
    const detailed =
      withIntractableStatus(view, f, text) ?? withDementiaDetails(view, f.code, f.evidence, text) ?? withSubstanceDetails(view, f.code, f.evidence, text) ?? withTobaccoProduct(view, f, text) ?? withFetus(view, f, text) ??
      withCarbonMonoxideSource(view, f, text) ?? withSecondaryHypertensionCause(view, f, text);
    return [detailed ? { ...f, code: detailed.code, notes: [...f.notes, detailed.note] } : f, ...other];
  })))))));
}

const SIDE_WORD = /\b(right|left|bilateral|both)\b/gi;
/** The side, or both sides, written right before a finding ('left MCA stroke with right hemiparesis'). */
const OWN_SIDE = /\b(?:(right|left)\s+(?:and|or|\/)\s+)?(right|left)(?:[- ]sided)?\s*$/i;
/** A side said of the eye or its parts ('the left eye', 'the left upper eyelid'); eye abbreviations spelled out first. */
const EYE_PART_SIDE = /\b(right|left)\s+(?:(?:upper|lower)\s+)?(?:eye|eyelid|orbit)\b/gi;
/** A side and the word after it ('left renal'). */
const SIDE_THEN_WORD = /\b(right|left|bilateral|both)[- ]+([a-z]+)/gi;
/**
 * The eye closing the finding's phrase after a comma, as the classification writes it ('proliferative diabetic
 * retinopathy without macular edema, bilateral', '..., left eye'): the last words before the sentence ends, so a
 * list's next finding ('retinopathy, left cataract') is not read as it.
 */
const TRAILING_EYE = /^[^.;,]*(,\s*(?:right|left|both|bilateral)(?:\s+eyes?)?)\s*(?:[.;]|$)/i;
const TRAILING_EAR = /^[^.;,]*(,\s*(?:right|left|both|bilateral)(?:\s+ears?)?)\s*(?:[.;]|$)/i;
/** An eye named by pointing back to the one said before. */
const SAME_EYE = /\b(?:that|this|the same|same) eye\b/i;
/** Limbs and their joints in the plural, which name both sides. */
const PAIRED_PLURAL = /\b(?:(?:lower|upper) (?:limbs|extremities)|legs|arms|thighs|knees|ankles|feet|hands|hips|shoulders|wrists|elbows|heels)\b/i;


/**
 * Codes whose sides are other categories' codes, not 'unspecified' read as the side: 'Loss, vision, visual H54.7;
 * both eyes H54.3; one eye, left (normal vision on right) H54.62'.
 */
const BY_SIDE: Record<string, Record<string, string>> = {
  H547: { right: 'H5461', left: 'H5462', bilateral: 'H543' },
  // 'Pain, abdominal, lower R10.30; right quadrant R10.31; left quadrant R10.32' (upper likewise, R10.1-).
  R1030: { right: 'R1031', left: 'R1032' },
  R1010: { right: 'R1011', left: 'R1012' },
  // 'Osteoarthritis, knee M17.1-; bilateral M17.0' (hip M16.-, first carpometacarpal joint M18.-): the side is the
  // unilateral subcategory's, both sides the bilateral code.
  M179: { right: 'M1711', left: 'M1712', bilateral: 'M170' },
  M169: { right: 'M1611', left: 'M1612', bilateral: 'M160' },
  M189: { right: 'M1811', left: 'M1812', bilateral: 'M180' },
  // 'Loss, hearing, sensorineural H90.5; bilateral H90.3; unilateral H90.4-' (conductive H90.2, H90.0, H90.1-; mixed
  // H90.8, H90.6, H90.7-): one ear named is the unilateral code with unrestricted hearing on the other side, the
  // default unless the other ear's restriction is documented (H90.A-).
  H905: { right: 'H9041', left: 'H9042', bilateral: 'H903' },
  H902: { right: 'H9011', left: 'H9012', bilateral: 'H900' },
  H908: { right: 'H9071', left: 'H9072', bilateral: 'H906' },
  // 'Paralysis, vocal cord J38.00; unilateral J38.01; bilateral J38.02': one side named is unilateral.
  J3800: { right: 'J3801', left: 'J3801', bilateral: 'J3802' },
  // 'Contusion and laceration of cerebrum, unspecified' (S06.33-) and its traumatic hemorrhage (S06.36-) are titled
  // apart from their sides ('of right cerebrum' S06.31-, S06.34-; left S06.32-, S06.35-): the 6th and 7th characters kept.
  ...Object.fromEntries([...'0123456789A'].flatMap((loc) => [...'ADS'].flatMap((episode) => [
    [`S0633${loc}${episode}`, { right: `S0631${loc}${episode}`, left: `S0632${loc}${episode}` }],
    [`S0636${loc}${episode}`, { right: `S0634${loc}${episode}`, left: `S0635${loc}${episode}` }],
  ]))),
};

/**
 * The side written right beside a finding whose code leaves it unspecified: 'pain in the left flank' is R10.A2 'Flank
 * pain, left side', not R10.A0 'unspecified side', when the title's own word ('side') is not in the chart. The coded
 * side is the code of the category whose title is this one with 'unspecified' read as the side; both sides named, or
 * none, leave the code as it is.
 */
const BARE_SIDE_AFTER = /^\s*,\s*(right|left|bilateral)\s*(?=[.;,)\n]|$)/i;

function withSide(view: CodeTableView, f: Finding, text: string) {
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  if (!/\bunspecified\b/i.test(title)) return undefined;
  const category = view.indexOf(f.code.slice(0, 3));
  // The side gives a code only as BY_SIDE names it or as a code of the category is titled with it.
  if (BY_SIDE[f.code] === undefined && (category === undefined || !categoryNamesSides(view, category))) return undefined;
  const sides = new Set<string>();
  for (const e of f.evidence) {
    // Sides as notes abbreviate them ('L knee pain', 'RLE cellulitis') are read as the words.
    const before = spellLimbSides(text, Math.max(0, e.start - 40), e.start);
    // The side just before the finding is its own ('left MCA stroke with right hemiparesis': the hemiparesis is right).
    const own = OWN_SIDE.exec(before);
    if (own) {
      // 'right and left flank pain' names both sides.
      sides.add(own[1] && own[1].toLowerCase() !== own[2]!.toLowerCase() ? 'bilateral' : own[2]!.toLowerCase());
      continue;
    }
    // A side among the finding's own words is its side, not one of the clause around it: in 'edema in both eyelids
    // and right ptosis' the edema is of both eyelids and the ptosis right.
    const inside = spellLimbSides(text, e.start, e.end).match(SIDE_WORD);
    if (inside) {
      for (const word of inside) sides.add(word.toLowerCase() === 'both' ? 'bilateral' : word.toLowerCase());
      continue;
    }
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(',')) + 1);
    // A code of the eye's chapter (H00-H59) is the eye's even where its title says 'visual' and not 'eye' (H54.7).
    const ofEye = /\beye\b/i.test(title) || /^H[0-5]/.test(f.code);
    // An ear's side is written after it the same way ('AOM, left ear', 'otitis media, bilat').
    const ofEar = /^H(?:6\d|7[0-5]|8[0-3]|9[0-4])/.test(f.code);
    const trailing = ofEye ? (TRAILING_EYE.exec(text.slice(e.end, e.end + 120))?.[1] ?? '') : ofEar ? (TRAILING_EAR.exec(spellLimbSides(text, e.end, e.end + 120))?.[1] ?? '') : '';
    // A side alone after a comma closes the finding's own words: 'Carpal tunnel syndrome, right.', 'Sciatica, left;'.
    const bare = BARE_SIDE_AFTER.exec(text.slice(e.end, e.end + 20))?.[1] ?? '';
    const after = `${ownPhraseAfter(spellLimbSides(text, e.end, e.end + 30).split(/[.;,]/)[0]!, title)}${trailing} ${bare}`;
    const words = `${ownClause(clause, title)} ${text.slice(e.start, e.end)} ${after}`;
    const named = sides.size;
    for (const m of (ofEye ? spellEyeSides(words) : words).matchAll(SIDE_WORD)) sides.add(m[1]!.toLowerCase() === 'both' ? 'bilateral' : m[1]!.toLowerCase());
    // 'pain in the lower limbs', 'arthralgias in the knees': a paired limb or joint said in the plural is both of them.
    // Only the finding's own words and the phrase right after them ('sciatica and edema in the lower limbs': not the
    // sciatica's).
    const itself = `${text.slice(e.start, e.end)} ${/^\s*(?:in|of|on) (?:the )?[a-z]+(?: [a-z]+)?/i.exec(after)?.[0] ?? ''}`;
    if (!ofEye && sides.size === named && PAIRED_PLURAL.test(itself)) sides.add('bilateral');
    if (!ofEye || sides.size > 0) continue;
    // 'OI presents ... pannus, pterygium, a central corneal ulcer': the eye the sentence opens with is its list's.
    const sentence = text.slice(Math.max(0, e.start - 200), e.start);
    // A sentence ends at a full stop before a space, not at the point of '3.5 cm'.
    const opening = sentence.slice(Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('.\n'), sentence.lastIndexOf(';')) + 1);
    for (const [abbreviation, side] of EYE_SIDES) if (opening.search(abbreviation) >= 0) sides.add(side === 'both' ? 'bilateral' : side);
    for (const m of opening.matchAll(EYE_PART_SIDE)) sides.add(m[1]!.toLowerCase());
    // 'eye pain in that eye': the eye named last before it ('a decrease in visual acuity in the left eye').
    if (sides.size === 0 && SAME_EYE.test(after)) {
      const earlier = [...spellEyeSides(text.slice(Math.max(0, e.start - 300), e.start)).matchAll(EYE_PART_SIDE)].pop();
      if (earlier) sides.add(earlier[1]!.toLowerCase());
    }
  }
  // A neoplasm's organ keeps its side through the chart ('tumor in the right testicle' ... 'seminoma').
  const inChart = sides.size === 0 ? chartSideOfNeoplasm(f.code, title, text) : undefined;
  if (inChart) sides.add(inChart);
  if (sides.size !== 1) return undefined;
  const side = [...sides][0]!;
  const named = BY_SIDE[f.code]?.[side];
  if (named && view.indexOf(named) !== undefined) return { code: named, note: `${side}, as documented` };
  if (category === undefined) return undefined;
  // Hemiplegia and the like name the dominant side (Guidelines I.C.6.a).
  const near = f.evidence.map((e) => text.slice(Math.max(0, e.start - 60), e.end + 60)).join(' ');
  // The skin of an eyelid is coded by lid (C44.1-, D04.1-: 'of skin of left upper eyelid'): the lid said beside it.
  const lid = /\bunspecified eyelid\b/i.test(title) ? /\b(upper|lower)\s+(?:eye)?lid\b/i.exec(near)?.[1]?.toLowerCase() : undefined;
  const words = side === 'right' || side === 'left' ? [...(lid ? [`${side} ${lid}`] : []), side, ...dominanceWords(side, near, text)] : [side];
  const wanted = sideTitles(title, words);
  const titled = (wanted: Set<string>) => view.descendants(category).find((k) => view.isBillable(k) && wanted.has(view.table.titles[k]!.toLowerCase()));
  const match = titled(wanted);
  if (match !== undefined) return { code: view.table.codes[match]!, note: `${side}, as documented` };
  if (side !== 'bilateral') return undefined;
  const bilateral = bilateralCodeOf(view, category, title);
  if (bilateral !== undefined) return { code: view.table.codes[bilateral]!, note: 'bilateral, as documented (Guidelines I.B.13)' };
  const right = titled(sideTitles(title, ['right']));
  const left = titled(sideTitles(title, ['left']));
  if (right === undefined || left === undefined) return undefined;
  return { code: view.table.codes[right]!, alsoLeft: view.table.codes[left]!, note: 'both sides, as documented: no bilateral code, one for each side (Guidelines I.B.13)' };
}

/**
 * The words after a finding that are still its own: up to an 'and', 'with' or 'but' that starts another finding
 * ('the left common ocular motor (including ptosis) and both irritants', 'thigh valgus and bilateral femoral
 * thinning'). Past it only a list of sides ('ptosis of the right and left eyelids'), or a side said of the part the
 * finding's title names ('a chalazion and unilateral left eye ...': the eye of 'Chalazion unspecified eye').
 */
function ownPhraseAfter(after: string, title: string): string {
  const cut = /\b(?:and|with|but)\b/i.exec(after);
  if (!cut || /\b(?:right|left|both|bilateral)\s*$/i.test(after.slice(0, cut.index))) return after;
  const part = /\b(?:right|left|both|bilateral)\s+([a-z]+?)s?\b/i.exec(after.slice(cut.index));
  const named = part && title.toLowerCase().split(/[^a-z]+/).some((w) => w.startsWith(part[1]!.toLowerCase()));
  return named ? after : after.slice(0, cut.index);
}

/**
 * The clause before a finding without the sides it says of another part: in 'left renal metastasis of pulmonary
 * carcinoma' and 'bilateral adrenal metastases, metastatic lesion at lung level' the side is the kidney's or the
 * adrenals', not the lung's, whose title names no kidney (the paired organs of chart-side.ts).
 */
function ownClause(clause: string, title: string): string {
  return clause.replace(SIDE_THEN_WORD, (said, _side: string, word: string) => (namesOtherOrgan(word, title) ? word : said));
}

/** A title with its 'unspecified' read as each of the side words ('Pain in unspecified knee' -> 'pain in right knee'). */
function sideTitles(title: string, words: string[]): Set<string> {
  const wanted = new Set<string>();
  for (const m of title.matchAll(/\bunspecified\b/gi)) {
    const rest = title.slice(m.index! + m[0].length);
    // 'Ocular pain, unspecified eye' -> 'Ocular pain, right eye', and 'Ocular pain, bilateral' without the part's name.
    const restWithoutPart = rest.replace(/^ (?:eye|ear|side)\b/i, '');
    for (const word of words) {
      wanted.add(`${title.slice(0, m.index!)}${word}${rest}`.toLowerCase());
      wanted.add(`${title.slice(0, m.index!)}${word}${restWithoutPart}`.toLowerCase());
    }
  }
  // 'Pain in unspecified ankle and joints of unspecified foot' -> 'Pain in right ankle and joints of right foot'.
  for (const word of words) wanted.add(title.replace(/\bunspecified\b/gi, word).toLowerCase());
  // 'Pain in leg, unspecified' -> 'Pain in right leg', 'Arthralgia of temporomandibular joint, unspecified side' ->
  // 'Arthralgia of right temporomandibular joint': the side goes before the part the title ends with.
  const trailing = /^(.*\b(?:of|in) )(.+), unspecified(?: side)?$/i.exec(title);
  if (trailing) for (const word of words) wanted.add(`${trailing[1]}${word} ${trailing[2]}`.toLowerCase());
  return wanted;
}

const LOWER_LIMB = /\b(?:foot|feet|ankles?|legs?|knees?|hips?|thighs?|lower (?:limbs?|extremit(?:y|ies)))\b/i;
const UPPER_LIMB = /\b(?:hands?|wrists?|arms?|forearms?|elbows?|shoulders?|fingers?|upper (?:limbs?|extremit(?:y|ies)))\b/i;
/** Codes whose limb is a subcategory: the unspecified code -> [upper limb, lower limb] with .1 right, .2 left, .3 both. */
const BY_LIMB: Record<string, [string, string]> = { G9050: ['G9051', 'G9052'] };

/** 'CRPS of the ankle and left foot': the limb and side written in the finding's sentence (G90.522). */
function withLimb(view: CodeTableView, f: Finding, text: string) {
  const limbs = BY_LIMB[f.code];
  if (!limbs) return undefined;
  const near = f.evidence.map((e) => text.slice(e.start, e.end + 60).split(/[.;]/)[0]).join(' ');
  const lower = LOWER_LIMB.test(near);
  if (lower === UPPER_LIMB.test(near)) return undefined;
  const sides = new Set([...near.matchAll(SIDE_WORD)].map((m) => (m[1]!.toLowerCase() === 'both' ? 'bilateral' : m[1]!.toLowerCase())));
  const side = sides.size === 1 ? [...sides][0] : undefined;
  const code = `${limbs[lower ? 1 : 0]}${side === 'right' ? '1' : side === 'left' ? '2' : side === 'bilateral' ? '3' : '9'}`;
  return view.indexOf(code) === undefined ? undefined : { code, note: `${lower ? 'lower' : 'upper'} limb${side ? `, ${side}` : ''}, as documented` };
}

/** Lymphadenopathy or edema with a site written beside it is localized; 'generalized' says the other. */
function withExtent(f: Finding, text: string) {
  const choices = EXTENT[f.code];
  if (!choices) return undefined;
  // The words right around the finding: 'cervical adenopathy', 'edema of both legs', 'adenopathy in the axilla'.
  const beside = f.evidence.map((e) => text.slice(Math.max(0, e.start - 30), e.end + 30)).join(' ');
  if (GENERALIZED.test(beside)) return { code: choices[1], note: 'generalized, as documented' };
  if (SITE.test(beside)) return { code: choices[0], note: 'localized: a site is documented' };
  if (f.code === 'R599' && f.evidence.every((e) => LYMPHADENOPATHY.test(text.slice(e.start, e.end)))) {
    return { code: choices[1], note: "'Lymphadenopathy NOS' is R59.1 (Index: Lymphadenopathy (generalized))" };
  }
  return undefined;
}

/**
 * A default sibling 'without' what the chart documents: 'cranioencephalic trauma with loss of consciousness' read as
 * S06.9X0A 'Unspecified intracranial injury without loss of consciousness' is the sibling 'with loss of consciousness
 * of unspecified duration' (S06.9X9A) when the words after the finding say so.
 */
function withDocumented(view: CodeTableView, f: Finding, text: string) {
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  const without = /\bwithout ([a-z ]+?)(?=,|$)/i.exec(title);
  if (!without) return undefined;
  const what = without[1]!.toLowerCase();
  const after = f.evidence.map((e) => text.slice(e.start, e.end + 80).split(/[.;]/)[0]!).join(' ').toLowerCase();
  // The words between may not deny it: 'with hypoglycemia without coma' is not 'with coma'.
  if (!new RegExp(`\\bwith (?:(?!(?:without|no|not)\\b)\\w+ ){0,2}${what}\\b`).test(after)) return undefined;
  const wanted = [`with ${what} of unspecified duration`, `with ${what}`].map((w) => title.replace(without[0], w).toLowerCase());
  const category = view.indexOf(f.code.slice(0, 3));
  const siblings = category === undefined ? [] : view.descendants(category).filter((k) => view.isBillable(k));
  for (const w of wanted) {
    const match = siblings.find((k) => view.table.titles[k]!.toLowerCase() === w);
    if (match !== undefined) return { code: view.table.codes[match]!, note: `${w.slice(w.indexOf('with '))}, as documented` };
  }
  return undefined;
}

function withTrimester(view: CodeTableView, code: string, text: string, near: string) {
  const i = view.indexOf(code);
  if (i === undefined || code[0] !== 'O' || !/unspecified trimester/i.test(view.table.titles[i]!)) return undefined;
  const number = trimesterOf(near) ?? trimesterOf(text);
  if (!number) return undefined;
  const trimester = TRIMESTER_NAMES[number - 1]!;
  const title = view.table.titles[i]!.replace(/unspecified trimester/i, `${trimester} trimester`);
  // A code with a 7th character (the fetus, O31-O36) has the trimester in its 5th or 6th: its siblings are under the subcategory.
  const parent = view.indexOf(code.length === 7 ? code.slice(0, 4) : code.slice(0, -1));
  const siblings = parent === undefined ? [] : view.descendants(parent);
  const match = siblings.find((k) => view.table.titles[k] === title);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `${trimester} trimester documented` };
}

/** 'migraine without aura': the words a chart writes after 'without', up to the clause's end. */
const WITHOUT_AFTER = /^\s*,?\s*without ((?:(?!\b(?:and|but|or|with|in|for|since|after)\b)[a-z-]+ ?){1,3})/i;
/** A title's comma-separated parts: 'not intractable', 'without status migrainosus'. */
const partsOf = (title: string) => new Set(title.toLowerCase().split(/\s*,\s*/));

/**
 * A 'without X' that names the type, not the absence of a complication: 'migraine without aura' is G43.009 'Migraine
 * without aura, not intractable, without status migrainosus', a sibling of the G43.909 the word 'migraine' gives.
 * The concepts drop a title's 'without' clauses (a chart rarely writes 'without complications'), so the words the
 * chart writes after 'without' choose, in the finding's category, the billable code whose title says 'without' them
 * and keeps most of the found title's other parts ('not intractable, without status migrainosus').
 */
function withoutType(view: CodeTableView, f: Finding, text: string) {
  const i = view.indexOf(f.code);
  if (i === undefined) return undefined;
  const title = view.table.titles[i]!;
  for (const e of f.evidence) {
    const m = WITHOUT_AFTER.exec(text.slice(e.end, e.end + 60));
    if (!m) continue;
    const phrase = `without ${m[1]!.trim().toLowerCase()}`;
    if (title.toLowerCase().includes(phrase)) return undefined;
    // An open wound's foreign body is no type: 'open wound of the left forearm without foreign body' stays the forearm's
    // wound (S51.802A), not the first laceration 'without foreign body' of the category (S51.011A, right elbow).
    if (/^without (?:foreign body|damage to nail)/.test(phrase)) continue;
    const category = view.indexOf(f.code.slice(0, 3));
    if (category === undefined) return undefined;
    const own = partsOf(title);
    // A part the chart writes after the clause ('without rheumatoid factor, left hand') chooses before the found
    // title's parts do: the site of M06.042, not the 'unspecified site' of M06.00.
    const after = text.slice(e.end, e.end + 80).split(/[.;]/)[0]!.toLowerCase();
    const said = (k: number) => [...partsOf(view.table.titles[k]!)].filter((part) => !part.includes(phrase) && after.includes(part)).length;
    const shared = (k: number) => 2 * said(k) + [...partsOf(view.table.titles[k]!)].filter((part) => own.has(part)).length;
    const choices = view.descendants(category).filter((k) => view.isBillable(k) && view.table.titles[k]!.toLowerCase().includes(phrase));
    if (choices.length === 0) continue;
    const best = choices.reduce((a, b) => (shared(b) > shared(a) ? b : a));
    return { code: view.table.codes[best]!, note: `${phrase}, as documented` };
  }
  return undefined;
}
