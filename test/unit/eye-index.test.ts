import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Sentences of ophthalmology case reports (translated from Spanish) whose eye finding the titles do not name in these
 * words; each code is the Alphabetic Index's (see eye-index.ts), its side read from the sentence.
 */
describe('eye findings in the words of case reports', () => {
  it.each([
    ['A lower retinal detachment was observed in the left eye fundus, associated with a retinal tear.', 'H3322'],
    ['She was operated on for a retinal detachment.', 'H3320'],
    ['He presents a prosthesis in his right eye due to old tractional retinal detachment.', 'H3341'],
    ['Optical coherence tomography showed a full-thickness macular hole in the left eye.', 'H35342'],
    // 'Edema, orbit H05.22-' (from ../shared/eval/charts-codiesp-dev.jsonl).
    ['He presented in the right eye upper palpebral edema with ptosis of mechanical aspect, restriction to adduction due to orbital edema.', 'H05221'],
    ['Indirect ophthalmoscopy showed mild diffuse intravitreal haemorrhage in the left eye.', 'H4312'],
    ['The fundus examination revealed a massive hemovitreous in the right eye that prevented visualizing the retina.', 'H4311'],
    // 'Hemorrhage, retina H35.6-' by the layer or the macula (from ../shared/eval/charts-codiesp-dev.jsonl).
    ['In FO there was preretinal hemorrhage RE.', 'H3561'],
    ['A 25-year-old male with macular haemorrhage secondary to ocular trauma.', 'H3560'],
    ['A lesion surrounded by a subretinal hemorrhage in the macular area of the left eye.', 'H3562'], // written for the test
    ['Evoked potentials showed prolonged latencies compatible with optic neuropathy.', 'H469'],
    ['She reported photopsias and floaters in the right eye.', 'H5319'],
    ['She reported photopsias and floaters in the right eye.', 'H43391'],
    ['OI has a central leukoma limited inferiorly by a lipid keratopathy and posterior synechiae.', 'H1712'],
    ['Slit lamp examination showed a corneal leukoma in the right eye.', 'H179'],
    ['The patient presented with hypotonia, bilateral convergent strabismus, and psychosis.', 'H5000'],
    ['It presents endotropia (15 degrees) and small hypertropia in the right eye (RE).', 'H5000'],
    ['A divergent strabismus of the left eye was noted.', 'H5010'],
    // The eye's nerves by number, name, Roman numeral or translated 'cranial pair' (eye-synonyms.ts), paresis as paralysis.
    ['Neurological examination showed paresis of the right VI cranial nerve.', 'H4921'],
    ['Examination revealed paralysis of the left VI cranial pair.', 'H4922'],
    ['The patient had a left abducens nerve palsy.', 'H4922'],
    ['A right trochlear nerve palsy was diagnosed.', 'H4911'],
    ['She developed a third nerve paresis in the left eye.', 'H4902'],
    // US notes' 'CN' and the number, Roman or Arabic (written for the test).
    ['Left CN VI palsy.', 'H4922'],
    ['Right CN III palsy with ptosis.', 'H4901'],
    ['CN 6 palsy, right eye.', 'H4921'],
    ['CN IV palsy on the left.', 'H4912'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  // H54.7's title says 'visual', not 'eye': the eye's abbreviations still give its side (refine.ts, eye-sides.ts).
  it.each([
    ['A 32-year-old man came to the Emergency Department due to a recent decrease in vision in OD.', 'H5461'],
    ['Since August 2005, the patient perceived a unilateral decrease in visual acuity (VA) in the LE.', 'H5462'],
  ])('reads the eye abbreviation beside a visual loss: %s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
    expect(codesOf(r.suggestions)).not.toContain('H547');
  });

  it('codes a traction detachment as itself, not also as the default serous one (H33.2-)', async () => {
    const r = await engine.suggest('Tractional retinal detachment of the right eye.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain('H3341');
    expect(codesOf(r.suggestions).filter((c) => c.startsWith('H332'))).toEqual([]);
  });
});
