import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

// With 'of', which one title writes before its part and another not ('Unilateral primary osteoarthritis, right
// knee', 'Bilateral primary osteoarthritis of knee').
const SIDE_WORDS = new Set(['bilateral', 'unspecified', 'right', 'left', 'of']);

/**
 * A title's words in the singular, without its side words: a title of one side, both or none read alike so.
 * 'Unilateral' goes too beside the side it names ('Unilateral ..., right knee'), not where it is the kind of the
 * condition ('Unspecified cleft palate with unilateral cleft lip' is not the bilateral cleft lip Q37.8).
 */
function sidelessKey(title: string): string {
  const words: string[] = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const sided = words.includes('right') || words.includes('left');
  return words
    .filter((w) => !SIDE_WORDS.has(w) && !(sided && w === 'unilateral'))
    .map((w) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : /[^su]s$/.test(w) && !w.endsWith('is') ? w.slice(0, -1) : w))
    .join(' ');
}

/**
 * The bilateral code of a category for an unspecified-side title, where the Tabular List words it another way than
 * the side in the place of 'unspecified': 'of unspecified deep veins of unspecified lower extremity' (I82.409) has
 * 'of unspecified deep veins of lower extremity, bilateral' (I82.403), 'varicose veins of unspecified lower extremity'
 * (I83.90) 'of bilateral lower extremities' (I83.93). Guidelines I.B.13: both sides take the bilateral code where one
 * exists.
 */
export function bilateralCodeOf(view: CodeTableView, category: number, title: string): number | undefined {
  const key = sidelessKey(title);
  return view
    .descendants(category)
    .find((k) => view.isBillable(k) && /\bbilateral\b/i.test(view.table.titles[k]!) && sidelessKey(view.table.titles[k]!) === key);
}

/**
 * The right and left codes of one finding folded into the category's bilateral code where it has one (Guidelines
 * I.B.13): 'ptosis of the right and left eyelids' read as H02.401 and H02.402 is H02.403 'of bilateral eyelids'.
 * Categories without a bilateral code keep the pair.
 */
export function foldSidePairs(view: CodeTableView, findings: Finding[]): Finding[] {
  const titleOf = (code: string) => {
    const i = view.indexOf(code);
    return i === undefined ? '' : view.table.titles[i]!;
  };
  const folded = new Set<Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (folded.has(f)) continue;
    const title = titleOf(f.code);
    const category = /\bright\b/i.test(title) ? view.indexOf(f.code.slice(0, 3)) : undefined;
    const leftTitle = title.replace(/\bright\b/gi, 'left');
    const left = category === undefined ? undefined : findings.find((g) => g !== f && !folded.has(g) && g.context === f.context && titleOf(g.code) === leftTitle);
    const both = left && bilateralCodeOf(view, category!, title);
    if (!left || both === undefined) {
      out.push(f);
      continue;
    }
    folded.add(left);
    out.push({ ...f, code: view.table.codes[both]!, score: Math.max(f.score, left.score), evidence: [...f.evidence, ...left.evidence], notes: [...f.notes, 'both sides, as documented: the bilateral code (Guidelines I.B.13)'] });
  }
  return out;
}
