import { describe, expect, it } from 'vitest';
import { mentalWording } from '../../src/core/search/icd9-mental';
import { codesOf, realEngine } from './engine-fixture';

describe('mentalWording', () => {
  it.each([
    ['Respiratory malfunction arising from mental factors', 'somatoform autonomic dysfunction'],
    ['Psychogenic genitourinary malfunction, unspecified', 'somatoform autonomic dysfunction, unspecified'],
    ['Accidental malfunction of shotgun', 'Accidental malfunction of shotgun'],
    ['Hyperkinetic conduct disorder', 'Hyperkinetic conduct disorder'],
    ['Other specified manifestations of hyperkinetic syndrome', 'Other specified manifestations of attention-deficit hyperactivity disorder'],
    ['Psychogenic dysuria', 'somatoform autonomic dysfunction'],
    ['Psychogenic vomiting', 'other specified eating disorder'],
    ['Psychogen musculskel dis', 'somatoform autonomic dysfunction'],
    ['Psychogenic gu dis NOS', 'somatoform autonomic dysfunction NOS'],
  ])('reads %s as %s', (query, words) => {
    expect(mentalWording(query)).toBe(words);
  });

  it.each([
    ['Cardiovascular malfunction arising from mental factors', 'F458'],
    ['Unspecified hyperkinetic syndrome', 'F909'],
    ['Psychogenic dysuria', 'F458'],
    ['Psychogenic vomiting', 'F5089'],
  ])('%s finds %s in the first 5', async (query, code) => {
    const engine = await realEngine();
    expect(codesOf(engine.search(query, { set: 'icd10cm', limit: 5 }).hits)).toContain(code);
  });
});
