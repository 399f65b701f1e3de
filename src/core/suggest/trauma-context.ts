import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/** Words that tell an injury happened: a trauma, its mechanism or a wound of one. */
const TRAUMA = /\b(?:trauma\w*|post-?traumatic|polytrauma\w*|fractur\w*|wounds?|stabb\w*|gunshot|contusions?|lacerat\w*|accident\w*|falls?|fell|blows?|struck|assault\w*|aggression|run over|collision|crash\w*|burn(?:s|ed)?|bites?|bitten|blunt)\b/i;

/**
 * Air under the skin after an injury. The Index reads 'Emphysema, subcutaneous (traumatic) T79.7' and
 * 'nontraumatic J98.2', and J98.2's Excludes1 sends the traumatic one to T79.7; 'subcutaneous emphysema' reaches
 * J98.2 here (the spontaneous air leak of pneumomediastinum), so its sentence decides: 'fractures in the right
 * upper and lower extremities and ribs, with intense subcutaneous emphysema' is the injury's, T79.7XXA.
 */
export function withTraumaticEmphysema(view: CodeTableView, f: Finding, text: string) {
  if (f.code !== 'J982') return undefined;
  const subcutaneous = f.evidence.filter((e) => /\bsubcutaneous\b/i.test(text.slice(e.start, e.end)));
  if (!subcutaneous.some((e) => TRAUMA.test(clauseOf(text, e.start, e.end, 300)))) return undefined;
  const code = 'T797XXA';
  return view.indexOf(code) === undefined ? undefined : { code, note: 'subcutaneous emphysema of an injury (Index: Emphysema, subcutaneous, traumatic)' };
}

const BARE_INJURY = /^injur(?:y|ies)$/i;

/**
 * 'Injury' where the Spanish 'lesión' was translated: the case reports' translations write one word for both, so
 * a chart that speaks of a lesion and tells of no trauma anywhere ('Biopsy of the lesion ... the injury does not
 * improve', 'Cystic cord injury corresponds to a spermatocele') means the lesion by 'the injury', not an injury of
 * unspecified body region (T14.90, 'Injury NOS'). The lesion is coded by its own words.
 */
export function withoutTranslatedLesion(text: string, findings: Finding[]): Finding[] {
  // The lesion's word first: a chart without one is spared TRAUMA's search, which runs over all of a chart without trauma.
  if (!/\blesions?\b/i.test(text) || TRAUMA.test(text)) return findings;
  return findings.filter((f) => f.code !== 'T1490XA' || !f.evidence.every((e) => BARE_INJURY.test(text.slice(e.start, e.end))));
}

const BARE_WOUND = /^wounds?$/i;
const OPERATION = /\b(?:surg\w+|incisions?|(?:post|intra)?operative\w*|\w+ectom(?:y|ies)|\w+otom(?:y|ies)|laparotom\w*)\b/i;

/**
 * 'Wound' said of an operation's wound ('surgical lavage and removal of implants with regularization of the edge of
 * the wounds', 'necrosis of a small area of the wound from the left lymphadenectomy incision'): the incision, not an
 * injury of unspecified body region (T14.8, 'Wound, open' is an injury's); a complication of it is coded from its own
 * words (T81.-). A wound whose sentence tells of a trauma stays an injury.
 */
export function withoutSurgicalWound(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    if (f.code !== 'T148XXA') return true;
    return !f.evidence.every((e) => {
      const clause = clauseOf(text, e.start, e.end, 200);
      return BARE_WOUND.test(text.slice(e.start, e.end)) && OPERATION.test(clause) && !TRAUMA.test(clause.replace(/\bwounds?\b/gi, ''));
    });
  });
}

const FRACTURE_CALLUS = /\b(?:fractur\w*|bon[ey]|osseous|periosteal|vicious(?:ly)?|consolidat\w*)\b/i;

/**
 * The callus of a healing fracture ('a stress fracture in the second MTT with peripherical callus', 'a callus of old
 * fracture', 'vicious callus') is bone, not the skin's callosity L84: the Index reads 'Callus (infected) L84; bone -
 * see Osteophyte; excessive, following fracture - code as Sequelae of fracture'. A callus whose clause tells of a
 * fracture or of bone is not coded L84.
 */
export function withoutFractureCallus(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => f.code !== 'L84' || !f.evidence.every((e) => FRACTURE_CALLUS.test(clauseOf(text, e.start, e.end, 100))));
}
