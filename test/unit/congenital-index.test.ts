import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Sentences of case reports whose congenital malformation the titles do not name in these words; each code is the
 * Alphabetic Index's (see congenital-index.ts).
 */
describe('congenital malformations in the words of case reports', () => {
  it.each([
    ['Subsequently, a MRI confirmed the absence of the seminal vesicle, left vas deferens and ureter.', 'Q554'],
    ['Therefore, we consider that the correct clinical and immunohistochemical diagnosis is intraosseous venous malformations.', 'Q279'],
    ['Patient with cleft lip and bilateral cleft palate.', 'Q379'],
    ['Physical examination showed facial asymmetry with left hemifacial hypoplasia.', 'Q670'],
    ['Ultrasound showed a left duplex kidney with dilatation of the upper pole.', 'Q630'],
    ['The urography showed a right duplex ureter.', 'Q625'],
    ['The newborn was diagnosed with hypoplastic left heart.', 'Q234'],
    ['The skin biopsy was consistent with ichthyosis.', 'Q809'],
    ['The newborn had laryngomalacia and a cystic adenomatoid malformation of the left lung.', 'Q315'],
    ['The newborn had laryngomalacia and a cystic adenomatoid malformation of the left lung.', 'Q330'],
    ['CT angiography showed a pulmonary arteriovenous malformation in the right lower lobe.', 'Q2572'],
    ['A 76-year-old male affected by stage 4 CRE secondary to hepatorenal polycystosis with a history of long-standing hypertension.', 'Q613'],
    ['The gene polymorphism confirmed the diagnosis of Cowden\'s disease.', 'Q8582'],
    ['Polycystic liver disease was known.', 'Q446'],
    ['A cranial MRI showed cerebellar hypoplasia.', 'Q043'],
    ['A 79-year-old male diagnosed with VHL disease 20 years ago, when capillary hemangiomas were found in both eyes.', 'Q8583'],
    ['A 33-year-old male diagnosed with Kartagener syndrome and with a history of bilateral sinusitis and bronchiectasis.', 'Q893'],
    ['He had adult polycystic kidney disease.', 'Q612'],
    // 'AVM' is the arteriovenous malformation (abbreviation-data.ts).
    ['Embolization of the two malformative components, reducing the blood flow of the AVM and their size.', 'Q2730'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it('reads the cleft lip and palate as Q37.9, not the bilateral cleft lip Q37.8', async () => {
    const r = await engine.suggest('Patient with cleft lip and bilateral cleft palate.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('Q378');
  });

  it('reads polycystic kidney disease as Q61.3 alone, not also a kidney disease N28.9', async () => {
    const r = await engine.suggest('Polycystic kidney disease was known.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toEqual(['Q613']);
  });

  it('codes ichthyosis said alone as the congenital disease, not the acquired one (L85.0)', async () => {
    const r = await engine.suggest('The skin biopsy was consistent with ichthyosis.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('L850');
  });
});
