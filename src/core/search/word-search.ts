import type { SearchHit } from '../types';
import type { CodeTableView } from './code-table-view';
import { BestOffers } from './best-offers';
import { rankList } from './rank';
import type { SearchIndex } from './search-index';
import { formatCode } from '../codeset/format';
import { searchTerms } from './terms';
import { titleWordCounts } from './title-words';
import { buildSlots, type Slot } from './word-query';

/** How far a header falls behind the billable code it leads to: coders submit billable codes. */
const HEADER_FACTOR = 0.9;
/** "Other ..." codes need documentation of a specific other kind; without the word in the query they yield. */
const OTHER_FACTOR = 0.95;
/**
 * A side (right, left, bilateral) or a later episode of care (subsequent encounter, sequela) the words do not
 * give is not supported: those codes yield to the unspecified side and the initial encounter, and to other codes
 * the words do support, instead of filling the first places with one condition's siblings.
 */
const SIDE_FACTOR = 0.93;
const SIDED = /\b(right|left|bilateral)\b/i;
const LATER_EPISODE = /\b(subsequent encounter|sequela)\b/i;
const SIDE_WORDS = ['right', 'left', 'bilater', 'both', 'unilater', 'side'].map((w) => searchTerms(w)[0]!);
const EPISODE_WORDS = ['subsequent', 'sequela', 'sequelae', 'late', 'healing', 'nonunion', 'malunion'].map((w) => searchTerms(w)[0]!);

/**
 * Ranks codes for query slots: each header found is replaced at its score by the billable code a coder reaches
 * from it without more detail, and itself kept a little lower, so that a billable code comes first.
 */
export function searchSlots(index: SearchIndex, view: CodeTableView, slots: Slot[], limit: number): SearchHit[] {
  const ranked = rankList(index, slots, limit * 3 + 10);
  const offers = offersFor(index).reset();
  const words = new Set(slots.map((s) => s.word));
  const saysOther = words.has('other');
  const saysSide = SIDE_WORDS.some((w) => words.has(w));
  const saysEpisode = EPISODE_WORDS.some((w) => words.has(w));
  const table = view.table;
  const adjust = (i: number, score: number) => {
    const title = table.titles[i]!;
    let factor = !saysOther && /\bother\b/i.test(title) ? OTHER_FACTOR : 1;
    if (!saysSide && SIDED.test(title)) factor *= SIDE_FACTOR;
    if (!saysEpisode && LATER_EPISODE.test(title)) factor *= SIDE_FACTOR;
    return score * factor;
  };
  for (let rank = 0; rank < ranked.count; rank++) {
    const code = ranked.codes[rank]!;
    const score = ranked.scores[rank]!;
    const doc = ranked.docs[rank]!;
    if (view.isBillable(code)) {
      offers.offer(code, adjust(code, score), doc);
      continue;
    }
    // A header found through its own words leads to the billable code below it that the rest of the words choose.
    const rest = rank < 5 ? remainingWords(index, doc, words) : [];
    const leaf = rest.length > 0 ? bestDescendant(index, view, code, rest) : view.defaultBillable(code);
    if (leaf !== undefined) offers.offer(leaf, adjust(leaf, score) - 1e-6, doc);
    offers.offer(code, score * HEADER_FACTOR, doc);
  }
  offers.sort();
  return Array.from({ length: Math.min(limit, offers.count) }, (_, k) => {
    const i = offers.codes[k]!;
    const score = offers.scores[k]!;
    const doc = offers.docs[k]!;
    const matched = index.docText(doc);
    return {
      set: table.system,
      code: table.codes[i]!,
      display: formatCode(table.system, table.codes[i]!),
      title: table.titles[i]!,
      billable: view.isBillable(i),
      score: Math.round(score * 1000) / 1000,
      matched: !matched.text || (matched.source === 'title' && index.docCode[doc] === i) ? undefined : `${matched.source}: ${matched.text}`,
    };
  });
}

/** The offers of searchSlots, one per index. */
const offerScratch = new WeakMap<SearchIndex, BestOffers>();
function offersFor(index: SearchIndex): BestOffers {
  let offers = offerScratch.get(index);
  if (!offers) offerScratch.set(index, (offers = new BestOffers(index.table.codes.length)));
  return offers;
}

/** Query words that the matched phrase of a document does not contain. */
function remainingWords(index: SearchIndex, doc: number, words: Set<string>): string[] {
  const have = new Set(searchTerms(index.docText(doc).text));
  return [...words].filter((w) => !have.has(w));
}

/**
 * The billable descendant of header i whose title holds most of the remaining words, then the default branch
 * (unspecified, initial encounter); undefined when no descendant holds any of them.
 */
function bestDescendant(index: SearchIndex, view: CodeTableView, i: number, rest: string[]): number | undefined {
  const end = view.descendantsEnd(i);
  if (end - i - 1 > 2000) return view.defaultBillable(i);
  let best: number | undefined;
  let bestRank = 0;
  const counts = titleWordCounts(index, i + 1, end, rest);
  // Index loops, no arrays per descendant: this runs for the first hits of every query.
  for (let k = i + 1; k < end; k++) {
    const covered = counts[k - i - 1]!;
    if (covered === 0 || !view.isBillable(k)) continue;
    const title = view.table.titles[k]!;
    const code = view.table.codes[k]!;
    const rank =
      3 * covered +
      (/\bunspecified\b/i.test(title) ? 1 : 0) -
      (/subsequent encounter|sequela/i.test(title) || (code.length === 7 && !code.endsWith('A') && /encounter/i.test(title)) ? 5 : 0) -
      0.01 * title.length;
    if (rank > bestRank) {
      best = k;
      bestRank = rank;
    }
  }
  // Words the header and its codes do not name ('due to pseudomonas' under 'Other bacterial intestinal infections')
  // say the kind is specified but not listed: the code for that is "other specified", not "unspecified".
  return best ?? (rest.some((w) => !QUALIFIER_WORDS.has(w)) ? otherSpecified(view, i) : undefined) ?? view.defaultBillable(i);
}

/** Query words that qualify without naming a kind: they do not make a code "other specified". */
const QUALIFIER_WORDS = new Set(searchTerms('unspecified not otherwise specified elsewhere classified other with without nos nec site type'));

/** The billable child of header i titled "Other specified ..." (or "Other ..."), the place of a kind not listed. */
function otherSpecified(view: CodeTableView, i: number): number | undefined {
  const children = view.children(i).filter((k) => view.isBillable(k));
  return children.find((k) => /^other specified\b/i.test(view.table.titles[k]!)) ?? children.find((k) => /^other\b/i.test(view.table.titles[k]!));
}

export { buildSlots };
