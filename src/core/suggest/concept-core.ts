import { searchTerms } from '../search/terms';

/**
 * Words a chart rarely writes but titles carry to place a code in the classification; a concept is found when
 * its other words are in the text. 'with' joins a combination and is implied by the words on both sides.
 */
const QUALIFIERS = new Set(
  searchTerms(
    'unspecified other specified nos nec not elsewhere classified acquired with part site sites region ' +
      'mention so described any form mellitus primary due',
  ),
);

/** Whether a concept leaves this term out: a qualifier word titles carry ('mellitus', 'unspecified'). */
export function isQualifier(term: string): boolean {
  return QUALIFIERS.has(term);
}

const GESTATIONAL = /\b(?:gestational|pregnancy-induced|maternal)\b/i;

/** Clauses that choose among sibling codes rather than name the condition: encounters, "without ..." and the like. */
const DROPPED_CLAUSES = [
  /\([^)]*\)|\[[^\]]*\]/g, // nonessential modifiers, as the Tabular List brackets them
  /,?\s*(initial|subsequent) encounter[^,;]*|,?\s*sequela\b/gi,
  // 'Laceration without foreign body of scalp': the phrases that choose a sibling go, the site after them stays.
  /\bwithout (?:foreign body|damage to nail)\b/gi,
  // ... up to a 'with' that names what the code has: 'without delta-agent with hepatic coma' keeps the coma.
  /\bwithout\b(?:(?!\bwith\b)[^,;])*/gi,
  /,?\s*\bunspecified (organism|site|part|type|side|region|cause|laterality|body region|trimester|duration)\b/gi,
  /\buncomplicated\b/gi,
  // 'Chronic or unspecified duodenal ulcer with hemorrhage' (K26.4): the unspecified reading is the one a chart
  // without the word takes, so 'chronic' is not a word the sentence must hold ('bleeding duodenal ulcer').
  /\b(?:chronic|complete) or unspecified\b/gi,
  /\bsingle episode\b/gi,
  // 'Burn of second degree of multiple right fingers (nail), not including thumb' (T23.23-): the Index's default for
  // multiple fingers ('Burn, finger, multiple sites (without thumb)'); read as words, 'not' (a qualifier) would go and
  // leave the 'including thumb' of its sibling T23.24-.
  /,?\s*\bnot including thumb\b/gi, // 'major depressive disorder' alone is the single episode; 'single ventricle' keeps 'single'
  /\bin diseases classified elsewhere\b/gi,
  /\bexcept\b[^,;]*/gi,
  /\bunspecified behavior\b/gi,
  /\bnot elsewhere classified\b/gi,
  /,?\s*not specified as primary or secondary\b/gi, // C22.9: 'secondary' here is what the chart has not said
];

/**
 * The core terms of a title or term: what must appear in a sentence for the phrase to be said there.
 * 'Type 2 diabetes mellitus without complications' -> type 2 diabet mellitu; returns [] when nothing is left.
 */
export function coreTerms(phrase: string): string[] {
  let text = phrase;
  // 'Gestational diabetes mellitus in pregnancy, diet controlled': the word 'gestational' says it; elsewhere 'in
  // pregnancy' stays a word the sentence must hold ('Infections of kidney in pregnancy' is not a kidney infection).
  if (GESTATIONAL.test(text)) text = text.replace(/\bin pregnancy\b/gi, ' ');
  for (const clause of DROPPED_CLAUSES) text = text.replace(clause, ' ');
  const kept = NAMED_PRIMARY.test(text) ? [PRIMARY] : OTHER_SPECIFIED.test(text) ? OTHER_SPECIFIED_TERMS : OTHER_OPENING.test(text) ? [OTHER] : [];
  if (OPERATION_SITE.test(text)) kept.push(SITE);
  return [...new Set(searchTerms(text).filter((t) => kept.includes(t) || !QUALIFIERS.has(t)))];
}

/**
 * 'Other specified diabetes mellitus with hyperglycemia' (E13.65), 'Other specified hypothyroidism' (E03.8), 'Other
 * specified injury of right carotid artery' (S15.091), 'Other postprocedural shock' (T81.19): a phrase that opens with
 * 'other specified' or 'other' names the 'other' code of its category (Index: 'specified NEC' subterms), not the plain
 * condition, and needs the words, said before the rest of the phrase (see ConceptIndex). Without them the phrase's
 * other words are the unspecified or type 2 code's, which 'diabetes with hyperglycemia' reads as.
 */
const OTHER_SPECIFIED = /^\s*other specified\b/i;
const OTHER_SPECIFIED_TERMS = searchTerms('other specified');
const OTHER_OPENING = /^\s*other\b/i;
/** The search term of the word 'other'. */
export const OTHER = searchTerms('other')[0]!;

/**
 * A title without its opening 'other': the plain words, which still name the code where no code of their own wording
 * does (see buildConcepts). Not 'other specified': the words without it are the unspecified code's ('depressive
 * episode' is F32.9, the Index's, not F32.89 'Other specified depressive episodes').
 */
export function withoutOther(phrase: string): string | undefined {
  const stripped = phrase.replace(/^\s*other (?!specified\b)/i, '');
  return stripped === phrase ? undefined : stripped;
}

/**
 * 'Primary hyperparathyroidism' (E21.0), 'Primary amenorrhea' (N91.0), 'Primary open-angle glaucoma' (H40.11-): a
 * phrase that starts with 'primary' names a kind apart from the plain condition, and needs the word. Elsewhere the
 * word places a code ('Unilateral primary osteoarthritis, right knee' is the Index's knee osteoarthritis), as does
 * 'Primary osteoarthritis, shoulder' (M19.01-, the Index's 'Osteoarthritis, shoulder').
 */
const NAMED_PRIMARY = /^\s*primary\b(?! osteoarthritis)/i;
const PRIMARY = searchTerms('primary')[0];

/**
 * 'Neoplasm, mastectomy site (skin)' (C44.501), 'colostomy site': the site of a past operation names where a neoplasm
 * or a complication is only with the word 'site' ('recurrence at the mastectomy site'); 'breast cancer s/p mastectomy'
 * is the breast's cancer and the operation that treated it.
 */
const OPERATION_SITE = /\b\w+(?:ectomy|ostomy|otomy) sites?\b/i;
const SITE = searchTerms('site')[0]!;

/** Approaches and other axes a procedure note states apart from the procedure; the engine reads them separately. */
const PCS_DROPPED = [
  /\([^)]*\)/g,
  /,?\s*(open|percutaneous endoscopic|percutaneous|via natural or artificial opening endoscopic|via natural or artificial opening|external) approach\b/gi,
  /,?\s*via natural or artificial opening( endoscopic)?\b/gi,
];

/** The core terms of an ICD-10-PCS title: operation and body part, without the approach ('Resection of Appendix'). */
export function pcsCoreTerms(title: string): string[] {
  let text = title;
  for (const clause of PCS_DROPPED) text = text.replace(clause, ' ');
  return [...new Set(searchTerms(text))];
}
