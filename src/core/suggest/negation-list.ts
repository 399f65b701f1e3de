import { lookupAbbreviation } from '../text/abbreviations';
import type { ConceptMatch } from './concept-index';

/** Where a list item ends: a comma, or 'and' joining what follows (ConText's terminators of a negation's scope). */
const ITEM_BREAK = /,|\band\b/i;
/**
 * A list closed by 'or' / 'nor' ('without fever, cough or dyspnea'; 'no purulent exudate, perforation, abscesses,
 * fistulas or peritonitis were observed'): every item of it is what the trigger denies, though the index read no
 * finding in the first. A verb denies the objects 'and' closes as well ('the patient denied colluria, acholia and
 * jaundice'); a preposition's 'and' may join the patient's own findings ('fever without apparent focus, dry cough,
 * anorexia, and diffuse abdominal pain').
 */
const LIST_CLOSER = /\b(?:or|nor)\b/i;
const VERB_LIST_CLOSER = /\b(?:or|nor|and)\b/i;
const DENYING_VERB = /^den(?:y|ies|ied|ying)\b/i;
/**
 * The allergy statement is a list of its own: what follows its comma is the history ('No known drug allergies,
 * hypertension, dyslipidemia', as Spanish-English case reports and US notes open the history), unless 'or' closes
 * one list of denied findings ('no allergies, fever or cough').
 */
const ALLERGY_ITEM = /^\s*(?:known\s+)?(?:drug\s+|medication\s+|medicinal\s+|food\s+)?allerg(?:y|ies)(?:\s+to\s+(?:drugs|medications))?\s*$/i;
/** A verb right after the comma opens a new clause of the patient's own ('no allergies or toxic habits, was hypertensive'). */
const NEW_CLAUSE = /^\s*(?:was|were|is|are|had|has|have|presented|presents|showed|shows|reported|reports)\b/i;
/**
 * A test's negative result ('UDS negative for fentanyl, opiates, cocaine, amphetamines'; 'serologies were negative for
 * toxoplasma, rubella and CMV'): what follows is the list of what was tested for, whose first item is as often a drug
 * or an organism as a finding; it does not turn into the patient's own findings after a comma.
 */
const RESULT_LIST = /\bnegative for$/i;
/** Where the list ends: the clause, or a new negation opening a list of its own. */
const LIST_END = /[;.]|\b(?:no|not|without|never|denie[sd]|deny)\b/i;

/**
 * Whether a finding lies past the scope of the forward negation before it. A negation governs the list that
 * follows it ('no fever, chills or weight loss'); when what it denies first is no finding ('without prosthesis',
 * 'do not drink', 'no previous neurological history', 'without treatment') and a comma or 'and' follows, what comes
 * after starts a new clause of the patient's own findings ('partially edentulous and without prosthesis, smoker since
 * he was 12'; 'without optical correction and type 2 diabetes mellitus'), unless 'or' / 'nor' closes the list.
 * `trigger`: the trigger's words; `found`: every finding read in the sentence; `sentenceEnd`: where the sentence ends.
 */
export function pastNegatedList(
  text: string, trigger: string, triggerEnd: number, match: ConceptMatch, found: readonly ConceptMatch[], sentenceEnd: number,
): boolean {
  if (triggerEnd > match.start) return false;
  const breakAt = ITEM_BREAK.exec(text.slice(triggerEnd, match.start));
  if (!breakAt) return false;
  const itemEnd = triggerEnd + breakAt.index;
  if (!/\w/.test(text.slice(triggerEnd, itemEnd))) return false;
  if (breakAt[0] === ',' && NEW_CLAUSE.test(text.slice(itemEnd + 1, match.start))) return true;
  if (RESULT_LIST.test(trigger.trim())) return false;
  const allergies = breakAt[0] === ',' && ALLERGY_ITEM.test(text.slice(triggerEnd, itemEnd));
  if (!allergies && found.some((o) => o.start >= triggerEnd && o.start < itemEnd)) return false;
  if (namesClinicalAbbreviation(text.slice(triggerEnd, itemEnd))) return false;
  const after = text.slice(match.end, sentenceEnd);
  const listEnd = LIST_END.exec(after);
  const closer = DENYING_VERB.test(trigger) ? VERB_LIST_CLOSER : LIST_CLOSER;
  return !closer.test(text.slice(itemEnd, match.end + (listEnd ? listEnd.index : after.length)));
}

/**
 * A first item that is a clinical abbreviation the index leaves unread for its several meanings ('Neg for CP, abd
 * pain, dysuria': chest pain or cerebral palsy) still names a finding: the list goes on denying.
 */
function namesClinicalAbbreviation(item: string): boolean {
  const key = item.trim().toLowerCase();
  return /^[a-z][a-z/]{1,5}$/.test(key) && lookupAbbreviation(key)?.kind === 'clinical';
}
