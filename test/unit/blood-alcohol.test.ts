import { describe, expect, it } from 'vitest';
import { bloodAlcoholCode, bloodAlcoholLevel } from '../../src/core/suggest/blood-alcohol';

describe('the blood alcohol level (Y90.-)', () => {
  it('reads the level as US notes write it, in mg/dL or as a percent', () => {
    expect(bloodAlcoholLevel('LABS: 4-hr APAP level 210, BAL 164 mg/dL. AST 42.')?.level).toBe(164);
    expect(bloodAlcoholLevel('Serum ethanol 88 on arrival.')?.level).toBe(88);
    expect(bloodAlcoholLevel('EtOH level of 250.')?.level).toBe(250);
    expect(bloodAlcoholLevel('Breathalyzer at the scene, BAC 0.21%.')?.level).toBe(210);
  });

  it('reads no level from a count of drinks or a bare alcohol', () => {
    expect(bloodAlcoholLevel('Drinks alcohol 6 beers daily.')).toBeUndefined();
    expect(bloodAlcoholLevel('Alcohol 2 glasses of wine a night.')).toBeUndefined();
  });

  it('gives the Y90 code of each range, the bounds in the higher code', () => {
    expect([10, 20, 39, 40, 99, 100, 119, 120, 199, 200, 239, 240, 400].map(bloodAlcoholCode)).toEqual([
      'Y900', 'Y901', 'Y901', 'Y902', 'Y904', 'Y905', 'Y905', 'Y906', 'Y906', 'Y907', 'Y907', 'Y908', 'Y908',
    ]);
  });
});
