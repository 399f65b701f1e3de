import { describe } from 'vitest';
import { mentalWording } from '../../src/core/search/icd9-mental';
import { itFinds, itReads } from './search-cases';

describe('mentalWording', () => {
  itReads(mentalWording, [
    ['Respiratory malfunction arising from mental factors', 'somatoform autonomic dysfunction'],
    ['Psychogenic genitourinary malfunction, unspecified', 'somatoform autonomic dysfunction, unspecified'],
    ['Accidental malfunction of shotgun', 'Accidental malfunction of shotgun'],
    ['Hyperkinetic conduct disorder', 'Hyperkinetic conduct disorder'],
    ['Other specified manifestations of hyperkinetic syndrome', 'Other specified manifestations of attention-deficit hyperactivity disorder'],
    ['Psychogenic dysuria', 'somatoform autonomic dysfunction'],
    ['Psychogenic vomiting', 'other specified eating disorder'],
    ['Psychogen musculskel dis', 'somatoform autonomic dysfunction'],
    ['Psychogenic gu dis NOS', 'somatoform autonomic dysfunction NOS'],
  ]);

  itFinds([
    ['Cardiovascular malfunction arising from mental factors', 'F458'],
    ['Unspecified hyperkinetic syndrome', 'F909'],
    ['Psychogenic dysuria', 'F458'],
    ['Psychogenic vomiting', 'F5089'],
  ], 5);
});
