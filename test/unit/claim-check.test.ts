import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../src/core/types';
import { realEngine } from './engine-fixture';

const engine = await realEngine();
const check = (...codes: string[]) => engine.checkClaim(codes.map((code) => ({ set: 'icd10cm' as const, code })), {});
const kinds = (prompts: Prompt[]) => prompts.map((p) => p.kind);

describe('checkClaim', () => {
  it('gives one list of prompts per code, in claim order', async () => {
    expect(await check('E11.9', 'I10', 'N39.0')).toHaveLength(3);
  });

  it('flags an Excludes1 pair on both codes (J44.9 with J42), quoting the note and its Tabular List year', async () => {
    const [copd, bronchitis] = await check('J44.9', 'J42');
    const onCopd = copd!.filter((p) => p.kind === 'excludes1');
    expect(onCopd.flatMap((p) => p.codes ?? [])).toContain('J42');
    expect(onCopd[0]?.message).toMatch(/J42 cannot be coded with J44\.9.*chronic bronchitis NOS.*FY\d{4} Tabular List/);
    expect(bronchitis!.filter((p) => p.kind === 'excludes1').flatMap((p) => p.codes ?? [])).toContain('J449');
  });

  it('asks about a symptom listed beside the disease it is routinely part of (Guidelines I.B.5), not about an unrelated one', async () => {
    const [pneumonia, cough, headache] = await check('J18.9', 'R05.9', 'R51.9');
    expect(pneumonia!.filter((p) => p.kind === 'integral')).toEqual([]);
    const onCough = cough!.find((p) => p.kind === 'integral');
    expect(onCough?.codes).toEqual(['J189']);
    expect(onCough?.message).toMatch(/R05\.9 may be part of J18\.9.*I\.B\.5/);
    expect(headache!.filter((p) => p.kind === 'integral')).toEqual([]);
  });

  it('flags a code missing its 7th character (S52.501)', async () => {
    const [prompts] = await check('S52.501');
    expect(prompts!.find((p) => p.kind === 'seventhCharacter')?.message).toMatch(/S52\.501 needs a 7th character/);
  });

  it('flags a code missing its placeholder X (T07A)', async () => {
    const [prompts] = await check('T07A');
    expect(prompts!.find((p) => p.kind === 'seventhCharacter')?.message).toMatch(/placeholder X: T07\.XXXA/);
  });

  it('flags a header as not billable (E11)', async () => {
    const [prompts] = await check('E11');
    expect(prompts!.find((p) => p.kind === 'header')?.message).toMatch(/E11 is a header, not billable/);
  });

  it('says nothing about validity of a complete billable code (S52.501A, E11.9)', async () => {
    for (const [prompts] of [await check('S52.501A'), await check('E11.9')]) {
      expect(kinds(prompts!)).not.toContain('header');
      expect(kinds(prompts!)).not.toContain('seventhCharacter');
    }
  });

  it('flags a manifestation listed before the condition its note says to code first (F02.80 before G30.9)', async () => {
    const [dementia, alzheimer] = await check('F02.80', 'G30.9');
    const sequencing = dementia!.find((p) => p.kind === 'sequencing');
    expect(sequencing?.codes).toEqual(['G309']);
    expect(sequencing?.message).toMatch(/Code first G30\.9: it must come before F02\.80/);
    expect(kinds(alzheimer!)).not.toContain('sequencing');
  });

  it('accepts the code-first order when the condition comes first (G30.9, F02.80; N18.31, D63.1)', async () => {
    const [, dementia] = await check('G30.9', 'F02.80');
    expect(kinds(dementia!)).not.toContain('sequencing');
    const [, anemia] = await check('N18.31', 'D63.1');
    expect(kinds(anemia!)).not.toContain('sequencing');
  });

  it('flags anemia in CKD listed before the CKD stage (D63.1 before N18.31)', async () => {
    const [anemia] = await check('D63.1', 'N18.31');
    expect(anemia!.find((p) => p.kind === 'sequencing')?.codes).toEqual(['N1831']);
  });

  it('prompts a missing "code first" partner (N18.31 alone names I12 and E11.22)', async () => {
    const [ckd] = await check('N18.31');
    const codeFirst = ckd!.filter((p) => p.kind === 'codeFirst').flatMap((p) => p.codes ?? []);
    expect(codeFirst).toEqual(expect.arrayContaining(['I12', 'E1122']));
  });

  it('names a "use additional code" partner already on the list (N39.0 with B96.20)', async () => {
    const [uti] = await check('N39.0', 'B96.20');
    const prompt = uti!.find((p) => p.kind === 'useAdditionalCode');
    expect(prompt?.codes).toEqual(['B9620']);
    expect(prompt?.message).toMatch(/B96\.20 is on the list/);
  });

  it('prompts the "use additional code" range when the partner is missing (N39.0 alone: B95-B97)', async () => {
    const [uti] = await check('N39.0');
    expect(uti!.find((p) => p.kind === 'useAdditionalCode')?.message).toMatch(/B95-B97/);
  });

  it('checks codes typed with or without the dot alike', async () => {
    expect(await check('J449', 'J42')).toEqual(await check('J44.9', 'J42'));
  });
});
