import { describe, expect, it } from 'vitest';
import { glomerularCombination } from '../../src/core/suggest/glomerular-morphology';

describe('glomerularCombination', () => {
  it("gives the syndrome read without morphology the biopsy's fourth character", () => {
    expect(glomerularCombination(['N049', 'N051'])?.by).toBe('N041');
    expect(glomerularCombination(['N019', 'N057'])?.by).toBe('N017');
    expect(glomerularCombination(['N039', 'N05A'])?.by).toBe('N03A');
  });

  it("gives the membranous '.2' of N04 and N06 its unspecified kind (.20); N00's '.2' is billable as it is", () => {
    expect(glomerularCombination(['N049', 'N052'])?.by).toBe('N0420');
    expect(glomerularCombination(['N069', 'N052'])?.by).toBe('N0620');
    expect(glomerularCombination(['N009', 'N052'])?.by).toBe('N002');
  });

  it('folds an unspecified glomerulonephritis into the named syndrome, and leaves a morphology alone as read', () => {
    expect(glomerularCombination(['N049', 'N059'])).toEqual({ replace: ['N049', 'N059'], by: 'N049', keep: [] });
    expect(glomerularCombination(['N052'])).toBeUndefined();
    expect(glomerularCombination(['N02B9', 'N052'])).toBeUndefined();
  });
});
