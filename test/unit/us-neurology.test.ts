import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US neurology notes, written for the tests in the words such notes use: a stroke service discharge summary (tPA at
 * the outside hospital, thrombectomy here), a neurology admission for status epilepticus after a missed antiepileptic,
 * a Parkinson's and migraine clinic follow-up, a neurosurgery admission for a
 * chronic subdural hematoma after a fall, a multiple sclerosis office visit, and short stroke and epilepsy phrasings. Each checks what a coder would submit.
 */
const engine = await realEngine();
const read = readNote;
const suggest = (text: string, setting: Setting) => codedAs(engine, text, setting);
const codesOf = async (text: string, setting: Setting) => (await suggest(text, setting)).codes;

describe('a US stroke service discharge summary', () => {
  const note = read('us-stroke-discharge.txt');

  it('codes the cardioembolic L MCA stroke by artery, side and mechanism, first, with its deficits', async () => {
    const codes = await codesOf(note, 'inpatient');
    expect(codes[0]).toBe('I63412');
    for (const code of ['G8191', 'R4701', 'I480', 'I10', 'E785', 'E119', 'Z7901', 'Z87891']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('I639');
  });

  it("codes the SLP's 'oropharyngeal dysphagia' by its phase (R13.12), not the unspecified dysphagia", async () => {
    const codes = await codesOf(note, 'inpatient');
    expect(codes).toContain('R1312');
    expect(codes).not.toContain('R1310');
  });

  it('codes the thrombectomy of the MCA through the femoral artery as extirpation from the intracranial artery, percutaneous', async () => {
    const { pcs } = await suggest(note, 'inpatient');
    expect(pcs).toContain('03CG3ZZ');
  });

  it("asks about the 'R sided weakness' beside the stroke and its hemiparesis", async () => {
    const { integral } = await suggest(note, 'inpatient');
    expect(integral('R531')).toEqual(expect.arrayContaining(['I63412', 'G8191']));
  });

  it("codes the initial NIHSS score (14 at the outside hospital), not the discharge one (6)", async () => {
    const codes = await codesOf(note, 'inpatient');
    expect(codes).toContain('R29714');
    expect(codes).not.toContain('R29706');
  });
});

describe('tPA at the outside hospital (Z92.82)', () => {
  it('codes the status beside the stroke of a patient transferred after tPA, the CT negation ending at the treatment', async () => {
    expect(await codesOf(read('us-stroke-discharge.txt'), 'inpatient')).toContain('Z9282');
    const codes = await codesOf('Acute L MCA stroke. Taken to outside hospital ED, CT head neg for hemorrhage, given IV alteplase and transferred.', 'inpatient');
    expect(codes).toContain('Z9282');
    expect(codes).not.toContain('R58');
  });

  it('codes no status for tPA given here, nor for tPA without a cerebral infarction', async () => {
    expect(await codesOf('Acute L MCA stroke. Given IV tPA in our ED at 0930.', 'inpatient')).not.toContain('Z9282');
    expect(await codesOf('Pulmonary embolism. Given tPA at the outside hospital before transfer.', 'inpatient')).not.toContain('Z9282');
  });
});

describe('stroke phrasings', () => {
  it('reads a thrombectomy as intracranial only with a brain artery named', async () => {
    expect((await suggest('Acute stroke. Underwent L MCA thrombectomy.', 'inpatient')).pcs).toContain('03CG3ZZ');
    expect((await suggest('Acute limb ischemia. Mechanical thrombectomy of the R femoral artery.', 'inpatient')).pcs).not.toContain('03CG3ZZ');
  });

  it.each([
    ['Acute ischemic stroke, L MCA territory.', 'I63512'],
    ['Embolic stroke of the right middle cerebral artery.', 'I63411'],
    ['Acute CVA due to L ICA occlusion.', 'I63232'],
    ['Thrombotic stroke of the basilar artery.', 'I6302'],
    ['Acute R PCA infarct.', 'I63531'],
    ['Acute embolic infarcts in L MCA territory.', 'I63412'],
  ])("'%s' is %s", async (text, code) => {
    const codes = await codesOf(text, 'inpatient');
    expect(codes).toContain(code);
    expect(codes).not.toContain('I639');
  });

  it("reads an infarct named by its part of the brain as a cerebral infarction ('Cerebellar infarct', 'L thalamic infarct')", async () => {
    expect(await codesOf('Cerebellar infarct.', 'inpatient')).toContain('I639');
    expect(await codesOf('Acute L thalamic infarct.', 'inpatient')).toContain('I639');
    expect(await codesOf('Lacunar infarct of L internal capsule.', 'inpatient')).toContain('I6381');
  });

  it("codes a 'remote CVA' as history, and its residual hemiparesis by the hand the chart names ('L-handed')", async () => {
    const history = await codesOf('Remote stroke.', 'inpatient');
    expect(history).toContain('Z8673');
    expect(history).not.toContain('I639');
    const sequela = await codesOf('Remote CVA with residual L hemiparesis, L-handed.', 'inpatient');
    expect(sequela).toContain('I69352');
    expect(sequela.filter((c) => c.startsWith('I63') || c.startsWith('G81'))).toEqual([]);
  });

  it("reads the dominant hand as US notes write it ('R-handed', 'left hand dominant')", async () => {
    expect(await codesOf('Acute stroke with L hemiparesis. Pt is left hand dominant.', 'inpatient')).toContain('G8192');
    expect(await codesOf('Acute stroke with R hemiparesis. Pt is L-handed.', 'inpatient')).toContain('G8193');
  });

  it('codes no NIHSS score without a cerebral infarction', async () => {
    const codes = await codesOf('Migraine without aura. NIHSS 0 on exam.', 'outpatient');
    expect(codes.filter((c) => c.startsWith('R297'))).toEqual([]);
  });
});

describe('a US neurology admission for status epilepticus', () => {
  const note = read('us-seizure-admission.txt');

  it('codes the intractable focal epilepsy with complex partial seizures in status first, once, then the underdosing and its reason', async () => {
    const codes = await codesOf(note, 'inpatient');
    expect(codes[0]).toBe('G40211');
    for (const code of ['T426X6A', 'Z91120', 'F32A', 'F17210']) expect(codes, code).toContain(code);
    expect(codes.filter((c) => c.startsWith('G40'))).toEqual(['G40211']);
  });

  it("reads levetiracetam as 'Anticonvulsant, specified NEC' (T42.6X-), not an unknown substance's toxic effect", async () => {
    const codes = await codesOf(note, 'inpatient');
    expect(codes).not.toContain('T6591XA');
  });

  it('asks about the postictal somnolence beside the epilepsy', async () => {
    const { integral } = await suggest(note, 'inpatient');
    expect(integral('R400')).toContain('G40211');
  });
});

describe('epilepsy phrasings', () => {
  it.each([
    ['Focal epilepsy, well controlled on lamotrigine.', 'G40109'],
    ['Temporal lobe epilepsy, refractory.', 'G40219'],
    ['Focal epilepsy with impaired awareness seizures.', 'G40209'],
    ['Intractable localization-related symptomatic epilepsy with complex partial seizures, without status epilepticus.', 'G40219'],
  ])("'%s' is %s", async (text, code) => {
    const codes = await codesOf(text, 'outpatient');
    expect(codes).toContain(code);
    expect(codes).not.toContain('G40909');
  });

  it.each([
    ['Underdosing of Keppra.', 'T426X6A'],
    ['Lamotrigine overdose.', 'T426X1A'],
  ])("'%s' is %s", async (text, code) => {
    expect(await codesOf(text, 'inpatient')).toContain(code);
  });
});

describe('a US neurology clinic follow-up, outpatient', () => {
  const note = read('us-neurology-follow-up.txt');

  it("codes the Parkinson's disease with dyskinesia and fluctuations first, the intractable chronic migraine, the falls and the history", async () => {
    const codes = await codesOf(note, 'outpatient');
    expect(codes[0]).toBe('G20B2');
    for (const code of ['G43719', 'R296', 'Z8673', 'K5900', 'Z7982']) expect(codes, code).toContain(code);
  });

  it("codes 'Recurrent falls' with no injury as R29.6, not an accident's external cause (W19)", async () => {
    expect(await codesOf(note, 'outpatient')).not.toContain('W19XXXA');
    // An injury from a fall keeps its external cause.
    expect(await codesOf('Recurrent falls. Fell at home yesterday with L hip fracture.', 'outpatient')).toEqual(expect.arrayContaining(['R296', 'W19XXXA']));
  });

  it("asks about the dyskinesia beside the Parkinson's disease coded with dyskinesia", async () => {
    const { integral } = await suggest(note, 'outpatient');
    expect(integral('G249')).toEqual(['G20B2']);
  });
});

describe('a US neurosurgery admission for a chronic subdural hematoma after a fall', () => {
  const note = read('us-subdural-hematoma.txt');

  it("codes the traumatic subdural hemorrhage 'without loss of consciousness' the chart says ('struck head, no LOC'), first", async () => {
    const codes = await codesOf(note, 'inpatient');
    expect(codes[0]).toBe('S065X0A');
    expect(codes.filter((c) => c.startsWith('S065') || c.startsWith('I62'))).toEqual(['S065X0A']);
    // 'Tripped over the dog': the Index's 'Tripping, over, animal' W01.0-, not an unspecified fall (W19).
    for (const code of ['I4820', 'I10', 'N400', 'Z7901', 'W010XXA']) expect(codes, code).toContain(code);
  });

  it('codes the burr hole evacuation as extirpation of matter from the subdural space, open', async () => {
    const { pcs } = await suggest(note, 'inpatient');
    expect(pcs).toContain('00C40ZZ');
  });

  it.each([
    ['Concussion, denies LOC.', 'S060X0A'],
    ['Subdural hematoma after a fall; he lost consciousness for 10 minutes.', 'S065X1A'],
  ])("'%s' is %s", async (text, code) => {
    expect(await codesOf(text, 'inpatient')).toContain(code);
  });

  it.each([
    ['Fell and hit head, no LOC. Subdural hemorrhage on CT.', 'S065X0A', 'I6200'],
    ['Acute SDH after fall from ladder.', 'S065XAA', 'I6200'],
    ['Spontaneous chronic subdural hematoma.', 'I6203', 'S065XAA'],
    ['Chronic SDH.', 'I6203', 'I6200'],
  ])("'%s' is %s, not %s: the subdural bleed by its cause and stage", async (text, code, not) => {
    const codes = await codesOf(text, 'inpatient');
    expect(codes).toContain(code);
    expect(codes).not.toContain(not);
  });

  it('reads an epidural hematoma evacuation as the epidural space', async () => {
    expect((await suggest('Craniotomy for evacuation of acute epidural hematoma.', 'inpatient')).pcs).toContain('00C30ZZ');
  });
});

describe('a US multiple sclerosis office visit, outpatient', () => {
  const note = read('us-multiple-sclerosis-visit.txt');

  it('codes the relapsing-remitting MS first (G35.A of FY2026), the neurogenic bladder, the migraine with aura and the anxiety', async () => {
    const codes = await codesOf(note, 'outpatient');
    expect(codes[0]).toBe('G35A');
    for (const code of ['N319', 'G43109', 'F419']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('G35D');
  });

  it('asks about the urinary urgency beside the neurogenic bladder', async () => {
    const { integral } = await suggest(note, 'outpatient');
    expect(integral('R3915')).toEqual(['N319']);
  });

  it.each([
    ['Assessment: RRMS.', 'G35A'],
    ['SPMS with spastic paraparesis.', 'G35C0'],
    ['MS flare, started IV methylprednisolone.', 'G35D'],
  ])("'%s' is %s ('MS' alone stays unread: it is the mitral valve's too)", async (text, code) => {
    expect(await codesOf(text, 'outpatient')).toContain(code);
  });
});

describe('subarachnoid hemorrhage and other neurology phrasings', () => {
  it.each([
    ['Subarachnoid hemorrhage due to ruptured L MCA aneurysm.', 'I6012'],
    ['SAH from ruptured ACOM aneurysm, s/p coiling.', 'I602'],
    ['Aneurysmal SAH, R PCOM aneurysm.', 'I6031'],
  ])("'%s' is %s, the ruptured aneurysm its source (no I72.9)", async (text, code) => {
    const codes = await codesOf(text, 'inpatient');
    expect(codes).toContain(code);
    expect(codes).not.toContain('I609');
    expect(codes).not.toContain('I729');
  });

  it('keeps an unruptured aneurysm told beside the bleed coded (I67.1 is what a coder gives it; the engine reads I72.9)', async () => {
    const codes = await codesOf('SAH from L MCA aneurysm; incidental unruptured R ICA aneurysm.', 'inpatient');
    expect(codes).toContain('I6012');
    expect(codes.filter((c) => c === 'I729' || c === 'I671')).toHaveLength(1);
  });

  it.each([
    ['Post-concussion syndrome.', 'F0781', 'S060X0A'],
    ['Psychogenic nonepileptic seizures.', 'F445', 'R569'],
    ['PNES, confirmed on vEEG.', 'F445', 'R569'],
  ])("'%s' is %s, not %s", async (text, code, not) => {
    const codes = await codesOf(text, 'outpatient');
    expect(codes).toContain(code);
    expect(codes).not.toContain(not);
  });
});

describe('intracerebral hemorrhage by its site', () => {
  it.each([
    ['Intraparenchymal hemorrhage of the L basal ganglia.', 'I610'],
    ['L thalamic ICH.', 'I610'],
    ['Hypertensive ICH of the R putamen.', 'I610'],
    ['Lobar ICH, R parietal.', 'I611'],
    ['Pontine hemorrhage.', 'I613'],
  ])("'%s' is %s", async (text, code) => {
    const codes = await codesOf(text, 'inpatient');
    expect(codes).toContain(code);
    expect(codes).not.toContain('I619');
    expect(codes).not.toContain('R58');
  });

  it("keeps the parenchyma's unspecified code for an ICH extending into the ventricles", async () => {
    expect(await codesOf('Acute ICH with IVH extension.', 'inpatient')).toContain('I619');
  });
});
