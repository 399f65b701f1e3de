import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * Diabetes said to be secondary to, or due to, a cause the chart names takes that cause's category (Index: 'Diabetes,
 * due to underlying condition E08.-', 'due to drug or chemical E09.-', 'postpancreatectomy, postprocedural - see
 * Diabetes, specified type NEC E13.-'): 'diabetes mellitus secondary to chronic pancreatitis' is E08.9 (with the
 * pancreatitis, E08's 'Code first the underlying condition'), 'diabetes secondary to corticosteroid treatment' E09.9;
 * 'secondary diabetes' with no cause named stays E13.9 ('secondary diabetes mellitus NEC'). A type written (type 1,
 * type 2) is the chart's own word and is kept.
 */
const CAUSED = /\bdiabet\w*(?:\s+mellitus)?\s+(?:secondary|due|related|attributed|attributable)\s+to\s+([^.;,]{1,60})/i;
const DRUG = /\b(?:drugs?|medications?|steroids?|corticosteroids?|corticoids?|glucocorticoids?|prednison\w*|dexamethason\w*|methylprednisolon\w*|tacrolimus|cyclosporin\w*|ciclosporin\w*|sirolimus|immunosuppress\w*|antipsychotics?|olanzapine|clozapine|chemotherap\w*|asparaginase|pentamidine|interferon|nivolumab|pembrolizumab|checkpoint inhibitors?|thiazides?|toxic\w*|poison\w*)\b/i;
const PROCEDURE = /\b(?:\w*pancreatectomy|surgery|surgical|resection|procedure|operation|whipple)\b/i;
const TYPED = /\btype\s*(?:1|2|I|II)\b|\b(?:non-?)?insulin[- ]dependent\b|\bjuvenile\b/i;

export function withDiabetesCause(view: CodeTableView, f: Finding, text: string) {
  if (!/^E1[13]/.test(f.code)) return undefined;
  for (const e of f.evidence) {
    const around = text.slice(Math.max(0, e.start - 20), e.end + 80);
    const caused = CAUSED.exec(around);
    if (!caused || TYPED.test(around.slice(0, caused.index + caused[0].length))) continue;
    const cause = caused[1]!;
    const type = DRUG.test(cause) ? 'E09' : PROCEDURE.test(cause) ? 'E13' : 'E08';
    const code = `${type}${f.code.slice(3)}`;
    if (code === f.code || view.indexOf(code) === undefined) return undefined;
    return { code, note: `diabetes ${caused[0].slice(caused[0].search(/secondary|due|related|attribut/i)).trim()}: ${type === 'E09' ? 'due to a drug' : type === 'E13' ? 'after a procedure' : 'due to an underlying condition'} (Index: Diabetes)` };
  }
  return undefined;
}
