import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * A hematoma of the brain read as its contusion (the chart synonyms send a hematoma to Contusion, as the Index does for
 * the skin): 'Hematoma, brain (traumatic) - see Injury, intracranial; nontraumatic - see Hemorrhage, intracranial'.
 * Told with a trauma, it is the cerebrum's traumatic hemorrhage (S06.36-, by side S06.34-/S06.35-; the cerebellum's and
 * brainstem's S06.37-/S06.38- already name it). Told with none (a case of headache and hypertension, 'spontaneous
 * intraparenchymal cerebral hematoma'), it is the nontraumatic intracerebral hemorrhage a coder reads (I61.9;
 * cerebellum I61.4, brainstem I61.3), not an injury the chart never mentions.
 */
const TRAUMA = /\b(?:trauma|traumatic|post-?traumatic|TBI|injur(?:y|ies|ed)|falls?|fell|accident|blow|struck|assault(?:ed)?|MVC|MVA)\b/i;
const HEMATOMA = /\bha?ematomas?\b/i;
const TRAUMATIC_HEMORRHAGE: Record<string, string> = { S0633: 'S0636', S0631: 'S0634', S0632: 'S0635' };
const NONTRAUMATIC: Record<string, string> = { S0631: 'I619', S0632: 'I619', S0633: 'I619', S0637: 'I614', S0638: 'I613' };

export function withBrainHematoma(view: CodeTableView, f: Finding, text: string) {
  const part = f.code.slice(0, 5);
  if (NONTRAUMATIC[part] === undefined) return undefined;
  const words = f.evidence.map((e) => text.slice(e.start, e.end)).join(' ');
  if (!HEMATOMA.test(words) || /contusi/i.test(words)) return undefined;
  if (f.evidence.some((e) => TRAUMA.test(clauseOf(text, e.start, e.end, 200)))) {
    const traumatic = TRAUMATIC_HEMORRHAGE[part] && `${TRAUMATIC_HEMORRHAGE[part]}${f.code.slice(5)}`;
    return traumatic && view.indexOf(traumatic) !== undefined ? { code: traumatic, note: 'a traumatic hematoma of the brain is its traumatic hemorrhage (Index: Hematoma, brain (traumatic))' } : undefined;
  }
  const code = NONTRAUMATIC[part]!;
  return view.indexOf(code) === undefined ? undefined : { code, note: 'a hematoma of the brain told with no trauma is a nontraumatic hemorrhage (Index: Hematoma, brain, nontraumatic)' };
}
