import { describe, expect, it } from 'vitest';
import { conceptIdf } from '../../src/core/suggest/concept-idf';
import { realParts } from './engine-fixture';

describe('conceptIdf', () => {
  it("gives every concept term exactly the search index's idf, and a term the index lacks the rarest weight", async () => {
    const { cm, concepts } = await realParts();
    const idf = conceptIdf(concepts);
    const terms = new Set([...concepts.anchors, ...concepts.others.flatMap((o) => (o ? o.split(' ') : []))]);
    let compared = 0;
    for (const term of terms) {
      const id = cm.index.termId(term);
      expect(idf(term), term).toBe(id === undefined ? Math.log(cm.index.docCount) : cm.index.idf(id));
      compared++;
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(idf('zzzqqq')).toBe(Math.log(cm.index.docCount));
  });
});
