import { allAbbreviations, lookupAbbreviation } from '../text/abbreviations';
import type { Expand } from './chart-terms';
import { CHART_SYNONYMS } from '../text/chart-synonyms';

/**
 * Expansions to apply while reading a chart: clinical abbreviations and lay words with one meaning, then the
 * chart synonyms (organ adjectives, cancer words). Short-title
 * contractions ('ac', 'dis') are query shorthand, not chart language; context cues ('s/p') are read by the
 * context rules; ambiguous and capitals-only entries would guess.
 */
export const expandChartPhrase: Expand = {
  expand(phrase) {
    if (!phrase.includes(' ')) {
      let expansions = single.get(phrase);
      if (expansions === undefined) {
        expansions = lookup(phrase) ?? null;
        if (single.size > 50_000) single.clear(); // bounded: a session reads many charts
        single.set(phrase, expansions);
      }
      return expansions ?? undefined;
    }
    return lookup(phrase);
  },
  longestFrom(word) {
    return longest.get(word) ?? 1;
  },
  capitals(word) {
    return IN_CAPITALS.has(word) ? lookupAbbreviation(word)?.expansions.map((words) => words.join(' ')) : undefined;
  },
};

/**
 * Capitals-only abbreviations a chart reads where written in capitals: the psychiatric 'SI' (suicidal ideation: '+SI
 * without current plan', 'passive SI'), whose lower-case 'si' is a word of other languages. The others of the list stay
 * unread in charts ('MR' is also magnetic resonance, 'ALL' and 'HIT' everyday words in capitals).
 */
const IN_CAPITALS: ReadonlySet<string> = new Set(['si']);

const single = new Map<string, string[] | null>();

/** For each word that starts a phrase of the lists, the most words such a phrase has: most words start none. */
const longest = new Map<string, number>();
for (const key of [...allAbbreviations().map((a) => a.key), ...CHART_SYNONYMS.keys()]) {
  const words = key.split(/[ /]/).filter((w) => w !== ''); // 'n/v/d' is three words of the chart
  if (words.length > 1) longest.set(words[0]!, Math.max(longest.get(words[0]!) ?? 1, words.length));
}

/**
 * Readings an abbreviation has in a chart beside the list's: the kinds of heart failure title 'congestive' as a
 * nonessential modifier ('Unspecified systolic (congestive) heart failure'), which concepts leave out, so 'systolic
 * CHF' names I50.20 only by a reading without the word. A search for 'chf' keeps the list's one reading (I50.9).
 */
const ALSO_READ: ReadonlyMap<string, readonly string[]> = new Map([['chf', ['heart failure']]]);

function lookup(phrase: string): string[] | undefined {
  const entry = lookupAbbreviation(phrase);
  if (!entry || entry.ambiguous || entry.upperOnly || entry.kind === 'shortTitle' || entry.kind === 'cue') {
    const synonym = CHART_SYNONYMS.get(phrase);
    return synonym ? synonym.split('|') : undefined;
  }
  if (entry.listed) return [entry.listed.join('; ')]; // chartTerms reads each finding as a word
  return [...entry.expansions.map((words) => words.join(' ')), ...(ALSO_READ.get(phrase) ?? [])];
}
