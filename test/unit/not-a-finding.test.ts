import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOT_A_FINDING, NOT_A_FINDING_PHRASES, NOT_A_FINDING_WORDS } from '../../src/core/suggest/not-a-finding';
import { notAFindingSpans, phraseText, phraseWords } from '../../src/core/suggest/not-a-finding-spans';
import { codesOf, realEngine } from './engine-fixture';
import { alternativesOf } from './pattern-alternatives';
import { readNote } from './us-note-fixture';

const engine = await realEngine();
const coded = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Words that name something other than the finding they spell (NOT_A_FINDING, NOT_A_FINDING_ALONE). */
describe('words read in another sense', () => {
  it("reads 'AF' beside an eye or among liver enzymes as no atrial fibrillation, and keeps it in a history list", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('OI AF revealed a curious image, as the pattern dystrophy appeared.')).not.toContain('I4891');
    expect(await coded('Gastrointestinal symptoms observed in analytical control elevation of GGT and AF.')).not.toContain('I4891');
    expect(await coded('Obesity, hypertension, type 2 diabetes mellitus, ischemic heart disease, AF, chronic obstructive pulmonary disease.')).toContain('I4891');
  });

  it("reads heterotopic gastric mucosa as the tissue of a Meckel's diverticulum, not a gastric diverticulum", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const codes = await coded("Pathology reported Meckel's diverticulum with heterotopic gastric mucosa.");
    expect(codes).toContain('Q430');
    expect(codes).not.toContain('K314');
  });

  it('reads the anesthesia an operation is done under as no loss of skin sensation, which plantar anesthesia still is', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('Under general anesthesia and using a cutaneous approach, the resection of the hard rounded lesion with a margin of safety in the mandible was performed.')).not.toContain('R200');
    expect(await coded('She required routine care by the podiatrist due to plantar anesthesia, which required strict monitoring of the skin.')).toContain('R200');
  });

  it("reads the Mi-2 antibodies of dermatomyositis as a test, not a myocardial infarction, which 'MI' still is", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('Positive ANA antibodies (1:320) and Mi-1:Mi-2 (1:320) were detected with negative anti-P155/140 antibodies.')).not.toContain('I219');
    expect(await coded('Admitted with an acute MI, taken to the catheterization laboratory.')).toContain('I219');
  });

  it('reads bleeding bone and bleeding on probing as no hemorrhage (R58)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('Clinical examination revealed slight redness of the mucosa adjacent to the implant and a 6 mm deep peri-implant pocket with mild bleeding on probing.')).not.toContain('R58');
    expect(await coded('Resection of 1.5 cm up to bleeding bone, with en bloc excision of the intraoral mucosa and skin.')).not.toContain('R58');
    expect(await coded('In the immediate postoperative period she presented mild bleeding exteriorized by the drainage.')).toContain('R58');
  });

  it('reads a depressed fracture and a depression rating scale as no depression (F32.A), which a history of depression still is', async () => {
    // Written for the test, as US notes word them: the fracture is still read, the scale's score is the provider's to read.
    const fracture = await coded('CT head: depressed fracture of the left parietal bone.');
    expect(fracture).toContain('S020XXA');
    expect(fracture).not.toContain('F32A');
    expect(await coded('Depressed skull fracture.')).not.toContain('F32A');
    expect(await coded('PHQ-9 score 3. Geriatric Depression Scale 2/15.')).not.toContain('F32A');
    expect(await coded('Beck Depression Inventory score was 8.')).not.toContain('F32A');
    expect(await coded('History of depression, on sertraline.')).toContain('F32A');
  });

  it("reads an edematous stroma or appearance as the look of the tissue described, not an edema (R60.9), which swollen legs still are", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await coded('The histopathological study confirmed the presence of intramuscular nests of endometrial glands surrounded by edematous endometrial stroma, without signs of malignancy.')).not.toContain('R609');
    expect(await coded('5 cm length up to 10 cm of the ileocecal valve, with edematous violet appearance.')).not.toContain('R609');
    // Written for the test.
    expect(await coded('Colonoscopy showed edematous and erythematous mucosa.')).not.toContain('R609');
    expect(await coded('Both legs were edematous.')).toContain('R600');
  });

  it("reads boiling water as hot, not a boil (furuncle), which the noun still names", async () => {
    expect(await coded('He was burned with boiling water.')).not.toContain('L0292');
    expect(await coded('Boil on the neck.')).toContain('L0212');
  });
});

