import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { pcsCodesOf as pcsOf, realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US notes of general surgery and gastroenterology, written for the tests in the words such notes use: a laparoscopic
 * cholecystectomy operative report, an upper GI bleed admission with its EGD, a screening colonoscopy with
 * polypectomy, a discharge summary of an adhesive small bowel obstruction and a mesh repair of a recurrent inguinal
 * hernia. Each checks what a coder would submit.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);

describe('a US laparoscopic cholecystectomy operative report', () => {
  it('codes the acute calculous cholecystitis once, first, with the cholecystectomy', async () => {
    const { codes, pcs } = await suggest('us-lap-cholecystectomy.txt', 'inpatient');
    expect(codes[0]).toBe('K8000');
    for (const code of ['K219', 'I10', 'E669', 'Z6834']) expect(codes, code).toContain(code);
    expect(pcs).toContain('0FT44ZZ');
  });

  it("reads the findings' 'multiple stones' as the stones of K80.00, not a second calculus without cholecystitis", async () => {
    const { codes } = await suggest('us-lap-cholecystectomy.txt', 'inpatient');
    expect(codes.filter((c) => c.startsWith('K802'))).toEqual([]);
  });

  it("does not read 'pneumoperitoneum established' (the laparoscopy's insufflation) as free air, K66.8", async () => {
    const { codes } = await suggest('us-lap-cholecystectomy.txt', 'inpatient');
    expect(codes).not.toContain('K668');
  });

  it('asks about the fever and the right upper quadrant pain beside the acute cholecystitis', async () => {
    const { integral } = await suggest('us-lap-cholecystectomy.txt', 'inpatient');
    expect(integral('R509')).toContain('K8000');
    expect(integral('R1011')).toContain('K8000');
  });
});

describe('a US upper GI bleed admission with EGD', () => {
  it('codes the duodenal ulcer with hemorrhage first: the melena and the GI bleed are its bleeding', async () => {
    const { codes } = await suggest('us-gi-bleed-admission.txt', 'inpatient');
    expect(codes[0]).toBe('K260');
    for (const code of ['D62', 'I480', 'I129', 'N1831', 'I2510', 'B9681', 'Z955']) expect(codes, code).toContain(code);
    for (const code of ['K263', 'K264', 'K921', 'K920', 'K922']) expect(codes, code).not.toContain(code);
  });

  it("codes the anticoagulant the history says he takes ('h/o atrial fibrillation on apixaban'), though the plan holds it", async () => {
    const { codes } = await suggest('us-gi-bleed-admission.txt', 'inpatient');
    expect(codes).toContain('Z7901');
  });

  it("codes the EGD's 'Gastritis' and the pathology's 'chronic active gastritis' once, as chronic gastritis with its H. pylori", async () => {
    const { codes } = await suggest('us-gi-bleed-admission.txt', 'inpatient');
    expect(codes).toEqual(expect.arrayContaining(['K2950', 'B9681']));
    expect(codes).not.toContain('K2970');
  });

  it('codes the endoscopic control of bleeding, the gastric biopsy and the transfusion', async () => {
    const { pcs } = await suggest('us-gi-bleed-admission.txt', 'inpatient');
    for (const code of ['0W3P8ZZ', '0DB68ZX', '30233N1']) expect(pcs, code).toContain(code);
  });

  it("does not read the endoscopist's 'gastric antrum erythematous' as a skin condition (L53.9)", async () => {
    const { codes } = await suggest('us-gi-bleed-admission.txt', 'inpatient');
    expect(codes).not.toContain('L539');
  });
});

describe('a US screening colonoscopy report, outpatient', () => {
  it("lists the screening first (the 'Indication:'), the findings after it", async () => {
    const { codes } = await suggest('us-screening-colonoscopy.txt', 'outpatient');
    expect(codes[0]).toBe('Z1211');
    for (const code of ['K5730', 'Z800']) expect(codes, code).toContain(code);
  });

  it("codes 'grade I internal hemorrhoids' as first degree hemorrhoids, K64.0, not other or unspecified hemorrhoids", async () => {
    const { codes } = await suggest('us-screening-colonoscopy.txt', 'outpatient');
    expect(codes).toContain('K640');
    expect(codes.filter((c) => c === 'K648' || c === 'K649')).toEqual([]);
  });
});

describe('a US screening colonoscopy report, inpatient ICD-10-PCS', () => {
  it("codes each polyp's removal by its colon segment through the scope, not the colonoscopy the report is named for (B3.11a)", async () => {
    // 'Sigmoid colon polyps x 2, removed by snare polypectomy' (0DBN8ZZ); 'polyp in the ascending colon removed with cold
    // biopsy forceps' is a polypectomy, not a biopsy (0DBK8ZZ); 'Repeat colonoscopy in 5 years' is a plan.
    expect((await suggest('us-screening-colonoscopy.txt', 'inpatient')).pcs.sort()).toEqual(['0DBK8ZZ', '0DBN8ZZ']);
    expect(await pcsOf('Repeat colonoscopy in 5 years.')).toEqual([]);
    expect(await pcsOf('Colonoscopy with biopsies of the sigmoid colon.')).toEqual(['0DBN8ZX']);
  });
});

