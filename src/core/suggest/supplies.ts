import type { CodeTableView } from '../search/code-table-view';
import type { Suggestion } from '../types';
import { confidenceOf } from './assemble';
import type { Mention } from './find-mentions';
import { unitsFor } from './hcpcs-units';

/**
 * HCPCS Level II suggestions from drug and supply mentions given or used (not negated, planned or past), with the
 * units to report where the code is billed per dose and the dose is written beside the drug.
 */
export function supplySuggestions(text: string, view: CodeTableView, mentions: Mention[]): Suggestion[] {
  const byCode = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.decision === 'affirmed') byCode.set(m.codeIndex, [...(byCode.get(m.codeIndex) ?? []), m]);
  }
  return [...byCode.entries()].map(([i, found]) => {
    const code = view.table.codes[i]!;
    const title = view.table.titles[i]!;
    const first = found[0]!;
    const dose = unitsFor(title, text.slice(first.start, Math.min(text.length, first.end + 40)));
    return {
      set: 'hcpcs' as const,
      code,
      display: code,
      title,
      kind: 'supply' as const,
      billable: true,
      confidence: confidenceOf(found.reduce((sum, m) => sum + m.weight, 0)),
      evidence: found.map((m) => ({ start: m.start, end: m.end, section: m.section })),
      context: 'affirmed' as const,
      units: dose?.units,
      prompts: dose
        ? [{ kind: 'validity' as const, message: `Report ${dose.units} unit${dose.units === 1 ? '' : 's'}: ${dose.dose} documented, ${code} is per ${dose.perUnit}` }]
        : [],
    };
  });
}
