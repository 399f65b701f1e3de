import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Office-visit lines as US clinic notes write a visit's reason or an A/P item (written for the test): the encounter
 * codes of office-encounter-index.ts, and the knee ligament tears and eye findings of injury-index.ts and eye-index.ts,
 * the side read from the line.
 */
describe('office encounters and sports injuries in clinic wording', () => {
  it.each([
    ['Here for preop clearance for L knee arthroscopy.', 'Z01818'],
    ['Reason for visit: preop exam.', 'Z01818'],
    ['Assessment: Well woman exam.', 'Z01419'],
    ['Annual gynecological exam with abnormal findings.', 'Z01411'],
    ['Well adult exam with abnormal findings.', 'Z0001'],
    ['Dental exam.', 'Z0120'],
    ['Hearing exam.', 'Z0110'],
    ['Follow-up exam after completed treatment.', 'Z09'],
    ['Therapeutic drug level monitoring.', 'Z5181'],
    ['Screening for diabetes mellitus.', 'Z131'],
    ['Reason for visit: screening for depression.', 'Z1331'],
    ['Encounter for contraceptive counseling.', 'Z3009'],
    ['Encounter for insertion of IUD.', 'Z30430'],
    ['Here for IUD removal.', 'Z30432'],
    ['Aftercare following right hip replacement.', 'Z471'],
    ['ACL tear right knee.', 'S83511A'],
    ['Left PCL tear.', 'S83522A'],
    ['R knee MCL sprain.', 'S83411A'],
    ['Cortical cataract right eye.', 'H25011'],
    ['Allergic conjunctivitis, bilateral.', 'H1013'],
    ['Open angle glaucoma suspect, both eyes.', 'H40013'],
    ['Encounter for surveillance of IUD.', 'Z30431'],
    ['Depo-Provera injection.', 'Z3042'],
    ['Nexplanon insertion.', 'Z30017'],
    ['Encounter for removal of orthopedic hardware.', 'Z472'],
    ['Posterior subcapsular cataract left eye.', 'H25042'],
    ['Corneal abrasion right eye, initial.', 'S0501XA'],
    ['Pseudophakia right eye.', 'Z961'],
    ['Perforated tympanic membrane right.', 'H7291'],
    ['Eustachian tube dysfunction bilateral.', 'H6983'],
    ['Pinworms.', 'B80'],
    ['Closed fracture of left fifth metacarpal.', 'S62309A'],
  ])('"%s" -> %s first', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'outpatient' });
    expect(codesOf(r.suggestions)[0]).toBe(code);
  });

  it('does not code the disease a screening looks for', async () => {
    const codes = codesOf((await engine.suggest('Screening for diabetes mellitus.', { setting: 'outpatient' })).suggestions);
    expect(codes).not.toContain('E119');
  });

  it('does not code the glaucoma a suspect is not', async () => {
    const codes = codesOf((await engine.suggest('Open angle glaucoma suspect OD.', { setting: 'outpatient' })).suggestions);
    expect(codes.filter((c) => c.startsWith('H4010'))).toEqual([]);
  });

  it('reads allergic conjunctivitis as the eye disease, not an allergy of no site', async () => {
    const codes = codesOf((await engine.suggest('Allergic conjunctivitis.', { setting: 'outpatient' })).suggestions);
    expect(codes).not.toContain('T7840XA');
  });
});
