import { describe, expect, it } from 'vitest';
import { manifestationWording } from '../../src/core/search/manifestation-wording';
import { itFinds, itReads } from './search-cases';

describe('manifestationWording', () => {
  itReads(manifestationWording, [
    ['Hepatitis in viral diseases classified elsewhere', 'liver disorders in viral diseases classified elsewhere'],
    ['Orchitis and epididymitis in diseases classified elsewhere', 'disorders of male genital organs in diseases classified elsewhere'],
    ['Other bone involvement in diseases classified elsewhere', 'osteopathy in diseases classified elsewhere'],
    ['Amnestic disorder in conditions classified elsewhere', 'Amnestic disorder due to known physiological condition'],
    ['Mening in oth nonbac dis', 'Mening in other infectious and parasitic diseases classified elsewhere'],
  ]);

  it('leaves an inflammation that is not a manifestation as written', () => {
    expect(manifestationWording('Hepatitis, not elsewhere classified')).toBe('Hepatitis, not elsewhere classified');
    expect(manifestationWording('Chronic hepatitis')).toBe('Chronic hepatitis');
  });

  itFinds([
    ['Hepatitis in viral diseases classified elsewhere', 'K77'],
    ['Hepatitis in oth inf dis', 'K77'],
    ['Orchitis in oth disease', 'N51'],
    ['Meningitis due to other nonbacterial organisms classified elsewhere', 'G02'],
    ['Other infections involving bone in diseases classified elsewhere, ankle and foot', 'M90879'],
    ['Amnestic disord oth dis', 'F04'],
    ['Mood disorder other dis', 'F0630'],
  ]);
});
