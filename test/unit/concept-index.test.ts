import { describe, expect, it } from 'vitest';
import { chartTerms } from '../../src/core/suggest/chart-terms';
import type { ConceptArtifact } from '../../src/core/suggest/concept-format';
import { ConceptIndex } from '../../src/core/suggest/concept-index';

// The index keeps each anchor's concepts as a chain through the concepts before them (concept-index.ts): a sentence
// holding an anchor must still meet every concept of it, in the dictionary's order, whatever lies between them.
const terms = (text: string) => chartTerms(text).map((t) => t.term);

describe('ConceptIndex', () => {
  it('matches every concept of an anchor, in dictionary order, with other anchors\' concepts between them', () => {
    const phrases = ['chronic kidney disease', 'acute pancreatitis', 'kidney disease', 'chronic pancreatitis', 'acute kidney failure', 'chronic kidney failure'];
    // Each phrase's own anchor: its rarest term as the build picks it (here its last content word but 'disease').
    const anchorOf = (words: string[]) => (words.at(-1) === terms('disease')[0] ? words.at(-2)! : words.at(-1)!);
    const split = phrases.map(terms);
    const anchors = split.map(anchorOf);
    const artifact: ConceptArtifact = {
      formatVersion: 2, anchors, others: split.map((words, i) => words.filter((w) => w !== anchors[i]).join(' ')),
      codes: phrases.map((_, i) => 100 + i), docCount: 10, dfTerms: [], df: [],
    };
    const index = new ConceptIndex(artifact, () => 1);
    const found = (text: string) => index.match(chartTerms(text)).map((m) => phrases[m.concept]);
    expect(found('Chronic kidney disease with chronic kidney failure, no pancreatitis')).toEqual(['chronic kidney disease', 'kidney disease', 'chronic kidney failure', 'chronic pancreatitis']);
    expect(found('acute pancreatitis')).toEqual(['acute pancreatitis']);
    expect(index.termsOf(5)).toEqual(terms('failure chronic kidney'));
    expect(found('renal colic')).toEqual([]);
  });
});
