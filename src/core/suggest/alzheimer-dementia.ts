import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { withDementiaDetails } from './dementia-details';

/** How a chart stages Alzheimer's disease, read as the stage of its dementia: FY2023's F02.A0, F02.B0, F02.C0. */
const STAGE: readonly [RegExp, string][] = [
  [/\bmild\W+$/i, 'F02A0'],
  [/\bmoderate\W+$/i, 'F02B0'],
  [/\bsevere\W+$/i, 'F02C0'],
];

/**
 * 'Disease, Alzheimer's G30.9 [F02.80]': the Index pairs Alzheimer's disease with the dementia in other diseases it
 * brings, the manifestation sequenced after the disease (Guidelines I.A.13, G30 'Use additional code ... dementia').
 * A chart's Alzheimer's disease is G30.- and F02.80 (staged when a stage is written before it); an unspecified dementia
 * (F03.9-) said of the same patient is that dementia and is not coded again.
 */
export function withAlzheimerDementia(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  const isDisease = (f: Finding) => (/^G30/.test(f.code) || isLewyBodyDementia(f, text)) && f.context !== 'negated';
  const disease = findings.find(isDisease);
  if (!disease || findings.some((f) => /^F02/.test(f.code))) return findings;
  // Every mention of the disease, though read as two codes before they are combined ('advanced Alzheimer's dementia'
  // G30.9 in the history, 'Alzheimer's dementia, late onset, severe' G30.1 in the plan): the stage may be in any.
  const mentions = findings.filter((f) => f.code === disease.code || (isDisease(f) && f.code.slice(0, 3) === disease.code.slice(0, 3))).flatMap((f) => f.evidence);
  // Between stages written, the highest (Guidelines I.C.5.d).
  const stages = mentions.map((e) => STAGE.findIndex(([stage]) => stage.test(text.slice(Math.max(0, e.start - 20), e.start))));
  const staged = STAGE[Math.max(...stages)]?.[1] ?? 'F0280';
  if (view.indexOf(staged) === undefined) return findings;
  // The disturbance written beside the disease is its dementia's ('Alzheimer's disease with agitation' F02.811).
  const detailed = withDementiaDetails(view, staged, mentions, text);
  const code = detailed?.code ?? staged;
  const unspecified = findings.filter((f) => /^F03/.test(f.code)); // F03.90 and the staged F03.A0-F03.C0
  const dementia: Finding = {
    code,
    evidence: [...mentions, ...unspecified.flatMap((f) => f.evidence)],
    score: disease.score * 0.9,
    context: disease.context,
    notes: [`${disease.code.startsWith('G30') ? "Alzheimer's disease" : 'Dementia with Lewy bodies'}: the Index pairs it with its dementia, ${disease.code.startsWith('G30') ? 'G30.-' : 'G31.83'} first (Guidelines I.A.13)`, ...(detailed ? [detailed.note] : [])],
  };
  return [...findings.filter((f) => !unspecified.includes(f)), dementia];
}

/**
 * 'Dementia, with Lewy bodies G31.83 [F02.80]': the same pairing as Alzheimer's when the chart calls it a dementia
 * ('Lewy body dementia', 'dementia with Lewy bodies', 'DLB'). G31.83 alone is also the neurocognitive disorder with
 * Lewy bodies that is not yet a dementia (its mild form is F06.7-), so the word must be there.
 */
function isLewyBodyDementia(finding: Finding, text: string): boolean {
  return finding.code === 'G3183' && finding.evidence.some((e) => /dementia|\bDLB\b|\bLBD\b/i.test(text.slice(e.start, e.end)));
}

/**
 * The dementia in other diseases (F02.-) listed right after the disease it is the manifestation of, never before it
 * (Guidelines I.A.13: the etiology first): the order keys weigh their shared words alike and may put either first.
 */
export function dementiaAfterItsDisease<T extends { code: string }>(ordered: T[]): T[] {
  const dementia = ordered.findIndex((f) => f.code.startsWith('F02'));
  const disease = ordered.findIndex((f) => /^G30|^G3183$/.test(f.code));
  if (dementia < 0 || disease < 0 || disease < dementia) return ordered;
  const moved = ordered.filter((_, i) => i !== dementia);
  moved.splice(moved.indexOf(ordered[disease]!) + 1, 0, ordered[dementia]!);
  return moved;
}
