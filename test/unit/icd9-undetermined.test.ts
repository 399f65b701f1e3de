import { describe, expect, it } from 'vitest';
import { undeterminedIntentWording } from '../../src/core/search/icd9-undetermined';
import { itFinds, itReads } from './search-cases';

describe('undeterminedIntentWording', () => {
  itReads(undeterminedIntentWording, [
    ['Falling from natural sites, undetermined whether accidentally or purposely inflicted', 'falling, jumping or pushed from a high place, undetermined intent'],
    ['Undet fall natural site', 'falling, jumping or pushed from a high place, undetermined intent'],
    ['Undetermin circ-handgun', 'handgun undetermined intent'],
    ['Injury by handgun, undetermined whether accidentally or purposely inflicted', 'Injury by handgun, undetermined whether accidentally or purposely inflicted'],
  ]);

  it('leaves an accidental fall as written', () => {
    expect(undeterminedIntentWording('Fall from other slipping, tripping, or stumbling')).toBe('Fall from other slipping, tripping, or stumbling');
  });

  itFinds([
    ['Falling from residential premises, undetermined whether accidentally or purposely inflicted', 'Y30XXXA'],
    ['Undet circ-fall site NOS', 'Y30XXXA'],
    ['Undetermin circ-shotgun', 'Y230XXA'],
  ]);
});
