import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** The intent of a poisoning, read from its sentence (Guidelines I.C.19.e.5.b); none documented is accidental. */
describe('poisoning intent through SuggestionEngine.suggest', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl: the 'undetermined amount' is no undetermined intent.
    ['Self-poisoning with a large undetermined amount of tramadol, benzodiazepines, alcohol and cocaine.', ['T40422A']],
    ['Self-poisoning with tramadol, benzodiazepines and cocaine.', ['T40422A', 'T424X2A', 'T405X2A']],
    ['Suicide attempt with an overdose of paracetamol.', ['T391X2A']],
    ['Intentional overdose of amitriptyline.', ['T43012A']],
    ['Poisoning by fentanyl, assault.', ['T40413A']],
    // The source named gives its row (Table of Drugs: Carbon monoxide, from motor vehicle exhaust T58.0-).
    ['Carbon monoxide poisoning from a car exhaust, intent undetermined.', ['T5804XA']],
    ['Poisoning by antirheumatics, not elsewhere classified, intentional self-harm, initial encounter.', ['T394X2A']],
  ])('"%s" -> %s', async (text, wanted) => {
    expect(await suggest(text)).toEqual(expect.arrayContaining(wanted));
  });

  it('keeps the accidental column where no intent is documented, or where it is denied', async () => {
    expect(await suggest('Paracetamol overdose.')).toContain('T391X1A');
    expect(await suggest('Unintentional overdose of paracetamol.')).toContain('T391X1A');
    expect(await suggest('Paracetamol overdose, she denies suicidal intent.')).toContain('T391X1A');
  });

  it("drops the suicide attempt of no stated injury (T14.91) beside the self-harm poisoning: 'Suicide, attempt, by poisoning - see Table of Drugs'", async () => {
    expect(await suggest('Suicide attempt with an overdose of paracetamol.')).not.toContain('T1491XA');
  });
});

/** 'Toxicity - see Table of Drugs': a correctly prescribed drug's toxicity is its adverse effect; an overdose's, poisoning. */
describe('drug toxicity through SuggestionEngine.suggest', () => {
  it.each([
    ['Digoxin toxicity.', 'T460X5A'],
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    ['The diagnosis of vigabatrin toxicity was established and referred to the neurology service.', 'T426X5A'],
    ['Digoxin toxicity after she took a double dose in error.', 'T460X1A'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('reads no code from a toxicity of no named drug, nor from one listed beside a drug', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await suggest('After two cycles, treatment is discontinued due to poor response and high toxicity.')).toEqual([]);
    const codes = await suggest('Complications: diabetes mellitus requiring insulin administration and toxicity by anticalcineurinics.');
    expect(codes.filter((c) => c.startsWith('T'))).toEqual([]);
  });

  it('lists the adverse effect after the condition it caused (Guidelines I.C.19.e.5.a)', async () => {
    const codes = await suggest('Hypoglycemia due to an adverse reaction to insulin.');
    expect(codes.indexOf('T383X5A')).toBeGreaterThan(codes.indexOf('E162'));
  });
});

/** Underdosing (Guidelines I.C.19.e.5.c): the sixth character 6, never first-listed. */
describe('underdosing through SuggestionEngine.suggest', () => {
  it.each([
    ['Underdosing of insulin.', 'T383X6A'],
    ['Heart failure exacerbation from underdosing of furosemide.', 'T501X6A'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('lists the underdosing after the condition the drug treats', async () => {
    const codes = await suggest('Breakthrough seizures due to underdosing of phenytoin.');
    expect(codes.indexOf('T420X6A')).toBeGreaterThan(codes.indexOf('R569'));
    expect(codes).not.toContain('T420X1A');
  });
});

describe('accidental ingestion through SuggestionEngine.suggest', () => {
  it("reads an accidental ingestion of a drug as its poisoning (Index: Ingestion, drug, overdose or wrong substance taken)", async () => {
    expect(await suggest('Accidental ingestion of dextromethorphan.')).toContain('T483X1A');
  });
});
