import type { ConceptMatch } from './concept-index';
import type { Placed } from './not-a-finding';

/**
 * Words that carry a finding across a comma into a combination ('diabetes, with hyperglycemia'); not the 'with' of a
 * new diagnosis ('ischemic heart disease, diagnosed with rheumatoid arthritis' is not rheumatoid heart disease).
 */
const JOINER = /\b(?<!\b(?:diagnosed|treated|presented|presents|presenting|admitted|seen|managed|started) )(?:with|due to|secondary to|associated|complicated by|caused by|from|of)\b/gi;

const CHOOSES_SIBLING = /\bwithout (?:foreign body|damage to nail)\b/gi;

/**
 * Whether a phrase takes its words from different items of a list ('COPD, hypertension' is not pulmonary
 * hypertension): a comma or semicolon between two of its words, no word joining them ('with perforation, localized
 * peritonitis' lists what 'with' joins), and a finding of its own on the far side. A modifier after a comma
 * ('gestational diabetes, diet controlled') names no finding alone and stays part of the phrase.
 */
export function crossesListItems(text: string, match: ConceptMatch, all: readonly ConceptMatch[], termsAt: Placed): boolean {
  const { positions } = match;
  const first = termsAt.get(positions[0]!)!.start;
  for (let i = 1; i < positions.length; i++) {
    const gapStart = termsAt.get(positions[i - 1]!)!.end;
    const gap = text.slice(gapStart, termsAt.get(positions[i]!)!.start);
    // 'Chills without fever' is not 'fever with chills': a phrase's words on both sides of 'without' are two findings.
    // Not the Tabular's own 'without foreign body' ('Laceration without foreign body of left index finger', S61.211A),
    // which chooses a sibling code of the one wound.
    if (/\bwithout\b/i.test(gap.replace(CHOOSES_SIBLING, ''))) return true;
    // 'Stenosis of the right coronary artery and a stent was placed' is not stenosis of a stent: 'and a' brings in
    // a new thing, where 'of the breast and ovary' shares its head; 'she relapsed and had back pain and fever' is no
    // relapsing fever: 'and had' starts a new predicate.
    if (/\b(?:and|or)\s+(?:an?|another|had|has|have|was|were|developed|presented)\b/i.test(gap)) return true;
    if (joined(text, match, i, all, first, termsAt.get(positions[i]!)!.start)) continue;
    if (modifiesNextItem(text, gap, match, i, all, termsAt)) return true;
    const next = positions[i]!;
    if (/[,;]/.test(gap)) {
      if (sharesListHead(text, match, i, all, termsAt)) continue;
      // 'Gestational DM, insulin controlled': what controls it, after the comma, is the phrase's modifier even where the
      // drug is a finding of its own (insulin, Z79.4).
      if (/^[\w-]+(?:[ -][\w-]+)?[ -]controlled\b/i.test(text.slice(termsAt.get(next)!.start, match.end))) continue;
      if (all.some((o) => o !== match && o.positions.includes(next) && o.positions.every((p) => p >= next))) return true;
      // Two findings each whole on its side of the comma, the far one starting before the phrase's word: 'CC: L wrist
      // pain, dog bite' lists the pain and a bite ('dog bite', W54.0-), no bite of the wrist (S61.55-). Not a list of
      // modifiers sharing their head ('distended, hard, diffusely painful abdomen': the abdomen is distended).
      const comma = gapStart + Math.max(gap.lastIndexOf(','), gap.lastIndexOf(';'));
      const before = positions[i - 1]!;
      const wholeBefore = all.some((o) => o !== match && o.positions.length > 1 && o.positions.includes(before) && o.positions.every((p) => termsAt.get(p)!.end <= comma));
      if (wholeBefore && all.some((o) => o !== match && o.positions.includes(next) && o.positions.every((p) => termsAt.get(p)!.start > comma))) return true;
      continue;
    }
    if (positions[i]! - positions[i - 1]! > 1 && borrowsModifier(text, match, i, all, termsAt)) return true;
  }
  return false;
}

/**
 * Whether the phrase ends on a modifier that stands, after 'and' or 'or', right before another finding: 'pain,
 * haematuria and recurrent urinary tract infections' is no recurrent hematuria (N02.9), its 'recurrent' the
 * infections' own, as a word before a noun is that noun's.
 */
function modifiesNextItem(text: string, gap: string, match: ConceptMatch, i: number, all: readonly ConceptMatch[], termsAt: Placed): boolean {
  const { positions } = match;
  if (i !== positions.length - 1 || !/\b(?:and|or)\b/i.test(gap)) return false;
  const word = positions[i]!;
  const end = termsAt.get(word)!.end;
  // Only a finding written right after it, with nothing between ('vomiting and nausea, generalized pain' keeps R11.2).
  return all.some((o) => o !== match && o.positions[0] === word + 1 && o.positions.every((p) => p > word) && /^[\s-]+$/.test(text.slice(end, termsAt.get(o.positions[0]!)!.start)));
}

/**
 * Whether a joining word before the phrase's i-th word carries the phrase on: not one inside another finding that
 * the i-th word belongs to ('chest pain and shortness of breath' is no chest pain on breathing: its 'of' is breath's).
 */
