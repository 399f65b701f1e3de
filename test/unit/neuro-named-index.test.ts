import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Named nervous-system and mental conditions coded by their Alphabetic Index entry (neuro-named-index.ts), not the
 * unspecified or 'other' code of the category, nor nothing.
 */
describe('named nervous system and mental conditions by their Index entries', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    ['The central nervous system presents a choroid plexus cyst and a cyst in the deep interspheric region.', 'G930'],
    ['Manic and depressive episodes are alternated requiring some of them hospital admission.', 'F309'],
    // Case-report phrasing.
    ['Electromyography confirmed a left cubital tunnel syndrome.', 'G5622'],
    ['She had been followed for a recurrent depressive disorder since 2005.', 'F339'],
    ['Bipolar disorder in partial remission treated with lithium.', 'F3170'],
    ['After starting haloperidol he developed akathisia.', 'G2571'],
    ['Drug-induced parkinsonism secondary to metoclopramide.', 'G2119'],
    ['MRI showed medullary compression at the D4 level by an epidural mass.', 'G9520'],
    ['Cranial CT showed cortico-subcortical atrophy and periventricular leukoaraiosis.', 'G319'],
    ['Neurological examination showed a cerebellar ataxia with dysmetria.', 'G119'],
    ['She consulted for a thunderclap headache while exercising.', 'G4453'],
    ['The patient was admitted for an acute psychosis with auditory hallucinations.', 'F23'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });
});
