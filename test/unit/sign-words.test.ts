import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

const codesFor = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/** Findings an examination writes as adjectives of the patient or as its own wording of an Index term. */
describe('sign words (sign-words.ts, checked with the chart synonyms they join)', () => {
  it.each([
    // Sentences of the dev case reports.
    ['The patient was afflicted with TA of 120/75 mmHg, tachycardic, tachypneic and jaundice.', 'R0682'],
    ['The physical examination showed diaphoretic, TA 150 / 110 mmHg, 80 pulses per minute.', 'R61'],
    ['The patient is progressively more sweaty, tachycardic, being transferred to the ICU.', 'R61'],
    ['Physical examination was pale and sweaty.', 'R231'],
    ['On physical examination the mucous membranes are pale and there is a mass in the right abdominal flank.', 'R231'],
    ['Neurologically, he was temporarily disoriented and apathetic.', 'R410'],
    ['Neurologically, he was temporarily disoriented and apathetic.', 'R453'],
    ['Awareness, oriented, hydrated, cachectic.', 'R64'],
    ['The patient began with epigastric pain radiating to the shoulder and nauseous sensation.', 'R110'],
    ['However, the patient became comatose with EEG with low voltage waves and died 72 hours later.', 'R4020'],
    ['The patient is found by his mother in the unconscious home without response to stimuli.', 'R4020'],
    ['She presented with a 10-day history of headache accompanied by gait instability.', 'R2681'],
    ['The patient reported for the first time a feeling of instability in walking and tremors in the hands.', 'R2681'],
    ['He was admitted with asthenia, anorexia, weight loss of about 20 kg and inability to walk.', 'R262'],
    // Written for the test.
    ['On arrival he was cyanotic.', 'R230'],
    ['The patient was somnolent but responded to verbal stimuli.', 'R400'],
    ['She was drowsy.', 'R400'],
    ['He was stuporous on admission.', 'R401'],
    ['She remained anuric despite diuretics.', 'R34'],
    ['He was lethargic.', 'R5383'],
    // 'Amnesia R41.3', whose inclusion terms are Amnesia NOS and Memory loss NOS (dev chart).
    ['Complex visual disturbances, changes in character with greater irritation and recent memory loss.', 'R413'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await codesFor(text)).toContain(code);
  });

  it.each([
    // A pathologist's shade, not the patient's colour (dev chart).
    ['Its color is pale pink, similar to that of the mucosa and surface.', 'R231'],
    ['On the periphery of the tumor, well-defined, pale yellow adipose-like tumor areas were recognized.', 'R231'],
    // A shock wave breaks a stone; the circulatory shock is not read (dev chart).
    ['Subsequently, three sessions of extracorporeal shock wave lithotripsy are programmed.', 'R579'],
    // The Spanish 'choque' of translated notes (dev charts): a collision, a pulse of a drug, a loading dose.
    ['A 27-week pregnant driver, wearing a seat belt, who had a frontal shock against another vehicle.', 'R579'],
    ['Two years after the transplant he presented an acute rejection treated with shocks of steroids.', 'R579'],
    ['Fluid; they were corrected with the corresponding shock dose.', 'R579'],
    // Not pale: nothing to read.
    ['The skin was not pale.', 'R231'],
  ])('"%s" does not bring %s', async (text, code) => {
    expect(await codesFor(text)).not.toContain(code);
  });
});

/** Index main terms of signs (sign-defaults.ts) in the sentences of case reports. */
describe('SIGN_DEFAULTS in charts', () => {
  it.each([
    ['He had dysarthria and associated hyperreflexia, together with spontaneous myoclonus.', 'R292'],
    ['That same night he begins with hypoventilation that leads to severe respiratory acidosis.', 'R0689'],
    ['Days before admission, the patient complained of right facial numbness.', 'R200'],
    ['In June he reported shoulder and upper right limb dysesthesias associated with cervical pain.', 'R208'],
    ['Lower limbs with erythema, petechiae and ecchymosis.', 'R58'],
    ['The patient also complained of back pain, heavy digests and meteorism.', 'R140'],
    ['Generalized hypertonia with live reflexes, clonus and generalized seizures.', 'R258'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await codesFor(text)).toContain(code);
  });
});

/** Adjectives of blood counts, voice and speech, and Index terms of reflexes, breathing and the urinary stream. */
describe('signs of blood, voice and reflexes', () => {
  it.each([
    // Sentences of the dev case reports.
    ['He has noticed changes in voice, which is more dysphonic, related to his work.', 'R490'],
    ['She had lower obstructive urinary symptoms consisting of nocturnal polyuria, weak urinary jet and post voiding dribbling.', 'R3912'],
    ['Her history included an autoimmune syndrome of Evans (autoimmune thrombocytopenic purpura with anemia).', 'D693'],
    ['He was admitted due to tonic-clonic seizures with left-sided hyperthermia and gaze deviation.', 'R509'],
    // Written for the test.
    ['After the second cycle he was neutropenic and febrile.', 'D709'],
    ['She was thrombocytopenic, with 20,000 platelets.', 'D696'],
    ['The patient was hoarse.', 'R490'],
    ['She was dysarthric.', 'R471'],
    ['Thrombocytopenic purpura of the legs.', 'D6949'],
    ['The osteotendinous reflexes showed areflexia in the lower limbs.', 'R292'],
    ['Neurological examination showed nuchal rigidity.', 'R291'],
    ['He developed meningism.', 'R291'],
    ['Bradypnea of 8 breaths per minute.', 'R0689'],
    ['Ten days later he returned to the hospital due to dyspraxia, sleep tendency and incoherent language.', 'R278'], // dev chart
    ['Cerebellar examination showed dysdiadochokinesia of the left hand.', 'R278'],
    ['Persistent singultus after the operation.', 'R066'],
  ])('"%s" -> %s', async (text, code) => {
    expect(await codesFor(text)).toContain(code);
  });

  it('reads thrombocytopenic purpura as thrombocytopenia, not the nonthrombocytopenic purpura (D69.2)', async () => {
    expect(await codesFor('Thrombocytopenic purpura of the legs.')).not.toContain('D692');
  });
});
