import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

// Sentences from ../shared/eval/charts-codiesp-dev.jsonl (urology and nephrology case reports), some shortened.
describe('reading kidney and urinary findings', () => {
  it("reads 'CRF' as chronic renal failure (N18.9), linked to the hypertension beside it (I12.9)", async () => {
    expect(await suggested('An 80-year-old woman with hypertension, CRF and hypothyroidism.')).toEqual(expect.arrayContaining(['I129', 'N189']));
  });

  it("takes a word said twice from its own list item: 'chronic renal failure, chronic atrial fibrillation'", async () => {
    const codes = await suggested('A male with a history of hypertension, mild chronic renal failure, chronic atrial fibrillation, deficit in type III.');
    expect(codes).toEqual(expect.arrayContaining(['I129', 'N189', 'I4820']));
    expect(codes).not.toContain('N19');
  });

  it("reads 'pyelic' as the renal pelvis and 'intravesical' as the bladder's", async () => {
    expect(await suggested('Ultrasound showed left pyelic ectasia.')).toContain('N2889');
    expect(await suggested('Abdominal ultrasound showed a nodular intravesical lesion, which was referred for urology consultation.')).toContain('N3289');
  });

  it('codes a glomerular syndrome with the morphology the biopsy names (N04.1), one code', async () => {
    const codes = await suggested('Renal biopsy showed focal segmental glomerulosclerosis. She had nephrotic syndrome.');
    expect(codes).toContain('N041');
    expect(codes.filter((c) => c === 'N049' || c === 'N051')).toEqual([]);
    expect(await suggested('Renal biopsy showed crescentic glomerulonephritis (rapidly progressive).')).toContain('N017');
    expect(await suggested('Renal biopsy showed membranous glomerulonephritis with nephrotic syndrome.')).toContain('N0420');
  });

  it("keeps the chronic renal failure (N18.9) that N28.9's Excludes1 sends elsewhere, beside a worsening renal function", async () => {
    const codes = await suggested('Background: severe multifactorial anemia, chronic renal failure. She presented with macroscopic hematuria, hypotension, fever, renal function worsening.');
    expect(codes).toContain('N189');
    expect(codes).not.toContain('N289');
  });

  it("reads 'FSGS' as focal segmental glomerulosclerosis (N05.1)", async () => {
    expect(await suggested('A 29-year-old woman diagnosed with CRF secondary to FSGS.')).toEqual(expect.arrayContaining(['N189', 'N051']));
  });

  it("reads a 'stone' as a calculus ('Stone(s) - see Calculus'): N20.1 for the ureter's", async () => {
    expect(await suggested('CT showed a stone in the distal left ureter.')).toContain('N201');
  });

  it('codes a kidney or ureter stone with hydronephrosis as one code, N13.2 (Excludes1 at N20), and leaves pyonephrosis', async () => {
    const codes = await suggested('Ultrasound showed right ureterohydronephrosis due to a 9 mm lithiasis in the distal ureter.');
    expect(codes).toContain('N132');
    expect(codes.filter((c) => /^N20|^N133/.test(c))).toEqual([]);
  });

  it("reads the 'renal collecting system' as the renal pelvis ('Dilatation, kidney (collecting structures) N28.89')", async () => {
    expect(await suggested('CT showed dilatation of the left renal collecting system.')).toContain('N2889');
  });

  it("reads the calyces and the 'excretory pathway' as the kidney's collecting structures (N28.89)", async () => {
    expect(await suggested('Heterogeneous uptake in left kidney with superior calyceal dilatation.')).toContain('N2889');
    expect(await suggested('Ultrasound showed right caliectasis and thinning of the parenchyma.')).toContain('N2889');
    expect(await suggested('Ultrasound showed ectasia of the excretory pathway of the right kidney.')).toContain('N2889');
    expect(await suggested('A cortical cyst in the upper pole without ectasia of the excretory pathway.')).not.toContain('N2889');
  });

  it('codes a ureteral stricture without hydronephrosis N13.5, with it N13.1, and pyohydronephrosis N13.6', async () => {
    expect(await suggested('Retrograde pyelography showed stenosis of the left ureter.')).toContain('N135');
    const withHydronephrosis = await suggested('Ultrasound showed left hydronephrosis secondary to a ureteral stricture.');
    expect(withHydronephrosis).toContain('N131');
    expect(withHydronephrosis).not.toContain('N135');
    expect(await suggested('Right pyohydronephrosis secondary to distal ureteral lithiasis that required percutaneous nephrostomy.')).toContain('N136');
  });

  it('codes an ovarian torsion by its side (N83.51-) and an adnexal one as the ovary with its tube (N83.53)', async () => {
    // Written for the test: no dev chart names a torsion of the ovary.
    expect(await suggested('Laparoscopy confirmed a right ovarian torsion.')).toContain('N83511');
    expect(await suggested('Ultrasound suggested left adnexal torsion.')).toContain('N8353');
    expect(await suggested('Doppler ruled out ovarian torsion.')).not.toContain('N83519');
  });

  it('reads voiding symptoms as the Index words them: weak stream R39.12, unable to void R33.9', async () => {
    expect(await suggested('Lower obstructive urinary symptoms consisting of nocturnal polyuria of 2-3 times, weak urinary jet and post voiding dribbling.')).toContain('R3912');
    expect(await suggested('The patient debuts with urethrorrhagia and impossibility of voiding, reason why he comes to the Emergency Department.')).toContain('R339');
  });

  it("reads a giant renal cyst as a cyst (N28.1), not the 'giant kidney' of Q63.3", async () => {
    const codes = await suggested('The ultrasound showed a lithiasis in the right kidney medium group and a giant renal cyst.');
    expect(codes).toContain('N281');
    expect(codes).not.toContain('Q633');
  });

  it("reads the Spanish notes' renoureteral crisis as renal colic (N23) and nephrogenic anemia as D63.1", async () => {
    expect(await suggested('Recurrent renoureteral crisis and asthma.')).toContain('N23');
    expect(await suggested('End stage renal disease of unknown etiology, with nephrogenic anemia treated with erythropoietin.')).toEqual(expect.arrayContaining(['N186', 'D631']));
    expect(await suggested('The analyses showed normocytic normochromic anemia, with renal function within normal parameters.')).not.toContain('D631');
  });
});