describe('a US discharge summary of an adhesive small bowel obstruction', () => {
  it('codes the adhesions with complete obstruction (K56.52) first, once', async () => {
    const { codes } = await suggest('us-sbo-discharge.txt', 'inpatient');
    expect(codes[0]).toBe('K5652');
    for (const code of ['K56609', 'K56601', 'K5650', 'K660']) expect(codes, code).not.toContain(code);
  });

  it('codes the secondary conditions, the history and the status after colectomy', async () => {
    const { codes } = await suggest('us-sbo-discharge.txt', 'inpatient');
    for (const code of ['E876', 'N179', 'E860', 'E785', 'E119', 'Z7984', 'Z87891', 'Z9049']) expect(codes, code).toContain(code);
  });

  it("asks about the obstipation, the vomiting and the dilated loops beside the obstruction", async () => {
    const { integral } = await suggest('us-sbo-discharge.txt', 'inpatient');
    for (const code of ['K5900', 'R112', 'K5989']) expect(integral(code), code).toContain('K5652');
  });
});

describe('a US operative report of a recurrent inguinal hernia repaired with mesh', () => {
  it('codes the recurrent unilateral hernia once (K40.91): not also not-specified-as-recurrent, nor a hernia of no site', async () => {
    const { codes } = await suggest('us-inguinal-hernia-repair.txt', 'inpatient');
    expect(codes[0]).toBe('K4091');
    for (const code of ['K4090', 'K469']) expect(codes, code).not.toContain(code);
    for (const code of ['J449', 'N400', 'I10']) expect(codes, code).toContain(code);
  });

  it('codes the mesh repair as a Supplement of the right inguinal region with synthetic substitute, not a Repair', async () => {
    const { pcs } = await suggest('us-inguinal-hernia-repair.txt', 'inpatient');
    expect(pcs).toContain('0YU50JZ');
    expect(pcs).not.toContain('0YQ50ZZ');
  });
});

describe('operative phrasing of abdominal surgery', () => {
  const pcsOf = async (text: string) =>
    (await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code);

  it('codes the exploratory laparotomy that went on to an operation as that operation only (PCS B3.11a)', async () => {
    expect(await pcsOf('HD 3: taken to OR for exploratory laparotomy with lysis of small bowel adhesions.')).toEqual(['0DN80ZZ']);
    expect(await pcsOf('Exploratory laparotomy, right hemicolectomy with primary anastomosis.')).not.toContain('0WJG0ZZ');
  });

  it('keeps the exploratory laparotomy that found nothing to operate on', async () => {
    expect(await pcsOf('Exploratory laparotomy: no abnormality found, abdomen closed.')).toContain('0WJG0ZZ');
  });

  it('reads a laparotomy named alone as the inspection it was, unless the chart tells an operation done through it', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await pcsOf('Laparotomy was performed, and no other lesions were found.')).toEqual(['0WJG0ZZ']);
    expect(await pcsOf('A diagnostic laparotomy under general anesthesia was performed.')).toEqual(['0WJG0ZZ']);
    expect(await pcsOf('Midline laparotomy was performed. The sigmoid colon was resected with primary anastomosis.')).toEqual(['0DTN0ZZ']);
    expect(await pcsOf('Emergency surgery was performed, performing a midline laparotomy with primary suture of the descending colon.')).not.toContain('0WJG0ZZ');
    expect(await pcsOf('Laparotomy and biopsy were performed. The pathological study showed lymphoma.')).not.toContain('0WJG0ZZ');
    expect(await pcsOf('During the autopsy, a supraumbilical midline laparotomy scar was evident.')).toEqual([]);
  });
});

describe('a US laparoscopic appendectomy note', () => {
  it('codes the perforated gangrenous appendicitis with its abscess once, K35.33', async () => {
    const { codes, pcs } = await suggest('us-appendectomy-note.txt', 'inpatient');
    expect(codes[0]).toBe('K3533');
    for (const code of ['K3532', 'K3580']) expect(codes, code).not.toContain(code);
    expect(pcs).toContain('0DTJ4ZZ');
  });

  it('asks about the pain, the anorexia and the fever beside the appendicitis', async () => {
    const { integral } = await suggest('us-appendectomy-note.txt', 'inpatient');
    for (const code of ['R1033', 'R630', 'R509']) expect(integral(code), code).toContain('K3533');
  });
});

