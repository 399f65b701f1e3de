import { describe, expect, it } from 'vitest';
import { calculousHydronephrosis } from '../../src/core/suggest/calculous-hydronephrosis';

describe('calculousHydronephrosis', () => {
  it('joins a renal or ureteral calculus and an unspecified hydronephrosis into N13.2', () => {
    expect(calculousHydronephrosis(['N1330', 'N201'])).toEqual({ replace: ['N1330', 'N201'], by: 'N132', keep: [] });
    expect(calculousHydronephrosis(['N200', 'N1339', 'I10'])?.by).toBe('N132');
  });

  it('makes a hydronephrosis beside a pyelonephritis N13.6, the stone and the pyelonephritis kept beside it', () => {
    expect(calculousHydronephrosis(['N1330', 'N201', 'N10'])).toEqual({ replace: ['N1330'], by: 'N136', keep: ['N201', 'N10'] });
    expect(calculousHydronephrosis(['N132', 'N10'])).toEqual({ replace: ['N132'], by: 'N136', keep: ['N10'] });
    // A pyonephrosis the chart names takes the hydronephrosis read beside it, and keeps the stone.
    expect(calculousHydronephrosis(['N136', 'N1330', 'N201'])).toEqual({ replace: ['N1330', 'N136'], by: 'N136', keep: ['N201'] });
  });

  it('leaves a pyonephrosis alone, a bladder stone, a pyelonephritis with no hydronephrosis, and either alone', () => {
    expect(calculousHydronephrosis(['N136'])).toBeUndefined();
    expect(calculousHydronephrosis(['N136', 'N201'])).toBeUndefined();
    expect(calculousHydronephrosis(['N1330', 'N210'])).toBeUndefined();
    expect(calculousHydronephrosis(['N201', 'N10'])).toBeUndefined();
    expect(calculousHydronephrosis(['N201'])).toBeUndefined();
  });
});
