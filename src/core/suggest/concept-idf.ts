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

/**
 * idf(term) = ln(documents / documents holding it), computed as SearchIndex.idf does; a term the index lacks counts as the
 * rarest. Found by binary search in the runs of `dfTerms` that are in order (one per shard: each is sorted, see
 * documentFrequencies) rather than through a Map of its 20,000 terms made before the first chart: a chart looks up a
 * few hundred. A term listed twice takes its last entry, as a Map would.
 */
export function conceptIdf({ docCount, dfTerms, df }: Frequencies): (term: string) => number {
  const runs = [0];
  for (let i = 1; i < dfTerms.length; i++) if (dfTerms[i]! < dfTerms[i - 1]!) runs.push(i);
  runs.push(dfTerms.length);
  const rarest = Math.log(docCount);
  return (term) => {
    for (let r = runs.length - 2; r >= 0; r--) {
      // The last entry of this run not after the term.
      let [low, high] = [runs[r]!, runs[r + 1]!];
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (dfTerms[mid]! <= term) low = mid + 1;
        else high = mid;
      }
      if (low > runs[r]! && dfTerms[low - 1] === term) return Math.log(docCount / df[low - 1]!);
    }
    return rarest;
  };
}
