import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Sentences of cardiology, vascular and respiratory case reports whose finding the titles do not name in these
 * words; each code is the Alphabetic Index's (see circulatory-index.ts).
 */
describe('circulatory and respiratory findings in the words of case reports', () => {
  it.each([
    ['A 60-year-old male with a history of hypertension, aortic and mitral valve disease and left parietal hematoma.', 'I059'],
    ['A 60-year-old male with a history of hypertension, aortic and mitral valve disease and left parietal hematoma.', 'I359'],
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
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it('reads a dissected aorta as the dissection, not its aneurysm (I71.9)', async () => {
    const r = await engine.suggest('The CT angiography confirmed an aortic dissection.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('I719');
  });
});
