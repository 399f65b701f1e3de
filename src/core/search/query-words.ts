import { expandAbbreviations } from '../text/abbreviations';
import { tokenize } from '../text/tokenize';
import { procedureWords } from './procedure-words';
import { queryWords } from './word-query';

/**
 * The search words of what a coder typed, with abbreviations and short-title contractions expanded and
 * misspellings corrected from the curated list first ('chf' -> congestive heart failure, 'NOS' -> unspecified).
 */
export function expandedQueryWords(query: string): string[] {
  const tokens = tokenize(query);
  const reading = expandAbbreviations(tokens, query)[0] ?? tokens;
  return queryWords(reading.filter((t) => t.kind !== 'punct').map((t) => procedureWords(t.norm)).join(' '));
}
