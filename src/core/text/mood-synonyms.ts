/**
 * DSM-5 names a bipolar disorder by its 'current or most recent episode' ('Bipolar I disorder, most recent episode
 * mixed'): the titles' 'current episode' (F31.0-F31.6). Joined into the chart synonyms (chart-synonyms.ts).
 */
export const MOOD_SYNONYMS: Readonly<Record<string, string>> = {
  'most recent episode': 'current episode',
  'current or most recent episode': 'current episode',
};
