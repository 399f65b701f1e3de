import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Epilepsy, migraine and the G44 headaches read as intractable (the G40/G43 note: pharmacoresistant, treatment
 * resistant, refractory, poorly controlled) and with status epilepticus or migrainosus when the finding's sentence
 * says so (intractable-status.ts); the bare name keeps the defaults.
 */
describe('intractable and status read beside epilepsy and migraine', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    ['The personal history included treatment with Topamax 150 mg daily for 2 months due to epilepsy refractory to conventional therapy.', 'G40919'],
    ['Pharmacoresistant epilepsy since childhood.', 'G40919'],
    ['Intractable epilepsy with status epilepticus.', 'G40911'],
    ['He was admitted in epileptic status.', 'G40901'],
    ['Poorly controlled migraine without aura.', 'G43019'],
    ['Migraine without aura, not intractable, with status migrainosus.', 'G43001'],
    ['Migraine with aura, intractable.', 'G43119'],
    ['Chronic cluster headache, intractable.', 'G44021'],
    ['Cyclical vomiting in migraine, intractable.', 'G43A1'],
    // The defaults: nothing said, or said to be absent.
    ['Personal history included epilepsy at 15 years of age.', 'G40909'],
    ['Epilepsy, not intractable, without status epilepticus.', 'G40909'],
    ['Migraine without aura.', 'G43009'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });
});