function joined(text: string, match: ConceptMatch, i: number, all: readonly ConceptMatch[], first: number, end: number): boolean {
  const word = match.positions[i]!;
  const before = match.positions[i - 1]!;
  for (const joiner of text.slice(first, end).matchAll(JOINER)) {
    const at = first + joiner.index;
    if (!all.some((o) => o !== match && o.start <= at && at < o.end && o.positions.includes(word) && !o.positions.includes(before))) return true;
  }
  return false;
}

/**
 * Whether a phrase spread over a sentence takes a modifier from another finding: 'pulmonary tuberculosis and
 * hypertension' is not pulmonary hypertension, 'ischemic heart disease (he suffered an acute myocardial infarction)'
 * not acute ischemic heart disease, nor 'tinnitus with bilateral hearing loss' bilateral tinnitus. A modifier goes with
 * the words it stands beside: a word at the edge of the phrase's gap that names no finding alone and is part of
 * another finding written as one unbroken phrase, sharing no other word with this one. A finding's own word
 * ('vomiting and nausea', R11.2) or a head shared by its sites ('adenocarcinoma of the breast and ovary') still joins.
 */
function borrowsModifier(text: string, match: ConceptMatch, i: number, all: readonly ConceptMatch[], termsAt: Placed): boolean {
  const gapBefore = (o: ConceptMatch, k: number) => text.slice(termsAt.get(o.positions[k - 1]!)!.end, termsAt.get(o.positions[k]!)!.start);
  // 'Shortness of breath' is unbroken: the 'of' or 'the' between a phrase's next words does not break it.
  const unbroken = (o: ConceptMatch) =>
    o.positions.length > 1 && o.positions.every((p, k) => k === 0 || (p === o.positions[k - 1]! + 1 && /^(?:[\s-]|\b(?:of|the)\b)*$/i.test(gapBefore(o, k))));
  const borrowed = (word: number) =>
    !all.some((o) => o.positions.length === 1 && o.positions[0] === word) &&
    all.some((o) => o !== match && o.positions.includes(word) && unbroken(o) && o.positions.every((p) => p === word || !match.positions.includes(p)));
  // 'Iron and vitamin B12 deficiencies': a plural head after 'and' is shared by the words before it (E61.1 and E53.8).
  const head = termsAt.get(match.positions[i]!)!;
  const sharedHead = /^\s*(?:and|or)\b/i.test(gapBefore(match, i)) && /(?<![isu])s$/i.test(text.slice(head.start, head.end));
  return borrowed(match.positions[i - 1]!) || (!sharedHead && borrowed(match.positions[i]!));
}

/**
 * Whether the phrase's last word is a plural head its list of modifiers shares: 'liver, retroperitoneal and
 * mediastinal metastases' are metastases of the liver too. The gap is a comma list of single words closed by
 * 'and'/'or' and a word that, with the same head, is another finding written as one phrase ('mediastinal
 * metastases'); 'COPD, hypertension' has no such list, nor a plural head.
 */
function sharesListHead(text: string, match: ConceptMatch, i: number, all: readonly ConceptMatch[], termsAt: Placed): boolean {
  if (i !== match.positions.length - 1) return false;
  const head = match.positions[i]!;
  const headTerm = termsAt.get(head)!;
  const previous = termsAt.get(match.positions[i - 1]!)!;
  if (!/(?<![isu])s$/i.test(text.slice(headTerm.start, headTerm.end))) return false;
  if (!/^\s*(?:,\s*[\w-]+\s*)*,?\s*(?:and|or)\s+[\w-]+\s+$/i.test(text.slice(previous.end, headTerm.start))) return false;
  return all.some((o) => o !== match && o.positions.length === 2 && o.positions[0] === head - 1 && o.positions[1] === head);
}

/** Runs of consecutive positions, as [first, last]: [3, 4, 5, 9] -> [[3, 5], [9, 9]]. */
export function runsOf(positions: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of positions) {
    const last = runs[runs.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

/**
 * One item of a list of sites or findings: a few words ('right upper arm', 'the left forearm'), none a word that
 * ties on words of another phrase ('in 1992 due to chronic', 'the liver compatible with liver' are no items).
 */
const ITEM_WORD = String.raw`(?!(?:of|to|due|with|without|in|into|for|by|from|after|before|on|at|and|or|as|than|compatible|consistent|secondary|likely)\b)[a-z][\w-]*`;
const LIST_ITEM = String.raw`(?:the\s+)?${ITEM_WORD}(?:\s+${ITEM_WORD}){0,3}`;
/**
 * The words between a phrase's head and the start of a later item of the list it heads: 'of right upper arm, left
 * forearm and ' in 'burns of right upper arm, left forearm and chest wall'.
 */
const ITEMS_BETWEEN = new RegExp(String.raw`^\s+(?:of|to|on|over|involving|in|at)\s+(?:${LIST_ITEM}\s*,\s*)*${LIST_ITEM}\s*(?:,\s*(?:and|or)?|\s(?:and|or))\s+(?:the\s+)?$`, 'i');

/**
 * Whether a head's words are shared by a later item of the list after it ('Second degree burns of right upper arm,
 * left forearm and chest wall': a burn of the chest wall), the items between standing for nothing of the phrase
 * (see ListBridge).
 */
export const sharesHeadAcrossList = (text: string) => (before: { end: number }, after: { start: number }): boolean =>
  ITEMS_BETWEEN.test(text.slice(before.end, after.start));
