/**
 * Inverse document frequency of concept terms, as the search index gives it, stored in the concept dictionary at
 * build time (see ConceptArtifact) so that suggestions need no search postings.
 */
import type { SearchIndex } from '../search/search-index';
import type { ConceptArtifact } from './concept-format';

type Frequencies = Pick<ConceptArtifact, 'docCount' | 'dfTerms' | 'df'>;

/** Each distinct term of the concepts that the index holds, with the number of its documents; sorted by term. */
export function documentFrequencies(concepts: Pick<ConceptArtifact, 'anchors' | 'others'>, index: SearchIndex): Frequencies {
  const terms = new Set(concepts.anchors);
  for (const others of concepts.others) for (const term of others ? others.split(' ') : []) terms.add(term);
  const dfTerms: string[] = [];
  const df: number[] = [];
  for (const term of [...terms].sort()) {
    const id = index.termId(term);
    if (id === undefined) continue;
    dfTerms.push(term);
    df.push(index.documentFrequency(id));
  }
  return { docCount: index.docCount, dfTerms, df };
}

/** idf(term) = ln(documents / documents holding it), computed as SearchIndex.idf does; a term the index lacks counts as the rarest. */
export function conceptIdf({ docCount, dfTerms, df }: Frequencies): (term: string) => number {
  const idf = new Map<string, number>();
  for (let i = 0; i < dfTerms.length; i++) idf.set(dfTerms[i]!, Math.log(docCount / df[i]!));
  const rarest = Math.log(docCount);
  return (term) => idf.get(term) ?? rarest;
}
