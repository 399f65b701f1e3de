import { describe, expect, it } from 'vitest';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US phrasing of ED injuries, drug-induced conditions, eyelid skin cancers and valve disease, each coded as the Index
 * and Tabular give it.
 */
const engine = await realEngine();

describe('ED dog bite note (us-dog-bite-ed-note.txt)', () => {
  it('codes the bite the exam documents, its cause and the Tdap given; not the chief complaint read across its comma', async () => {
    const { codes } = await codedAs(engine, readNote('us-dog-bite-ed-note.txt'), 'outpatient');
    expect(codes).toEqual(expect.arrayContaining(['S61452A', 'W540XXA', 'Z23']));
    // 'L wrist pain, dog bite' lists the pain and the bite: no bite of the wrist.
    expect(codes).not.toContain('S61552A');
    // The bite's puncture is the open bite's wound, and 'Tetanus status unknown' is an immunization question.
    expect(codes).not.toContain('S61432A');
    expect(codes).not.toContain('A35');
  });

  it("keeps a list of modifiers sharing their head together: 'a distended, hard, diffusely painful abdomen' (dev chart)", async () => {
    const { codes } = await codedAs(engine, 'Physical examination revealed a distended, hard, diffusely painful abdomen with signs of ascites.', 'inpatient');
    expect(codes).toContain('R140');
  });
});

describe('drug-induced conditions', () => {
  it("codes adrenal insufficiency due to prednisone as drug-induced E27.3 with the glucocorticoid's adverse effect", async () => {
    const { codes } = await codedAs(engine, 'Secondary adrenal insufficiency due to chronic prednisone use. Started hydrocortisone.', 'inpatient');
    expect(codes).toEqual(expect.arrayContaining(['E273', 'T380X5A']));
    expect(codes).not.toContain('E2740');
  });

  it('codes urinary retention due to opioids as drug induced R33.0 with the adverse effect', async () => {
    const { codes } = await codedAs(engine, 'Urinary retention due to opioids, straight cath x1.', 'inpatient');
    expect(codes).toEqual(expect.arrayContaining(['R330', 'T402X5A']));
    expect(codes).not.toContain('R339');
    const anticholinergic = await codedAs(engine, 'Urinary retention secondary to anticholinergic medication.', 'inpatient');
    expect(anticholinergic.codes).toEqual(expect.arrayContaining(['R330', 'T443X5A']));
  });

  it("reads a sulfonylurea's hypoglycemia in the row of insulin and oral hypoglycemic drugs (T38.3X5-)", async () => {
    const { codes } = await codedAs(engine, 'Hypoglycemia secondary to glipizide, type 2 DM.', 'inpatient');
    expect(codes).toEqual(expect.arrayContaining(['E11649', 'T383X5A']));
  });

  it("adds insulin's adverse effect to a diabetic's insulin-induced hypoglycemia, not to an overdose or to treatment", async () => {
    const prescribed = await codedAs(engine, 'Type 2 diabetes with insulin-induced hypoglycemia, glucose 42, took his insulin as prescribed but skipped dinner.', 'inpatient');
    expect(prescribed.codes).toEqual(expect.arrayContaining(['E11649', 'T383X5A']));
    const overdose = await codedAs(engine, 'Hypoglycemia due to insulin overdose in type 2 diabetic.', 'inpatient');
    expect(overdose.codes).not.toContain('T383X5A');
    const treated = await codedAs(engine, 'Type 2 diabetes with hyperglycemia, improved after insulin was started.', 'inpatient');
    expect(treated.codes).not.toContain('T383X5A');
  });
});

describe('sites named beside the finding', () => {
  it("codes a Colles fracture 'of the left wrist' as the radius's, not also a carpal bone's", async () => {
    const { codes } = await codedAs(engine, 'ED course: 45 yo F fell on outstretched hand. X-ray shows Colles fracture of the left wrist. Splinted.', 'outpatient');
    expect(codes).toContain('S52532A');
    expect(codes).not.toContain('S62102A');
  });

  it('codes an eyelid skin cancer by side and lid, sebaceous carcinoma as sebaceous cell carcinoma', async () => {
    expect((await codedAs(engine, 'Sebaceous carcinoma of the left upper eyelid.', 'outpatient')).codes).toContain('C441391');
    expect((await codedAs(engine, 'Basal cell carcinoma of the right lower eyelid, s/p Mohs.', 'outpatient')).codes).toContain('C441122');
  });

  it("reads 'aortic valvular disease' as the aortic valve's (I35.9)", async () => {
    expect((await codedAs(engine, 'Aortic valvular disease, followed by cardiology.', 'outpatient')).codes).toContain('I359');
  });
});

describe('the event a denied finding follows', () => {
  it("denies the loss of consciousness, not the fall or the crash after it ('no LOC, after MVC')", async () => {
    const fall = await codedAs(engine, 'Concussion without loss of consciousness after a fall down the stairs.', 'outpatient');
    expect(fall.codes).toEqual(expect.arrayContaining(['S060X0A', 'W109XXA']));
    const crash = await codedAs(engine, 'Mild TBI, no LOC, after MVC. CT head negative.', 'outpatient');
    expect(crash.codes).toEqual(expect.arrayContaining(['S069X0A', 'V892XXA']));
    expect((await codedAs(engine, 'No fever after surgery.', 'outpatient')).codes).not.toContain('R509');
  });
});

describe('a lasting valve disorder in the past medical history', () => {
  it("codes 'PMH: valvular heart disease' as current I38, not an endocarditis that is over", async () => {
    expect((await codedAs(engine, 'PMH: valvular heart disease, HTN.', 'outpatient')).codes).toEqual(expect.arrayContaining(['I38', 'I10']));
    expect((await codedAs(engine, 'PMH: endocarditis 2015, treated with 6 weeks of vancomycin.', 'outpatient')).codes).not.toContain('I38');
  });
});
