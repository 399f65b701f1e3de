import { describe, expect, it } from 'vitest';
import { intentSaid } from '../../src/core/suggest/intent-words';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
const intentIn = (sentence: string) => intentSaid((words) => words.test(sentence));

/** One vocabulary of intent for poisonings (I.C.19.e.5.b) and injuries (I.C.20.i); none documented is accidental. */
describe('intentSaid', () => {
  it.each([
    ['Self-inflicted stab wound.', 'self-harm'],
    ['Intentional overdose of paracetamol.', 'self-harm'],
    ['Unintentional overdose of paracetamol.', 'accidental'],
    ['He was assaulted with a knife.', 'assault'],
    ['She was intentionally poisoned with arsenic by her husband.', 'assault'],
    ['Gunshot wound, undetermined intent.', 'undetermined'],
    // From ../shared/eval/charts-codiesp-dev.jsonl: an amount not known is no intent.
    ['Self-poisoning with a large undetermined amount of tramadol.', 'self-harm'],
    ['Fall from a ladder.', 'accidental'],
  ])('"%s" -> %s', (sentence, intent) => {
    expect(intentIn(sentence)).toBe(intent);
  });
});

describe('the same words for injuries and poisonings through SuggestionEngine.suggest', () => {
  it.each([
    ['Self-inflicted stab wound of the abdomen.', 'X789XXA'],
    ['He was assaulted with a knife and had a laceration of the left forearm.', 'X991XXA'],
    ['Gunshot wound of the chest, undetermined intent.', 'Y249XXA'],
    ['Intentional overdose of amitriptyline.', 'T43012A'],
    ['Paracetamol overdose, intent undetermined.', 'T391X4A'],
    ['She was intentionally poisoned with arsenic by her husband.', 'T570X3A'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('reads a self-harm the sentence denies as no intent for an injury too', async () => {
    expect(await suggest('Stab wound of the abdomen; he denies self-inflicted injury.')).not.toContain('X789XXA');
  });
});
