import { abbreviationKeys, lookupAbbreviation } from '../text/abbreviations';
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
  expandCapitals(word) {
    const entry = CAPITALS_ONLY.has(word) ? lookupAbbreviation(word) : undefined;
    return entry && [...entry.expansions.map((words) => words.join(' ')), ...(ALSO_READ.get(word) ?? [])];
  },
};

/**
/**
 * Capitals-only abbreviations a note means whenever it writes them in capitals among ordinary words: 'CAP' is the
 * community-acquired pneumonia ('CAP, likely viral'; 'cap' a capsule), 'HIT' the heparin-induced thrombocytopenia, 'SI'
 * the psychiatric suicidal ideation ('+SI without current plan', 'passive SI'; 'si' is a word of other languages, and
 * the sacroiliac 'SI joint' is kept out in not-a-finding.ts). Not the letters that are also a test or a word in
 * capitals ('MR' the MR imaging, 'ALL' a review of systems' 'ALL negative').
 */
const CAPITALS_ONLY: ReadonlySet<string> = new Set(['cap', 'hit', 'si']);

const single = new Map<string, string[] | null>();

/** For each word that starts a phrase of the lists, the most words such a phrase has: most words start none. */
const longest = new Map<string, number>();
// Keys only: making every abbreviation's entry (allAbbreviations) cost the first chart ~15 ms for the few it looks up.
for (const key of [...abbreviationKeys(), ...CHART_SYNONYMS.keys()]) {
  const words = key.split(/[ /]/).filter((w) => w !== ''); // 'n/v/d' is three words of the chart
  if (words.length > 1) longest.set(words[0]!, Math.max(longest.get(words[0]!) ?? 1, words.length));
}

/**
 * Readings an abbreviation has in a chart beside the list's: the kinds of heart failure title 'congestive' as a
 * nonessential modifier ('Unspecified systolic (congestive) heart failure'), which concepts leave out, so 'systolic
 * CHF' names I50.20 only by a reading without the word. A search for 'chf' keeps the list's one reading (I50.9).
 */
const ALSO_READ: ReadonlyMap<string, readonly string[]> = new Map([
  ['chf', ['heart failure']],
  // 'CAP, likely viral' (J12.9 inpatient): the pneumonia whose organism the note names, community-acquired or not.
  ['cap', ['pneumonia']],
]);

function lookup(phrase: string): string[] | undefined {
  const entry = lookupAbbreviation(phrase);
  if (!entry || entry.ambiguous || entry.upperOnly || entry.kind === 'shortTitle' || entry.kind === 'cue') {
    const synonym = CHART_SYNONYMS.get(phrase);
    return synonym ? synonym.split('|') : undefined;
  }
  if (entry.listed) return [entry.listed.join('; ')]; // chartTerms reads each finding as a word
  return [...entry.expansions.map((words) => words.join(' ')), ...(ALSO_READ.get(phrase) ?? [])];
}
