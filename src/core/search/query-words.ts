import { expandAbbreviations, lookupAbbreviation } from '../text/abbreviations';
import { CHART_SYNONYMS } from '../text/chart-synonyms';
import { tokenize, type Token } from '../text/tokenize';
import { withDiseaseClass } from './disease-classes';
import { icd10Wording } from './icd9-phrases';
import { procedureWords } from './procedure-words';
import { queryWords } from './word-query';

/** Distinct readings searched per query: as written, with synonyms, and the usual expansion; each costs a ranking pass. */
const MAX_READINGS = 3;

/**
 * The readings of what a coder typed, each as search words: the words as written, then with abbreviations and
 * short-title contractions expanded and misspellings corrected from the curated list ('chf' -> congestive heart
 * failure, 'NOS' -> unspecified), one reading per meaning of an ambiguous one ('NEC': other specified, or
 * necrotizing enterocolitis). ICD-9 phrasing is first put in ICD-10-CM words ('antepartum condition or
 * complication' -> complicating pregnancy, unspecified trimester), and a disease's class added where a class code is
 * asked for (screening for malaria -> other protozoal diseases). The search keeps each code's best reading.
 */
export function expandedQueryWords(query: string): string[][] {
  const tokens = tokenize(withDiseaseClass(icd10Wording(query)));
  const written = withContractions(tokens);
  const readings = [written, withSynonyms(written), ...expandAbbreviations(tokens, query)];
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const reading of readings) {
    if (out.length >= MAX_READINGS) break;
    const words = queryWords(wordsOf(reading));
    const key = words.join(' ');
    if (words.length > 0 && !seen.has(key)) {
      seen.add(key);
      out.push(words);
    }
  }
  return out;
}

/**
 * The words as written, but short-title contractions ('NEC', 'NOS', 'w/o', 'unsp') always read as what they stand
 * for: left as written they match words they only begin ('nec' -> necatoriasis).
 */
function withContractions(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => {
    const entry = lookupAbbreviation(t.norm);
    if (entry?.kind !== 'shortTitle') return [t];
    return entry.expansions[0]!.map((norm) => ({ ...t, norm }));
  });
}

/**
 * Words of ICD-9 titles that ICD-10-CM says otherwise, for this reading only (the written reading keeps them: some
 * ICD-10-CM titles say 'anomaly' too): an anomaly is a congenital malformation (Q00-Q99), radiotherapy is radiation therapy (Z51.0), a single liveborn the outcome
 * of delivery's single live birth (Z37.0), and ICD-9's 'disease' of a system or organ often ICD-10-CM's 'disorder'
 * (J98.9 Respiratory disorder, unspecified; M25.9 Joint disorder, unspecified); a hemorrhage of ICD-9's digestive
 * titles is ICD-10-CM's bleeding there (K29.-1 gastritis, K57.-1 diverticular disease 'with bleeding'); ICD-9's
 * aldosteronism ICD-10-CM's hyperaldosteronism (E26; E26.02 keeps 'aldosteronism' for the written reading), its
 * mononeuritis of a limb the mononeuropathy (G56-G58; G58.7 Mononeuritis multiplex keeps the word), an acquired
 * equinovarus the acquired clubfoot (M21.54-; Q66.0 Congenital talipes equinovarus keeps the word).
 */
const TITLE_SYNONYMS = new Map([
  ['anomaly', 'congenital malformation'],
  ['anomalies', 'congenital malformations'],
  ['anom', 'congenital malformation'],
  ['radiotherapy', 'radiation therapy'],
  ['liveborn', 'live birth'],
  ['disease', 'disorder'],
  ['diseases', 'disorders'],
  ['hemorrhage', 'bleeding'],
  ['aldosteronism', 'hyperaldosteronism'],
  ['mononeuritis', 'mononeuropathy'],
  ['equinovarus', 'clubfoot'],
]);

/** The words with the chart synonyms put in ('pneumococcal' -> streptococcus pneumoniae, 'renal' -> kidney). */
function withSynonyms(tokens: readonly Token[]): Token[] {
  return tokens.map((t) => {
    const synonym = CHART_SYNONYMS.get(t.norm) ?? TITLE_SYNONYMS.get(t.norm);
    return synonym ? { ...t, norm: synonym } : t;
  });
}

function wordsOf(tokens: readonly Token[]): string {
  return tokens.filter((t) => t.kind !== 'punct').map((t) => procedureWords(t.norm)).join(' ');
}
