import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Drugs in a chart: a poisoning or adverse effect said with the drug (Table of Drugs), a drug of abuse used or depended on. */
describe('drugs through SuggestionEngine.suggest', () => {
  it.each([
    ['Poisoning by aspirin.', 'T39011A'],
    ['Aspirin overdose.', 'T39011A'],
    ['Overdose of heroin.', 'T401X1A'],
    ['He took an overdose of benzodiazepines.', 'T424X1A'],
    ['Adverse effect of lidocaine.', 'T413X5A'],
    ['Cocaine poisoning.', 'T405X1A'],
  ])('"%s" -> %s, from the Table of Drugs with the accidental intent or the adverse effect', async (text, code) => {
    const codes = await suggest(text);
    expect(codes).toContain(code);
    expect(codes).not.toContain('Z7982'); // not the long-term use of aspirin the drug's name alone would be
  });

  // Names the Table of Drugs does not list, read as their class's row (drug-synonyms.ts).
  it.each([
    ['Sertraline overdose with suicidal intent.', 'T43222A'],
    ['Adverse effect of sertraline.', 'T43225A'],
    ['Duloxetine overdose.', 'T43211A'],
    ['Apixaban overdose.', 'T45511A'],
    ['Atorvastatin overdose.', 'T466X1A'],
    ['Beta blocker overdose.', 'T447X1A'],
    ['ACE inhibitor overdose.', 'T464X1A'],
  ])('"%s" -> %s, the drug read by its class', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('reads a drug of a class named alone as no poisoning', async () => {
    expect((await suggest('He takes sertraline 50 mg daily.')).filter((c) => c.startsWith('T'))).toEqual([]);
  });

  it('reads a drug named alone as its use, not its poisoning: the Tabular lists cocaine (topical) under T41.3', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const codes = await suggest('The epidemiological history referred to inhaled cocaine, marijuana and smoking.');
    expect(codes).toEqual(expect.arrayContaining(['F1490', 'F1290']));
    expect(codes.filter((c) => c.startsWith('T'))).toEqual([]);
  });

  it("reads 'due to' as implied, like 'with': MRSA pneumonia is pneumonia due to MRSA (J15.212)", async () => {
    expect(await suggest('MRSA pneumonia.')).toContain('J15212');
  });

  it("reads a code status order as itself: 'Do not resuscitate' is Z66, not a denial", async () => {
    expect(await suggest('Do not resuscitate.')).toContain('Z66');
  });

  it('reads diabetes of no stated type as type 2, from inclusion terms too (Guidelines I.C.4.a.2)', async () => {
    expect(await suggest('Diabetic gastroparesis.')).toContain('E1143');
    expect(await suggest('Diabetic gastroparesis.')).not.toContain('E1343');
  });

  it("reads an allergic or adverse reaction to a drug as the drug's adverse effect", async () => {
    const codes = await suggest('Allergic reaction to penicillin.');
    expect(codes).toContain('T360X5A');
    expect(codes).not.toContain('T7840XA');
  });

  it('reads addiction as dependence (Index: Addiction - see Dependence)', async () => {
    expect(await suggest('Heroin addict.')).toContain('F1120');
    expect(await suggest('Cocaine addiction.')).toContain('F1420');
  });
});
