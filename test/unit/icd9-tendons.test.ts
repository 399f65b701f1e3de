import { describe, expect, it } from 'vitest';
import { tendonWording } from '../../src/core/search/icd9-tendons';
import { itFinds, itReads } from './search-cases';

describe('tendonWording', () => {
  itReads(tendonWording, [
    ['Nontraumatic rupture of achilles tendon', 'spontaneous rupture of flexor tendons, lower leg'],
    ['Nontraumatic rupture of quadriceps tendon', 'spontaneous rupture of extensor tendons, thigh'],
    ['Nontraumatic rupture of patellar tendon', 'spontaneous rupture of extensor tendons, lower leg'],
    ['Nontraumatic rupture of tendons of biceps (long head)', 'spontaneous rupture of other tendons, upper arm'],
    ['Nontraumatic rupture of other tendon', 'spontaneous rupture of other tendon'],
  ]);

  it('leaves a rupture not said to be nontraumatic to the injury codes', () => {
    expect(tendonWording('rupture achilles tendon')).toBe('rupture achilles tendon');
  });

  itFinds([
    ['Nontraumatic rupture of achilles tendon', 'M66369'],
    ['Nontraumatic rupture of quadriceps tendon', 'M66259'],
    ['Nontraumatic rupture of tendons of biceps (long head)', 'M66829'],
  ]);
});
