import type { CodeTableView } from '../search/code-table-view';

/**
 * The approach of an operation told in steps under a title that states it: under 'Total laparoscopic hysterectomy',
 * 'the bilateral fallopian tubes were excised w/ the vessel sealer' and 'the endometriosis implants ... were excised'
 * are done through the same ports (percutaneous endoscopic, 4), not by the open approach their clauses, which state
 * none, would default to. Only where every Medical and Surgical operation whose clause states an approach through the
 * skin states the scope's (4) and none the open one (0): a note that also opens the abdomen ('converted to open',
 * 'laparotomy') leaves each clause's own default. Natural-opening scopes (a cystoscopy, 8) and needles (3) are other
 * procedures of the same session and do not decide.
 * `found`: code index -> what found it; `stated`: the codes whose clause stated an approach. Returns the map with the
 * defaulted open codes moved to their scope sibling where the table has one.
 */
export function withNoteApproach<T>(view: CodeTableView, found: Map<number, T[]>, stated: Set<number>): Map<number, T[]> {
  const approaches = new Set([...stated].map((i) => view.table.codes[i]!).filter((c) => c[0] === '0' && '04'.includes(c[4]!)).map((c) => c[4]));
  if (approaches.size !== 1 || !approaches.has('4')) return found;
  const out = new Map<number, T[]>();
  for (const [i, mentions] of found) {
    const code = view.table.codes[i]!;
    const scoped = !stated.has(i) && code[0] === '0' && code[4] === '0' ? view.indexOf(`${code.slice(0, 4)}4${code.slice(5)}`) : undefined;
    const to = scoped ?? i;
    out.set(to, [...(out.get(to) ?? []), ...mentions]);
  }
  return out;
}
