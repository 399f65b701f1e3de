import { describe, expect, it } from 'vitest';
import { CodeTableView } from '../../src/core/search/code-table-view';
import { categoryNamesSides } from '../../src/core/suggest/sided-category';
import { realParts } from './engine-fixture';

const { cm } = await realParts();

describe('categoryNamesSides', () => {
  const view = new CodeTableView(cm.table);
  const sided = (category: string) => categoryNamesSides(view, view.indexOf(category)!);

  it('is true for a category with codes titled by side: flank pain (R10.A1 right side), hearing loss (H90.3 bilateral), hemiplegia (G81.91 right dominant side)', () => {
    expect(sided('R10')).toBe(true);
    expect(sided('H90')).toBe(true);
    expect(sided('G81')).toBe(true);
  });

  it('is false where no code names a side, so a side said beside "fever" or "anemia" is not read for a code', () => {
    expect(sided('R50')).toBe(false);
    expect(sided('D64')).toBe(false);
    expect(sided('R69')).toBe(false);
  });
});
