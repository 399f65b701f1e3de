import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * The side a hemiplegia, monoplegia or other paralytic syndrome affects, said as dominant or nondominant (G81-G83,
 * I69.-3- to I69.-6-). Guidelines I.C.6.a: 'Should the affected side be documented, but not specified as dominant or
 * nondominant, and the classification system does not indicate a default, code selection is as follows: for
 * ambidextrous patients, the default should be dominant; if the left side is affected, the default is non-dominant;
 * if the right side is affected, the default is dominant.' What the chart documents comes first: the words beside the
 * finding ('left dominant side'), or the patient's hand ('left-handed': the left is the dominant side).
 */
const SAID = /\b(non-?)?dominant\b/i;
/** 'left-handed', 'L-handed', 'left hand dominant', 'R hand-dominant' (US notes abbreviate the side). */
const HANDED = /\b(right|left|R|L)(?:[- ]handed\b|[- ]hand[- ]dominant\b)|\b(ambidextrous)\b/i;
const SIDE_WORD: Record<string, 'right' | 'left'> = { right: 'right', r: 'right', left: 'left', l: 'left' };

export function dominanceWords(side: 'right' | 'left', near: string, text: string): string[] {
  const said = SAID.exec(near);
  const hand = said ? undefined : HANDED.exec(text);
  const dominant = said ? !said[1] : hand ? Boolean(hand[2]) || SIDE_WORD[hand[1]!.toLowerCase()] === side : side === 'right';
  // The classification spells it both ways: 'left nondominant side' (G81.94), 'left non-dominant side' (I69.354).
  return dominant ? [`${side} dominant`] : [`${side} nondominant`, `${side} non-dominant`];
}

/**
 * A code read from words that name a side's dominance when the chart says the other ('hemiplegia ... affecting the
 * right non-dominant side' read as '... right dominant side', I69.951, whose words it shares but for 'non-'): the
 * sibling of the documented dominance (I69.953).
 */
export function withDocumentedDominance(view: CodeTableView, f: Finding, text: string) {
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  const coded = /\b(right|left) (non-?)?dominant\b/i.exec(title);
  if (!coded) return undefined;
  const near = f.evidence.map((e) => text.slice(Math.max(0, e.start - 60), e.end + 60)).join(' ');
  const said = SAID.exec(near);
  if (!said || Boolean(said[1]) === Boolean(coded[2])) return undefined;
  const wanted = new Set(dominanceWords(coded[1]!.toLowerCase() as 'right' | 'left', said[0], '').map((w) => title.replace(coded[0], w).toLowerCase()));
  const category = view.indexOf(f.code.slice(0, 3));
  const sibling = category === undefined ? undefined : view.descendants(category).find((k) => view.isBillable(k) && wanted.has(view.table.titles[k]!.toLowerCase()));
  return sibling === undefined ? undefined : { code: view.table.codes[sibling]!, note: `${said[0].toLowerCase()} side, as documented` };
}