describe('the words of the NOT_A_FINDING phrases', () => {
  it('names a word of every phrase, so that a sentence without them is rightly spared the search', () => {
    // NOT_A_FINDING is \b(?:phrase|phrase|...): each phrase's pattern must hold one of the words (here as text of its
    // source: 'tumou?r markers?' holds 'tumo'), which a new phrase with words of its own would not.
    const inner = NOT_A_FINDING.source.slice('\\b(?:'.length, -1);
    const phrases = alternativesOf(inner);
    expect(phrases.length).toBeGreaterThan(50);
    // The groups' own brackets are no text of a phrase: only an escaped bracket ('eyes (OU)') is.
    expect(phrases.filter((phrase) => !NOT_A_FINDING_WORDS.test(phraseText(phrase)))).toEqual([]);
    // And the phrases of the tests above are still found: 'OI AF', 'heterotopic gastric mucosa'.
    expect(NOT_A_FINDING_WORDS.test('OI AF revealed a curious image')).toBe(true);
    expect(NOT_A_FINDING_WORDS.test("Meckel's diverticulum with heterotopic gastric mucosa")).toBe(true);
    expect(NOT_A_FINDING_WORDS.test('Type 2 diabetes mellitus with hyperglycemia.')).toBe(false);
  });

  it('finds in a sentence the phrases the whole pattern finds, searching only those whose words it holds', () => {
    // notAFindingSpans splits the words' list at its bars: it must stay a plain list of words.
    expect(alternativesOf(NOT_A_FINDING_WORDS.source)).toEqual(NOT_A_FINDING_WORDS.source.split('|'));
    // Sentences of ../shared/eval/charts-codiesp-dev.jsonl, one written here with two phrases among other phrases' words
    // ('tumor', '(') and one holding no word of any.
    const sentences = [
      'Abdomen blade, depressible, without masses or enlargement.',
      'Usual tumor markers (CA 125, CA 15-3, CA19-9, glycoprotein and alpha-blocker antigen) were normal.',
      'Visual acuity without correction with the RE was 1 and with the left eye (LE) was 1.',
      'The first surgical maneuver was a cervicotomy to ligate the left external carotid artery in order to minimize intraoperative bleeding.',
      'The use of bipolar electrocoagulation was then recommended.',
      'painful submandibular lymphadenopathy, erythematous pharynx with exudate.',
      'A tumor of the left kidney (4 cm) with areas of necrosis and hemorrhage, fed by a bleeding vessel.',
      'Type 2 diabetes mellitus with hyperglycemia.',
    ];
    const spans = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0]]);
    for (const sentence of sentences) expect(spans(notAFindingSpans(sentence))).toEqual(spans(sentence.matchAll(NOT_A_FINDING)));
    expect(spans(notAFindingSpans(sentences[6]!))).toEqual([[39, 'areas of necrosis and hemorrhage'], [82, 'bleeding vessel']]);
  });

  it("gives each phrase the words each word's own case-blind pattern finds in its text, plain words found as text", () => {
    const words = NOT_A_FINDING_WORDS.source.split('|');
    const byPattern = NOT_A_FINDING_PHRASES.map((phrase) => {
      const found = words.flatMap((word, k) => (new RegExp(word, 'i').test(phraseText(phrase.source)) ? [k] : []));
      return found.length > 0 ? found : undefined;
    });
    expect(NOT_A_FINDING_PHRASES.map(phraseWords)).toEqual(byPattern);
    // 'areas of necrosis' holds 'necro'; 'OI AF' holds 'af' by its pattern (af\b), not a plain word.
    const named = (phrase: RegExp) => phraseWords(phrase)?.map((k) => words[k]);
    expect(named(/areas of necrosis and (?:hemorrhage|haemorrhage)/)).toEqual(['necro', 'ha?emorrh']);
    expect(named(/OI AF/)).toEqual(['af\\b']);
  });

  it('searching each phrase alone finds what the alternation finds in every line of the US notes', () => {
    // Each phrase's pattern is searched alone and the leftmost match kept, the first phrase in order at a tie: lines
    // where several phrases match ('bleeding', 'blood loss', 'wound'...) must give the alternation's spans exactly.
    const dir = new URL('../fixtures/charts/', import.meta.url);
    const lines = readdirSync(dir).filter((f) => f.startsWith('us-')).flatMap((f) => readNote(f).split('\n'));
    const spans = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0]]);
    let found = 0;
    for (const line of lines) {
      const own = spans(notAFindingSpans(line));
      expect(own).toEqual(spans(line.matchAll(NOT_A_FINDING)));
      found += own.length;
    }
    expect(found).toBeGreaterThan(20);
  });
});
