import type { SearchHit } from '../types';
import type { CodeTableView } from './code-table-view';
import { BestOffers } from './best-offers';
import { rankList } from './rank';
import type { SearchIndex } from './search-index';
import { formatCode } from '../codeset/format';
import { searchTerms } from './terms';
import { titleFeatures } from './title-features';
import { titleWordCounts } from './title-words';
import { buildSlots, type Slot } from './word-query';

/** How far a header falls behind the billable code it leads to: coders submit billable codes. */
const HEADER_FACTOR = 0.9;
/** "Other ..." codes need documentation of a specific other kind; without the word in the query they yield. */
const OTHER_FACTOR = 0.95;
/**
 * A side (right, left, bilateral) or a later episode of care (subsequent encounter, sequela) the words do not
 * give is not supported: those codes yield to the unspecified side and the initial encounter, and to other codes
 * the words do support, instead of filling the first places with one condition's siblings. A title that begins
 * 'Subsequent' (I22, a new infarction within four weeks of one) is a later event the words must give too.
 */
const SIDE_FACTOR = 0.93;
const SIDED = /\b(right|left|bilateral)\b/i;
/** A trimester the words do not give yields to the unspecified trimester, as a side does. */
const TRIMESTER = /\b(first|second|third) trimester\b/i;
const TRIMESTER_WORDS = ['first', 'second', 'third', '1st', '2nd', '3rd', 'trimester'].map((w) => searchTerms(w)[0]!);
const LATER_EPISODE = /\b(subsequent encounter|sequela)\b|^subsequent\b|(?<!as )\brecurrent\b/i;
/**
 * Poisonings and toxic effects whose intent the words do not give are accidental (ICD-10-CM guideline
 * I.C.19.e.5.b: undetermined only where the record says the intent cannot be determined); self-harm and assault
 * need their words. Such a code found leads to its accidental sibling, intent 1 in the 6th character (T36-T65).
 */
const OTHER_INTENT = /\b(assault|undetermined|intentional self-harm)\b/i;
const INTENT_WORDS = ['assault', 'undetermined', 'intentional', 'self', 'suicide', 'suicidal', 'homicide', 'homicidal', 'attempt'].map((w) => searchTerms(w)[0]!);
/**
 * A code 'with' a complication or manifestation needs it documented (ICD-10-CM's 'with' convention); when the
 * words name nothing of the clause, the code yields to its 'without' or unspecified sibling, instead of winning on
 * a shorter title ('Acute gastric ulcer with hemorrhage' over '... without hemorrhage or perforation').
 */
