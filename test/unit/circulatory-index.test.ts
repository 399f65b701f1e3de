import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Sentences of cardiology, vascular and respiratory case reports whose finding the titles do not name in these
 * words; each code is the Alphabetic Index's (see circulatory-index.ts).
 */
describe('circulatory and respiratory findings in the words of case reports', () => {
  it.each([
    ['A 60-year-old male with a history of hypertension, aortic and mitral valve disease and left parietal hematoma.', 'I080'],
    ['She was followed in cardiology for a mitral valvulopathy diagnosed in 2005.', 'I059'],
    ['She had rheumatic fever in childhood with mitral stenosis.', 'I050'],
    ['An Echocardiogram was performed, which except for a mild hypertrophy of the left ventricle did not present other alterations.', 'I517'],
    ['History of hypertensive cardiopathy and dyslipidemia.', 'I119'],
    ['He was followed in cardiology for a dilated cardiopathy with severe systolic dysfunction.', 'I420'],
    ['Transesophageal echocardiography showed a thrombus in the left atrial appendage.', 'I513'],
    ['Angio-CT showed atheromatosis of the abdominal aorta and iliac arteries.', 'I700'],
    ['Doppler ultrasound revealed carotid atheromatosis without significant stenosis.', 'I6529'],
    ['Arteriography showed a stenosis of the left subclavian artery.', 'I771'],
    ['The CT angiography confirmed an aortic dissection extending to the iliac arteries.', 'I7100'],
    ['A 25-year-old woman with Takayasu arteritis was referred for hypertension.', 'M314'],
    ['Doppler ultrasound showed thrombosis of the right internal jugular vein.', 'I82C11'],
    ['Thrombosis of the left subclavian vein related to the central catheter was observed.', 'I82B12'],
    ['She has a catarrhal process with odynophagia without fever.', 'J00'],
    ['Two weeks earlier he had presented rhinopharyngitis treated with paracetamol.', 'J00'],
    ['Fibrobronchoscopy showed a subglottic stenosis of 60% of the lumen.', 'J386'],
    ['Upper endoscopy shows varices in esophagus grade II/IV and in stomach a very congestive gastric mucosa.', 'I8500'],
    ['Persistent telangiectasias in the affected area have slowly decreased over the 10 months.', 'I781'],
    ['The echocardiogram showed a mitral prolapse with mild regurgitation.', 'I341'],
    ['Doppler ultrasound of the supra-aortic trunks showed a carotid stenosis of 50%.', 'I6529'],
    ['She was followed for vertebrobasilar insufficiency with episodes of dizziness.', 'G450'],
    ['The cranial CT showed periventricular leukoaraiosis.', 'I6781'],
    ['Subsequent evolution is torpid, with a massive cerebral hemorrhage and final death of the patient.', 'I619'],
    ['The cranial CT showed a cerebellar hemorrhage with opening to the fourth ventricle.', 'I614'],
    ['The CT showed intraventricular hemorrhage and hydrocephalus.', 'I615'],
    ['The CT revealed thrombosis of the inferior vena cava extending to the renal veins.', 'I82220'],
    ['On examination he had tonsillar hypertrophy grade III without exudates.', 'J351'],
    ['Anterior rhinoscopy showed bilateral turbinate hypertrophy.', 'J343'],
    ['He consulted for chronic nasal obstruction and turbinate hypertrophy.', 'J3489'],
    ['Laryngoscopy showed a laryngeal leukoplakia on the left vocal cord.', 'J387'],
    ['She was admitted to the ICU for status asthmaticus.', 'J45902'],
    ['A chest CT showed pneumomediastinum and subcutaneous emphysema in the neck.', 'J982'],
    ['Initial capillary gas showed mild respiratory acidosis and hypercapnia.', 'E8729'],
    ['Initial capillary gas showed mild respiratory acidosis and hypercapnia.', 'R0689'],
    ['The bronchoalveolar lavage was consistent with alveolar hemorrhage.', 'R0489'],
    ['He had a right pleuritis with a small effusion.', 'R091'],
    ['The bronchoscopy showed a tracheomalacia of the distal trachea.', 'J398'],
    ['A 70-year-old smoker with chronic bronchopathy and hypertension.', 'J9809'],
    ['The chest CT showed an interstitial pneumopathy with a reticular pattern.', 'J849'],
    ['Chest CT showed a 3 cm lung cyst in the left lower lobe.', 'J984'],
    ['The CT showed a pulmonary cavitation in the right upper lobe.', 'J984'],
    ['The abdominal X-ray showed aortic calcification.', 'I700'],
    ['The CT showed extensive coronary calcification.', 'I2510'],
    ['The echocardiogram suggested constrictive pericarditis.', 'I311'],
    ['The echocardiogram showed an interatrial communication with left-right shunt.', 'Q2110'],
    ['Laryngoscopy showed bilateral Reinke\'s edema.', 'J384'],
    ['The CT showed ethmoiditis and a mucocele of the frontal sinus.', 'J322'],
    ['The CT showed ethmoiditis and a mucocele of the frontal sinus.', 'J341'],
    ['He consulted for episodes of presyncope.', 'R55'],
    ['Troponin elevation consistent with demand ischemia in the setting of sepsis.', 'I2489'], // written for the test
    ['Venous stasis ulcer of the right leg, dressed with compression.', 'I872'], // written for the test
    // 'Disease, heart, valve, valvular - see also Endocarditis' (I38), no valve named (written for the test).
    ['She has valvular heart disease and atrial fibrillation.', 'I38'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it('reads emphysema under the skin or in the mediastinum as air outside the lung (J98.2), not its emphysema (J43.9)', async () => {
    const r = await engine.suggest('A chest CT showed pneumomediastinum and subcutaneous emphysema in the neck.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('J439');
  });

  it('reads aortic and mitral valve disease named together as the one code of both valves (I08.0), not I05.9 and I35.9', async () => {
    const r = await engine.suggest('A 60-year-old male with a history of hypertension, aortic and mitral valve disease and left parietal hematoma.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('I059');
    expect(codesOf(r.suggestions)).not.toContain('I359');
  });

  it('reads a dissected aorta as the dissection, not its aneurysm (I71.9)', async () => {
    const r = await engine.suggest('The CT angiography confirmed an aortic dissection.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('I719');
  });
});
