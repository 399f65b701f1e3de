import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * The phalanx a chart names: 'proximal phalanx', 'the middle (medial) phalanx', 'distal (ungual) phalanx', and each
 * of a list before the one word ('the proximal and distal phalanges').
 */
const PART = /\b(proximal|middle|medial|distal|ungual|terminal)(?=(?:\s*(?:,|and|or)\s+(?:the\s+)?(?:proximal|middle|medial|distal|ungual|terminal))*\s+phalan(?:x|ges|geal)\b)/gi;
const PARTS: Record<string, string> = { medial: 'middle', ungual: 'distal', terminal: 'distal' };
const UNSPECIFIED_PHALANX = /^Fracture of unspecified phalanx of /;

/**
 * A fracture of a finger's, the thumb's or a toe's phalanx by the phalanx the chart names: the Tabular codes the
 * proximal, middle and distal phalanges apart ('Displaced fracture of proximal phalanx of left little finger' S62.617),
 * and only the unspecified phalanx's title reads without the word 'displaced' (S62.60-, S62.50-, S92.40-, S92.50-),
 * so 'fracture of the proximal phalanx of the left fifth finger' reached it. A fracture not said to be displaced or
 * not is coded displaced (Guidelines I.C.19.c); the nondisplaced rule reads the chart's word after this one.
 */
export function withPhalanxPart(view: CodeTableView, f: Finding, text: string) {
  if (!/^S[69]2/.test(f.code) || f.code.length !== 7) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  if (!UNSPECIFIED_PHALANX.test(title)) return undefined;
  const parts = new Set(f.evidence.flatMap((e) => [...clauseOf(text, e.start, e.end, 100).matchAll(PART)].map((m) => PARTS[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase())));
  if (parts.size !== 1) return undefined;
  const part = [...parts][0]!;
  const wanted = title.replace(UNSPECIFIED_PHALANX, `Displaced fracture of ${part} phalanx of `);
  const category = view.indexOf(f.code.slice(0, 3));
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.table.titles[k] === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `${part} phalanx, as documented` };
}