const WITH_CLAUSE = /\bwith (?!or without)([^,(\[]+)/i;
/**
 * Words that name the kind of encounter or status rather than a disease ('screening for sickle cell', 'history of
 * ...'), or the nature of an injury (fracture, dislocation, sprain: the axis of ICD-10-CM's injury codes): a code
 * whose title does not name that kind cannot be the answer, however well it fits the disease or the site (a burn of
 * the hand for an open fracture of its phalanges).
 */
const KIND_FACTOR = 0.8;
const ENCOUNTER_KINDS: readonly (readonly [string[], RegExp])[] = [
  [searchTerms('screening scr scrn'), /\bscreening\b/i],
  [searchTerms('history hx'), /\bhistory\b/i],
  [searchTerms('poisoning pois'), /\bpoisoning\b/i],
  [searchTerms('fracture fractures fx'), /\bfracture/i],
  [searchTerms('dislocation dislocations disloc'), /\bdislocation|\bsubluxation/i],
  [searchTerms('sprain sprains'), /\bsprain/i],
];
/**
 * A condition in pregnancy, childbirth or the puerperium (O00-O9A) is coded so only when the words say the patient
 * is pregnant or has delivered: 'Unspecified disease of respiratory system' is J98.9, not O99.5- (guideline
 * I.C.15.a.1 turns on the provider's documentation of the pregnancy).
 */
const OBSTETRIC_TITLE = /\b(pregnancy|childbirth|puerperium|puerperal|obstetric)\b/i;
const OBSTETRIC_WORDS = searchTerms(
  'pregnancy pregnant preg childbirth puerperium puerperal postpartum antepartum delivered delivery labor obstetric maternal mother gestation gestational trimester abortion fetus fetal',
);
/**
 * A manifestation asked for 'in diseases classified elsewhere' (not 'not elsewhere classified') is one of
 * ICD-10-CM's manifestation codes, whose titles say so; the disease's own codes come after them.
 */
const MANIFESTATION_TITLE = /\bclassified elsewhere\b/i;
const MANIFESTATION_WORDS = searchTerms('classified elsewhere');
const NOT = searchTerms('not')[0]!;
/** What `adjust` asks of a title, bit by bit in this order (see titleFeatures). */
const TITLE_TESTS = [/\bother\b/i, SIDED, LATER_EPISODE, TRIMESTER, OTHER_INTENT, OBSTETRIC_TITLE, MANIFESTATION_TITLE];
const SIDE_WORDS = ['right', 'left', 'bilater', 'both', 'unilater', 'side'].map((w) => searchTerms(w)[0]!);
const EPISODE_WORDS = ['subsequent', 'sequela', 'sequelae', 'late', 'healing', 'nonunion', 'malunion', 'recurrent', 'recurr', 'recur'].map((w) => searchTerms(w)[0]!);
const RECURRENT = searchTerms('recurrent')[0]!;

/**
 * Ranks codes for query slots: each header found is replaced at its score by the billable code a coder reaches
 * from it without more detail, and itself kept a little lower, so that a billable code comes first.
 */
export function searchSlots(index: SearchIndex, view: CodeTableView, slots: Slot[], limit: number): SearchHit[] {
  const ranked = rankList(index, slots, limit * 3 + 10);
  const offers = offersFor(index).reset();
  // Codes reached only as the accidental sibling of another intent, so their explanation says so.
  let byDefaultIntent: Set<number> | undefined;
  const offer = (codeIndex: number, score: number, doc: number, defaultIntent = false) => {
    if (!offers.offer(codeIndex, score, doc)) return;
    if (defaultIntent) (byDefaultIntent ??= new Set()).add(codeIndex);
    else byDefaultIntent?.delete(codeIndex);
  };
  const words = new Set(slots.map((s) => s.word));
  const saysOther = words.has('other');
  const saysSide = SIDE_WORDS.some((w) => words.has(w));
  const saysEpisode = EPISODE_WORDS.some((w) => words.has(w));
  const saysTrimester = TRIMESTER_WORDS.some((w) => words.has(w));
  const saysIntent = INTENT_WORDS.some((w) => words.has(w));
  const saysObstetric = OBSTETRIC_WORDS.some((w) => words.has(w));
  const saysManifestation = MANIFESTATION_WORDS.every((w) => words.has(w)) && !words.has(NOT);
  const kinds = ENCOUNTER_KINDS.filter(([said]) => said.some((w) => words.has(w))).map(([, title]) => title);
  const table = view.table;
  const kindFactor = (title: string) => {
    let factor = 1;
    for (const kind of kinds) if (!kind.test(title)) factor *= KIND_FACTOR;
    return factor;
  };
  const adjust = (i: number, score: number) => {
    const title = table.titles[i]!;
    const says = titleFeatures(view, i, TITLE_TESTS);
    let factor = !saysOther && says & 1 ? OTHER_FACTOR : 1;
    if (!saysSide && says & 2) factor *= SIDE_FACTOR;
    if (!saysEpisode && says & 4) factor *= SIDE_FACTOR;
    if (!saysTrimester && says & 8) factor *= SIDE_FACTOR;
    if (!saysIntent && says & 16) factor *= SIDE_FACTOR;
    if (!saysObstetric && says & 32) factor *= SIDE_FACTOR;
    if (saysManifestation && !(says & 64)) factor *= KIND_FACTOR;
    factor *= kindFactor(title);
    const clause = withClauseTerms(view, i);
    if (clause.length > 0 && !clause.some((w) => words.has(w))) factor *= SIDE_FACTOR;
    return score * factor;
  };
  for (let rank = 0; rank < ranked.count; rank++) {
    const code = ranked.codes[rank]!;
    const score = ranked.scores[rank]!;
    const doc = ranked.docs[rank]!;
    const accidental = saysIntent ? undefined : accidentalSibling(view, code);
    if (accidental !== undefined) offer(accidental, adjust(accidental, score) - 1e-6, doc, true);
    if (view.isBillable(code)) {
      offer(code, adjust(code, score), doc);
      continue;
    }
    // A header found through its own words leads to the billable code below it that the rest of the words choose.
    const rest = rank < 5 ? remainingWords(index, doc, slots) : [];
    const leaf =
      rest.length > 0
        ? bestDescendant(index, view, code, rest, words)
        : rank < 5
          ? ((saysOther ? otherKindDefault(view, code) : undefined) ?? narrowedDefault(index, view, code, words))
          : view.defaultBillable(code);
    if (leaf !== undefined) offer(leaf, adjust(leaf, score) - 1e-6, doc);
    offer(code, score * HEADER_FACTOR * kindFactor(table.titles[code]!), doc);
  }
  offers.sort();
  return Array.from({ length: Math.min(limit, offers.count) }, (_, k) => {
    const i = offers.codes[k]!;
    const score = offers.scores[k]!;
    const doc = offers.docs[k]!;
    const matched = index.docText(doc);
    const because = !matched.text || (matched.source === 'title' && index.docCode[doc] === i) ? undefined : `${matched.source}: ${matched.text}`;
    return {
      set: table.system,
      code: table.codes[i]!,
      display: formatCode(table.system, table.codes[i]!),
      title: table.titles[i]!,
      billable: view.isBillable(i),
      score: Math.round(score * 1000) / 1000,
      matched: byDefaultIntent?.has(i) ? `intent not given, so accidental; found by ${because ?? 'title'}` : because,
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

const clauseCache = new WeakMap<CodeTableView, Map<number, string[]>>();

/** The search terms of the 'with ...' clause of code i's title, remembered per code; none without one. */
function withClauseTerms(view: CodeTableView, i: number): string[] {
  let cache = clauseCache.get(view);
  if (!cache) clauseCache.set(view, (cache = new Map()));
  let terms = cache.get(i);
  if (!terms) {
    const clause = WITH_CLAUSE.exec(view.table.titles[i]!);
    terms = clause ? searchTerms(clause[1]!).filter((w) => !CLAUSE_FILLER.has(w)) : [];
    cache.set(i, terms);
  }
  return terms;
}

const CLAUSE_FILLER = new Set(searchTerms('and or of the in to due other specified unspecified'));

/** The accidental code beside a poisoning or toxic effect of another intent (T41.0X3A -> T41.0X1A), if any. */
function accidentalSibling(view: CodeTableView, i: number): number | undefined {
  const code = view.table.codes[i]!;
  if (code[0] !== 'T' || code.length < 6 || !'234'.includes(code[5]!) || !OTHER_INTENT.test(view.table.titles[i]!)) return undefined;
  const sibling = view.indexOf(`${code.slice(0, 5)}1${code.slice(6)}`);
  return sibling === undefined || view.isBillable(sibling) ? sibling : view.defaultBillable(sibling);
}

/**
 * Query words that the matched phrase of a document does not contain, as written or as one of the terms the word
 * stands for: 'corneal' is matched by 'Other disorders of cornea', and does not go on to choose a code below it.
 */
function remainingWords(index: SearchIndex, doc: number, slots: Slot[]): string[] {
  const have = new Set(searchTerms(index.docText(doc).text));
  const rest = new Set<string>();
  for (const slot of slots) {
    if (!have.has(slot.word) && !slot.alternatives.some((a) => have.has(index.terms[a.termId]!))) rest.add(slot.word);
  }
  return [...rest];
}

/**
 * The billable descendant of header i whose title holds most of the remaining words, then the default branch
 * (unspecified, initial encounter); undefined when no descendant holds any of them.
 */
function bestDescendant(index: SearchIndex, view: CodeTableView, i: number, rest: string[], words: Set<string>): number | undefined {
  const end = view.descendantsEnd(i);
  if (end - i - 1 > 2000) return view.defaultBillable(i);
  let best: number | undefined;
  let bestRank = 0;
  // Failing that, the one whose title holds most query words of any kind ('screening for malnutrition', with its
  // class 'nutritional', under 'screening for nutritional, metabolic and other endocrine disorders').
  let fallback: number | undefined;
  let fallbackRank = 0;
  const counts = titleWordCounts(index, i + 1, end, rest, 0);
  const anyCounts = titleWordCounts(index, i + 1, end, words, 1);
  // Index loops, no arrays per descendant: this runs for the first hits of every query.
  for (let k = i + 1; k < end; k++) {
    if (!view.isBillable(k)) continue;
    const title = view.table.titles[k]!;
    // The remembered title tests of searchSlots' adjustment: 1 other, 2 side, 4 later episode, 8 trimester.
    const says = titleFeatures(view, k, TITLE_TESTS);
    const covered = counts[k - i - 1]!;
    if (covered === 0) {
      const any = anyCounts[k - i - 1]!;
      // The same defaults as the words' own choice below: no later encounter, no side or 'other' kind unsaid.
      if (any === 0 || says & 4) continue;
      const rank = any - (says & 1 ? 0.5 : 0) - (says & 2 ? 0.5 : 0) - 0.01 * title.length;
      if (rank > fallbackRank) {
        fallback = k;
        fallbackRank = rank;
      }
      continue;
    }
    const code = view.table.codes[k]!;
    // Later encounters yield to the initial one (A, or B and C for open fractures), a side to the unspecified side,
    // an 'other' kind the words do not name to the unspecified one.
    const rank =
      3 * covered +
      // Each 'unspecified' is a default taken: 'Laceration of unspecified kidney, unspecified degree' over 'Minor'.
      Math.min(2, title.match(UNSPECIFIED_WORD)?.length ?? 0) -
      (/subsequent encounter|sequela/i.test(title) || (code.length === 7 && !/initial encounter/i.test(title) && /encounter/i.test(title)) ? 5 : 0) -
      (says & 2 && !rest.some((w) => SIDE_WORDS.includes(w)) ? 0.5 : 0) -
      (says & 4 && !words.has(RECURRENT) ? 0.5 : 0) -
      (says & 8 && !rest.some((w) => TRIMESTER_WORDS.includes(w)) ? 0.5 : 0) -
      (/^other\b/i.test(title) && !rest.includes('other') ? 0.5 : 0) +
      ANY_WORD * anyCounts[k - i - 1]! -
      0.01 * title.length;
    if (rank > bestRank) {
      best = k;
      bestRank = rank;
    }
  }
  // Words the header and its codes do not name ('due to pseudomonas' under 'Other bacterial intestinal infections')
  // say the kind is specified but not listed: the code for that is "other specified", not "unspecified".
  return best ?? (rest.some((w) => !QUALIFIER_WORDS.has(w)) ? otherSpecified(view, i) : undefined) ?? view.defaultBillable(i) ?? fallback;
}

/**
 * The default leaf of header i, unless a descendant's title holds more of the query words: a header can name what
 * only some of its codes say ('... complicating pregnancy, childbirth, and the puerperium'), and the query's
 * 'puerperium' then chooses the code for the puerperium, not the default for pregnancy.
 */
function narrowedDefault(index: SearchIndex, view: CodeTableView, i: number, words: Set<string>): number | undefined {
  const fallback = view.defaultBillable(i);
  if (fallback === undefined) return undefined;
  const end = view.descendantsEnd(i);
  // Headers of a few codes are where a shared word decides (an episode, a trimester); counting the titles below a
  // header of thousands on every query cost the slowest percentile more than it found.
  if (end - i - 1 > 200) return fallback;
  const counts = titleWordCounts(index, i + 1, end, words, 1);
  const own = counts[fallback - i - 1]!;
  let most = 0;
  for (let k = i + 1; k < end; k++) if (view.isBillable(k) && counts[k - i - 1]! > most) most = counts[k - i - 1]!;
  return most > own ? (bestDescendant(index, view, i, [...words], words) ?? fallback) : fallback;
}

/**
 * The code for 'Other X' asked as such, under a header titled 'Other X' (H18 Other disorders of cornea): its child
 * 'Other specified X' (H18.8-), not the header's first unspecified code, which is one listed kind left unspecified
 * (H18.00 Unspecified corneal deposit). Undefined when the header is not an 'Other ...' one or has no such child.
 */
function otherKindDefault(view: CodeTableView, i: number): number | undefined {
  if (!/^other\b/i.test(view.table.titles[i]!)) return undefined;
  const specified = view.children(i).find((k) => /^other specified\b/i.test(view.table.titles[k]!));
  if (specified === undefined) return undefined;
  return view.isBillable(specified) ? specified : view.defaultBillable(specified);
}

const UNSPECIFIED_WORD = /\bunspecified\b/gi;
/**
 * What each query word a descendant's title holds adds to its rank among those holding as many of the remaining words:
 * under 'Occlusion and stenosis of precerebral arteries' the remaining 'unspecified' is in I65.29 (unspecified
 * carotid artery) and I65.9 (unspecified precerebral artery); the query's 'precerebral' chooses I65.9, where the
 * shorter title chose before. Less than a remaining word (3) or a default taken (1), more than title length.
 */
const ANY_WORD = 0.3;

/** Query words that qualify without naming a kind: they do not make a code "other specified". */
const QUALIFIER_WORDS = new Set(searchTerms('unspecified not otherwise specified elsewhere classified other with without nos nec site type'));

/** The billable child of header i titled "Other specified ..." (or "Other ..."), the place of a kind not listed. */
function otherSpecified(view: CodeTableView, i: number): number | undefined {
  const children = view.children(i).filter((k) => view.isBillable(k));
  const specified = children.find((k) => /^other specified\b/i.test(view.table.titles[k]!));
  // Under a header that is itself 'Other ...' its children repeat the word ('Other viral diseases complicating
  // pregnancy, first trimester'): only an 'Other specified' child is the place of a further kind.
  if (specified !== undefined || /^other\b/i.test(view.table.titles[i]!)) return specified;
  return children.find((k) => /^other\b/i.test(view.table.titles[k]!));
}

export { buildSlots };
