import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * A subdural bleed by its cause, as the Index splits it: 'Hemorrhage, subdural (nontraumatic) I62.00 (acute I62.01,
 * subacute I62.02, chronic I62.03); traumatic - see Injury, intracranial, subdural hemorrhage' (S06.5-), and 'Hematoma,
 * brain (traumatic), subdural - see Injury, intracranial'; nontraumatic - see Hemorrhage. The words alone give the
 * nontraumatic code for 'SDH' or 'subdural hemorrhage' and the injury for 'subdural hematoma': a fall or a blow to the
 * head told before it ('fell and hit head ... acute SDH') makes it the injury, and 'spontaneous' or 'nontraumatic' the
 * hemorrhage of its stage. The injury's loss of consciousness is read next (consciousness-duration.ts).
 */
const TRAUMA = /\b(?:trauma|traumatic|post-?traumatic|TBI|head (?:injury|strike)|(?:struck|hit|hitting|striking|bumped) (?:his |her |the )?head|falls?(?! risk| precautions)|fell|MVC|MVA|motor vehicle|assault(?:ed)?)\b/i;
const NONTRAUMATIC = /\b(?:non-?traumatic|spontaneous|atraumatic|no (?:history of )?(?:trauma|head injury|fall))\b/i;
const STAGES: [RegExp, string][] = [[/\bsubacute\b/i, 'I6202'], [/\bchronic\b/i, 'I6203'], [/\bacute\b/i, 'I6201']];

export function withSubduralCause(view: CodeTableView, f: Finding, text: string) {
  const injury = f.code.startsWith('S065');
  if (!injury && !/^I620[0-3]$/.test(f.code)) return undefined;
  const clauses = f.evidence.map((e) => clauseOf(text, e.start, e.end, 120)).join(' ');
  if (NONTRAUMATIC.test(clauses)) {
    if (!injury) return undefined;
    const code = STAGES.find(([words]) => words.test(clauses))?.[1] ?? 'I6200';
    return view.indexOf(code) === undefined ? undefined : { code, note: 'a subdural hematoma told as nontraumatic is the nontraumatic subdural hemorrhage of its stage (Index: Hematoma, brain, nontraumatic)' };
  }
  // The fall or the blow is often told in the sentences before the imaging that found the bleed.
  const told = f.evidence.some((e) => TRAUMA.test(text.slice(Math.max(0, e.start - 300), e.end + 80)));
  if (injury) return undefined;
  if (!told) {
    // A nontraumatic one of a stage the words did not reach ('chronic SDH' I62.03).
    const code = f.code === 'I6200' ? STAGES.find(([words]) => words.test(clauses))?.[1] : undefined;
    return code === undefined || view.indexOf(code) === undefined ? undefined : { code, note: 'a nontraumatic subdural hemorrhage by its stage (Index: Hemorrhage, subdural, nontraumatic)' };
  }
  if (view.indexOf('S065XAA') === undefined) return undefined;
  return { code: 'S065XAA', note: 'a subdural hemorrhage told after a fall or a blow to the head is its injury (Index: Hemorrhage, subdural, traumatic - see Injury, intracranial)' };
}
