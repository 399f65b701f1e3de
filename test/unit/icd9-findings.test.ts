import { describe, expect, it } from 'vitest';
import { findingsWording } from '../../src/core/search/icd9-findings';
import { itFinds, itReads } from './search-cases';

describe('findingsWording', () => {
  itReads(findingsWording, [
    ['Sudden infant death syndrome', 'ill-defined and unknown cause of mortality'],
    ['Death within 24 hr sympt', 'ill-defined and unknown cause of mortality'],
    ['Nonspecific (abnormal) findings on radiological and other examination of gastrointestinal tract', 'abnormal findings on diagnostic imaging of digestive tract'],
    ['Nonsp abn fd-bilry tract', 'abnormal findings on diagnostic imaging of biliary tract'],
  ]);

  it('leaves a family history of the death to its own code', () => {
    expect(findingsWording('Family history of sudden infant death syndrome')).toBe('Family history of sudden infant death syndrome');
  });

  itFinds([
    ['Sudden infant death syndrome', 'R99'],
    ['Unattended death', 'R99'],
    ['Nonsp abn find-gi tract', 'R933'],
  ]);
});
