import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => {
  const r = await engine.suggest(text, { setting: 'inpatient' });
  return { codes: codesOf(r.suggestions), aside: codesOf(r.setAside) };
};

/** Tobacco as charts tell it: the Index reads 'Smoker' as nicotine dependence (F17.2-), one that stopped as Z87.891. */
describe('tobacco use through SuggestionEngine.suggest', () => {
  it('reads smoking in a history list as nicotine dependence', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect((await suggest('His personal history included alcoholic chronic pancreatitis, non-insulin dependent diabetes mellitus, smoking and percutaneous derivation.')).codes).toContain('F17200');
  });

  it('codes smoking that stopped as its history (Z87.891), not as current dependence', async () => {
    for (const text of ['He quit smoking 10 years ago.', 'History of smoking.', 'Former smoker.']) {
      const r = await suggest(text);
      expect(r.codes, text).toContain('Z87891');
      expect(r.codes.filter((c) => c.startsWith('F17')), text).toEqual([]);
    }
  });

  it("reads what follows 'no relevant medical history' as told, not denied", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect((await suggest('A 57-year-old female patient, with no relevant medical history, ex-smoker for 15 years, was referred.')).codes).toContain('Z87891');
    expect((await suggest('No past medical history of diabetes.')).codes).not.toContain('E119');
  });

  it('keeps a habit told in the background of a case as current', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl; a pack-year is of cigarettes (F17.210).
    expect((await suggest('A 57-year-old male with a history of COPD, a 15 pack-year smoker and a moderate drinker.')).codes).toContain('F17210');
    expect((await suggest('The patient had a history of smoking 20 cigarettes a day, and cyst excision in both breasts.')).codes).toContain('F17210');
  });

  it('reads the product named in the smoker\'s clause, beyond the phrase: cigarettes (F17.210), an e-cigarette (F17.290)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: the cigarettes stand too far from 'smoker' for the phrase to take.
    const cigarettes = (await suggest('This is a 62-year-old man, partially edentulous and without prosthesis, smoker since he was 12 years old (20 cigarettes a day).')).codes;
    expect(cigarettes).toContain('F17210');
    expect(cigarettes).not.toContain('F17200');
    // Written for the test: vaping nicotine is another tobacco product, though its words hold 'cigarette'.
    expect((await suggest('Smoker for 10 years, now of electronic cigarettes only.')).codes).toContain('F17290');
    expect((await suggest('Active smoker with COPD.')).codes).toContain('F17200');
  });

  it('reads cigars and a pipe as another tobacco product (F17.290), not the unspecified one', async () => {
    // Written for the test: 'Dependence, drug, nicotine, specified product NEC F17.290'.
    for (const text of ['Cigar smoker for 30 years.', 'He smokes 3 cigars a day.', 'Pipe smoker.']) {
      const codes = (await suggest(text)).codes;
      expect(codes, text).toContain('F17290');
      expect(codes, text).not.toContain('F17200');
    }
  });

  it("reads tobacco abuse or dependence as nicotine dependence (F17.200), and a past one as its history", async () => {
    // Written for the test: 'Abuse, tobacco - see Dependence, drug, nicotine'.
    for (const text of ['Tobacco abuse.', 'Tobacco dependence.', 'Tobacco use disorder.']) expect((await suggest(text)).codes, text).toContain('F17200');
    const quit = (await suggest('History of tobacco abuse, quit 10 years ago.')).codes;
    expect(quit).toContain('Z87891');
    expect(quit).not.toContain('F17200');
  });

  it('gives nothing for a non-smoker, a denial, or a form answered no', async () => {
    for (const text of ['Non-smoker.', 'Denies smoking.', 'Smoking: no.', 'Tobacco use: Never']) {
      expect((await suggest(text)).codes.filter((c) => /^(F17|Z87891)/.test(c)), text).toEqual([]);
    }
    expect((await suggest('Smoking: no.')).aside).toContain('F17200');
  });

  it('reads passive smoking as exposure, and a label answered with more than no as the finding', async () => {
    expect((await suggest('Passive smoking at home.')).codes).not.toContain('F17200');
    expect((await suggest('Diabetes: no complications.')).codes).toContain('E119');
  });
});
