import { lookupAbbreviation } from '../text/abbreviations';
import type { Expand } from './chart-terms';
import { CHART_SYNONYMS } from './chart-synonyms';

/**
 * Expansions to apply while reading a chart: clinical abbreviations and lay words with one meaning, then the
 * chart synonyms (organ adjectives, cancer words). Short-title
 * contractions ('ac', 'dis') are query shorthand, not chart language; context cues ('s/p') are read by the
 * context rules; ambiguous and capitals-only entries would guess.
 */
export const expandChartPhrase: Expand = (phrase) => {
  const entry = lookupAbbreviation(phrase);
  if (!entry || entry.ambiguous || entry.upperOnly || entry.kind === 'shortTitle' || entry.kind === 'cue') {
    const synonym = CHART_SYNONYMS[phrase];
    return synonym ? [synonym] : undefined;
  }
  return entry.expansions.map((words) => words.join(' '));
};