describe('a US admission for acute alcoholic pancreatitis', () => {
  it("codes 'acute alcoholic pancreatitis' as alcohol induced (K85.20) with the alcohol dependence", async () => {
    const { codes } = await suggest('us-pancreatitis-admission.txt', 'inpatient');
    expect(codes[0]).toBe('K8520');
    for (const code of ['F1020', 'E876', 'E8342', 'D696', 'F17210']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('K8590');
  });

  it("does not read the plan's 'pain control' as a pain of no site (R52)", async () => {
    const { codes } = await suggest('us-pancreatitis-admission.txt', 'inpatient');
    expect(codes).not.toContain('R52');
  });

  it("does not read the CT's 'interstitial edematous pancreatitis' as an edema of its own (R60.9)", async () => {
    const { codes } = await suggest('us-pancreatitis-admission.txt', 'inpatient');
    expect(codes).not.toContain('R609');
  });
});

describe('colectomy and polypectomy phrasing', () => {
  const codesOf = async (text: string) => {
    const { suggestions } = await engine.suggest(text, { setting: 'inpatient' });
    return { cm: suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code), pcs: suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code) };
  };

  it('codes a sigmoid colectomy and a Hartmann procedure as Resection of the sigmoid colon, by their approach', async () => {
    expect((await codesOf('Procedure: Laparoscopic sigmoid colectomy with primary anastomosis for recurrent sigmoid diverticulitis.')).pcs).toContain('0DTN4ZZ');
    expect((await codesOf('Procedure: Hartmann procedure for perforated sigmoid diverticulitis with purulent peritonitis.')).pcs).toContain('0DTN0ZZ');
  });

  it("codes 'perforated sigmoid diverticulitis' once, at the large intestine (K57.20), not also at a part unspecified (K57.80)", async () => {
    const { cm } = await codesOf('Procedure: Hartmann procedure for perforated sigmoid diverticulitis with purulent peritonitis.');
    expect(cm).toContain('K5720');
    expect(cm).not.toContain('K5780');
  });

  it('codes a colonoscopic polypectomy as an Excision of the segment the polyp sat in, not of the whole large intestine', async () => {
    const { pcs } = await codesOf('Procedure: Colonoscopy with polypectomy of a 15 mm transverse colon polyp (hot snare).');
    expect(pcs).toContain('0DBL8ZZ');
    expect(pcs).not.toContain('0DBE8ZZ');
  });
});

describe('ulcers and gastritis a note ties to an NSAID', () => {
  const cmOf = async (text: string) =>
    (await engine.suggest(text, { setting: 'inpatient' })).suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code);

  it("adds the NSAID's adverse effect after the ulcer it caused, by the drug's row of the Table of Drugs", async () => {
    expect(await cmOf('Diagnosis: NSAID-induced gastric ulcer with hemorrhage.')).toEqual(expect.arrayContaining(['K254', 'T39395A']));
    const ibuprofen = await cmOf('Bleeding gastric ulcer secondary to ibuprofen use.');
    expect(ibuprofen).toEqual(expect.arrayContaining(['K254', 'T39315A']));
    expect(ibuprofen).not.toContain('T39395A');
    expect(await cmOf('Erosive gastritis due to aspirin.')).toContain('T39015A');
  });

  it('adds none for an NSAID only taken', async () => {
    const codes = await cmOf('Gastric ulcer. Takes ibuprofen for knee pain.');
    expect(codes.filter((c) => c.startsWith('T39'))).toEqual([]);
  });
});

describe('esophageal varices of a liver disease, banded', () => {
  it('codes the varices in cirrhosis as secondary (I85.11), after the cirrhosis, with the endoscopic banding', async () => {
    const { suggestions } = await engine.suggest(
      'Impression: Large esophageal varices with stigmata of recent bleeding in a patient with alcoholic cirrhosis.\nProcedure: EGD with esophageal variceal band ligation, 4 bands placed.',
      { setting: 'inpatient' },
    );
    const cm = suggestions.filter((s) => s.set === 'icd10cm').map((s) => s.code);
    expect(cm).toEqual(expect.arrayContaining(['K7030', 'I8511']));
    expect(cm.filter((c) => c.startsWith('I850'))).toEqual([]);
    expect(suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code)).toContain('06L38CZ');
  });

  it('keeps primary varices (I85.00) where no liver disease or portal hypertension is said', async () => {
    const { suggestions } = await engine.suggest('EGD: small esophageal varices without bleeding.', { setting: 'inpatient' });
    expect(suggestions.map((s) => s.code)).toContain('I8500');
  });
});

describe('counseling whose subject is its problem-list line', () => {
  it("codes 'Tobacco use: ... Counseled on cessation.' as tobacco abuse counseling (Z71.6), not unspecified counseling", async () => {
    const { codes } = await suggest('us-pancreatitis-admission.txt', 'inpatient');
    expect(codes).toContain('Z716');
    expect(codes).not.toContain('Z719');
  });
});

describe('an alcoholic chronic pancreatitis in the history', () => {
  it("codes it as the alcohol-induced chronic pancreatitis (K86.0), not the acute K85.20 nor 'other chronic' K86.1", async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const text = 'His personal history included alcoholic chronic pancreatitis, non-insulin dependent diabetes mellitus and smoking.';
    const codes = (await engine.suggest(text, { setting: 'inpatient' })).suggestions.map((s) => s.code);
    expect(codes).toContain('K860');
    for (const code of ['K8520', 'K861']) expect(codes, code).not.toContain(code);
  });
});
