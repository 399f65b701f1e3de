import { describe, expect, it } from 'vitest';
import { calculousHydronephrosis } from '../../src/core/suggest/calculous-hydronephrosis';

describe('calculousHydronephrosis', () => {
  it('joins a renal or ureteral calculus and an unspecified hydronephrosis into N13.2', () => {
    expect(calculousHydronephrosis(['N1330', 'N201'])).toEqual({ replace: ['N1330', 'N201'], by: 'N132', keep: [] });
    expect(calculousHydronephrosis(['N200', 'N1339', 'I10'])?.by).toBe('N132');
  });

  it('leaves a hydronephrosis with infection (N13.6), a bladder stone, and either alone', () => {
    expect(calculousHydronephrosis(['N1330', 'N201', 'N136'])).toBeUndefined();
    expect(calculousHydronephrosis(['N1330', 'N210'])).toBeUndefined();
    expect(calculousHydronephrosis(['N201'])).toBeUndefined();
  });
});
