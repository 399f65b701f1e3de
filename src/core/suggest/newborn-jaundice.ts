import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * A newborn's jaundice by the cause the chart gives (Index: Jaundice, newborn, due to or associated with ...), most
 * specific first: its own code where the Index sends the cause there (ABO P55.1, Rh P55.0, isoimmunization NOS and
 * maternal/fetal incompatibility NEC P55.9), P58.- for an excessive hemolysis by its cause, P59.- for the others.
 * Causes only a newborn has (an isoimmunization, breast milk, preterm delivery) name the newborn's jaundice even
 * where the chart writes 'jaundice' alone (R17); the others, where it says the patient is a newborn.
 */
const CAUSES: readonly [cause: RegExp, code: string, newbornOnly: boolean][] = [
  [/\bABO\b/i, 'P551', true],
  [/\bRh\b|\brhesus\b|\banti-?D\b/i, 'P550', true],
  [/\b(?:iso|allo)immuni[sz]ation\b|\b(?:maternal[- ]fetal|feto-?maternal) incompatibility\b|\bblood group incompatibility\b/i, 'P559', true],
  [/\bbreast[- ]milk\b/i, 'P593', true],
  [/\bpreterm\b|\bprematur\w*/i, 'P590', true],
  [/\binspissated bile\b/i, 'P591', false],
  [/\bbruis\w*/i, 'P580', false],
  [/\bbleeding\b|\bh(?:a)?emorrhag\w*|\bcephal(?:o)?h(?:a)?ematoma\b/i, 'P581', false],
  [/\bpolycyth\w*/i, 'P583', false],
  [/\bswallowed maternal blood\b/i, 'P585', false],
  [/\binfection\b|\bsepsis\b/i, 'P582', false],
  [/\bhepatocellular damage\b/i, 'P5920', false],
  [/\bh(?:a)?emoly\w*/i, 'P589', false],
];

/** The clause after the jaundice that names its cause ('due to ABO isoimmunization'), to the end of its sentence part. */
const CAUSE_AFTER = /^\s*,?\s*(?:due to|secondary to|caused by|associated with|related to|because of|from|by|of)\s+([^.;]{0,60})/i;
/** The words written onto the jaundice before it ('ABO incompatibility jaundice', 'breast milk jaundice'). */
const CAUSE_BEFORE = /([\w -]{0,40})$/;

/** The chart says the patient is a newborn near the jaundice ('a newborn with jaundice secondary to cephalohematoma'). */
const NEWBORN = /\b(?:newborns?|neonat\w*)\b/i;

export function withNewbornJaundiceCause(view: CodeTableView, f: Finding, text: string) {
  if (f.code !== 'P599' && f.code !== 'R17') return undefined;
  const newborn = f.code === 'P599' || f.evidence.some((e) => NEWBORN.test(text.slice(Math.max(0, e.start - 120), e.end + 120)));
  for (const e of f.evidence) {
    const after = CAUSE_AFTER.exec(text.slice(e.end, e.end + 90))?.[1] ?? '';
    const before = CAUSE_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start))?.[1] ?? '';
    const found = CAUSES.find(([cause, , newbornOnly]) => (newbornOnly || newborn) && (cause.test(after) || cause.test(before)));
    if (found && view.indexOf(found[1]) !== undefined) {
      return { code: found[1], note: "a newborn's jaundice by its cause (Index: Jaundice, newborn, due to or associated with)" };
    }
  }
  return undefined;
}
