import type { CodeTableView } from '../search/code-table-view';
import type { Evidence } from '../types';

/** F01.5-, F02.8-, F03.9- and their staged siblings: the dementia codes titled by severity and disturbance. */
const DEMENTIA = /^F0[123]/;
const NO_DISTURBANCE = 'without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety';
/**
 * The disturbances of F01-F03 (FY2023) by the Tabular's inclusion terms, the title part each names: agitation
 * (aggressive, combative, violent behavior), other behavioral disturbance (sleep disturbance, social or sexual
 * disinhibition; the Index's 'Dementia, with behavioral disturbance' NOS), psychotic (hallucinations, paranoia,
 * suspiciousness, delusional state), mood (depression, apathy, anhedonia), anxiety. The first named is coded.
 */
const DISTURBANCES: readonly [RegExp, string][] = [
  [/\b(?:agitat\w*|aggressiv\w*|combative\w*|violen\w*)\b/i, 'with agitation'],
  [/\b(?:behaviou?ral (?:disturbances?|disorders?|alterations?|symptoms?|changes?)|disinhibit\w*|sleep disturbances?)\b/i, 'with other behavioral disturbance'],
  [/\b(?:psychotic\w*|psychos[ie]s|hallucinat\w*|delusion\w*|paranoi\w*|suspicious\w*)\b/i, 'with psychotic disturbance'],
  [/\b(?:mood (?:disturbances?|disorders?|alterations?|symptoms?)|depressi\w*|apath\w*|anhedoni\w*)\b/i, 'with mood disturbance'],
  [/\b(?:anxi\w*)\b/i, 'with anxiety'],
];
/**
 * The words a dementia is said 'with', up to the sentence's end: 'dementia with agitation and insomnia', 'Alzheimer's
 * disease, moderate stage, with depression'; not a verb's ('dementia was admitted with pneumonia').
 */
const WITH_AFTER = /^(?:[\s,]+(?!(?:who|which|that|was|is|were|are|has|had|and|but|or|admitted|presented|came|due)\b)[\w'-]+){0,3}?[\s,]+with\b([^.;\n]{1,80})/i;
/** A stage written right before the dementia or its disease ('moderate Alzheimer's disease'). */
const STAGE_BEFORE = /\b(mild|moderate|severe)\W+(?:[\w'-]+\W+){0,2}$/i;
/**
 * Or right after it, as a stage or phase or a word of its own ('Alzheimer's disease, moderate stage', 'dementia in a
 * severe phase', 'dementia, severe.'), not an adjective of the next finding ('dementia, mild cognitive complaints').
 */
// Past the onset a note writes first ('Alzheimer's dementia, late onset, severe - continue donepezil').
const STAGE_AFTER = /^\s*,?\s*(?:(?:late|early)[- ]onset\s*,?\s*)?(?:(?:in|at) (?:a|an|the) )?(mild|moderate|severe)(?: stage| phase|ly advanced|(?=\s*(?:[,.;)-]|$)))/i;

/**
 * A dementia's severity and its disturbance as the chart writes them beside it: 'Alzheimer's disease with agitation'
 * is F02.811, not F02.80; 'moderate vascular dementia with depression' F01.B3. The code is the sibling of the
 * category whose title has the stage for 'unspecified severity' and the disturbance for 'without behavioral
 * disturbance, psychotic disturbance, mood disturbance, and anxiety'.
 */
export function withDementiaDetails(view: CodeTableView, code: string, evidence: readonly Evidence[], text: string): { code: string; note: string } | undefined {
  const i = DEMENTIA.test(code) ? view.indexOf(code) : undefined;
  if (i === undefined) return undefined;
  const title = view.table.titles[i]!;
  if (!title.endsWith(NO_DISTURBANCE)) return undefined;
  let wanted = title;
  const said: string[] = [];
  for (const e of evidence) {
    const stage = title.includes('unspecified severity')
      ? (STAGE_BEFORE.exec(text.slice(Math.max(0, e.start - 30), e.start)) ?? STAGE_AFTER.exec(text.slice(e.end, e.end + 30)))
      : null;
    if (stage && wanted.includes('unspecified severity')) {
      wanted = wanted.replace('unspecified severity', stage[1]!.toLowerCase());
      said.push(stage[1]!.toLowerCase());
    }
    const after = WITH_AFTER.exec(text.slice(e.end, e.end + 120));
    const disturbance = after && DISTURBANCES.find(([words]) => words.test(after[1]!));
    if (disturbance && wanted.endsWith(NO_DISTURBANCE)) {
      wanted = wanted.replace(NO_DISTURBANCE, disturbance[1]);
      said.push(disturbance[1]);
    }
  }
  if (wanted === title) return undefined;
  const category = view.indexOf(code.slice(0, 3));
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.isBillable(k) && view.table.titles[k] === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `${said.join(', ')}, as documented` };
}
