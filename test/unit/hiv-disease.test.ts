import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

// Sentences quoted from ../shared/eval/charts-codiesp-dev.jsonl unless marked as written for the test.
describe('HIV disease (B20) and asymptomatic HIV status (Z21), Guidelines I.C.1.a.2', () => {
  it('reads human immunodeficiency virus spelled out as HIV disease, not an immunodeficiency and an unnamed infection', async () => {
    const found = await codes('A 43-year-old male infected with HCV genotype 1a and human immunodeficiency virus (HIV), with grade F4 hepatic fibrosis (cirrhosis).');
    expect(found).toContain('B20');
    expect(found).not.toContain('D849');
    expect(found).not.toContain('B999');
    expect(found).not.toContain('Z21');
  });

  it('keeps a positive test without an HIV-related condition as status (Z21), seropositive included', async () => {
    expect(await codes('Being HCV positive and HIV positive in treatment with antiretrovirals.')).toContain('Z21');
    const seropositive = await codes('HIV seropositive. CD4+ lymphocytes: 440/mL.'); // written for the test
    expect(seropositive).toContain('Z21');
    expect(seropositive).not.toContain('B20');
  });

  it('codes HIV with a CD4 count under 200 as HIV disease (AIDS, CDC stage 3)', async () => {
    const found = await codes('Anti-HIV antibodies were positive, the viral load was 257,580 copies/ml, CD4 28 cells/μL and CD8 262 cells/μL.');
    expect(found).toContain('B20');
    expect(found).not.toContain('Z21');
  });

  it('codes HIV with an HIV-related condition (pneumocystis pneumonia) as HIV disease', async () => {
    const found = await codes('HIV-positive patient admitted with Pneumocystis jirovecii pneumonia.'); // written for the test
    expect(found).toEqual(expect.arrayContaining(['B20', 'B59']));
    expect(found).not.toContain('Z21');
  });

  it('reads AIDS in capitals as HIV disease, and lower-case aids as no condition', async () => {
    expect(await codes('A 35-year-old man with AIDS and oral candidiasis.')).toContain('B20'); // written for the test
    expect(await codes('Hearing aids were fitted.')).toEqual([]); // written for the test
  });
});
