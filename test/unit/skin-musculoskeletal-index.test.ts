import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

/**
 * Skin and musculoskeletal findings in the words of case reports (translated from Spanish) that the titles do not
 * use; each code is the Alphabetic Index's (skin-index.ts, musculoskeletal-index.ts), its side read from the sentence.
 */
describe('skin and musculoskeletal findings in the words of case reports', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    ['Generalized cutaneous hyperpigmentation, accentuated in the nipples, genital area and melanotic spots in the palate.', 'L814'],
    ['She also complained of pruritic hyperpigmentation in her back.', 'L814'],
    ['Signs and symptoms of masticatory muscle pain due to myofascial syndrome with both trigger points.', 'M7911'],
    ['It had to be reduced due to clinical intolerance, mainly musculoskeletal pain, asthenia and high blood pressure.', 'M7918'],
    ['A 58-year-old woman presented with depressive syndrome and lumbar canal stenosis.', 'M48061'],
    ['The hemoculture was sterile, but in the puncture of the scalp abscess, Staphylococcus aureus was isolated.', 'L02811'],
    ['Physical examination revealed cutaneous atrophy and telangiectasias.', 'L909'],
    ['The patient had a non-healing ulcer on the right heel.', 'L97419'],
    ['She had an ulcer on the left foot.', 'L97529'],
    ['Occasional lumbosacral pain.', 'M5450'],
    // From ../shared/eval/charts-codiesp-dev.jsonl: arthrosis of the spine is spondylosis, by region ('dorsolumbar' is
    // thoracolumbar); spondylodiscitis is discitis, by region (L5-S1 lumbosacral); arthralgia of a joint its pain.
    ['History of peptic ulcer at 42 years of age, osteoporosis, dorsolumbar arthrosis, dyslipidaemia.', 'M47815'],
    ['A CAT showed a L5-S1 spondylodiscitis with involvement of surrounding soft tissues.', 'M4647'],
    ['An abdominal CAT scan showed hepatomegaly and pain very important to palpation of the dorsal spine.', 'M546'],
    ['She complained of arthralgias in both knees, and on physical examination she presented pain.', 'M25562'],
    ['Arthralgia of the right shoulder.', 'M25511'],
    // From ../shared/eval/charts-codiesp-dev.jsonl: skin changes by their Index main terms.
    ['Two weeks after the onset of fever, the patient developed desquamation of "gloving finger" soles and palms.', 'R234'],
    ['In the upper limbs livedo reticularis was observed on the dorsum of the hands.', 'R231'],
    ['He had consulted a dermatologist for erythema and facial scaling, which was related to excessive photosensitivity.', 'L568'],
    ['After one week of treatment the phlegmon is more delimited and with pain.', 'L0291'],
    // From ../shared/eval/charts-codiesp-dev.jsonl: jaws, face and joints by the Index's main terms.
    ['The facies was tapered with cleft palate, nasal polyposis, micrognathia, wide root and prominent occiput.', 'M2609'],
    ['He presented the following alterations: anterior open bite, upper dentoalveolar protrusion, increased overjet.', 'M26220'],
    ['The lesion had grown in the last year, producing a facial aesthetic deformity and interfering with chewing.', 'M952'],
    ['He had deformation of the nasal pyramid and obstruction of the left nostril.', 'M950'],
    ['The head moved with the pelvis, which was assessed as fibrous ankylosis.', 'M2460'],
    ['No sclerodactyly or other significant findings were observed; two months later scleroderma was diagnosed.', 'M349'],
    // A duration of the present illness, not its past: 'a year and a half history of' (context-rules.ts).
    ['The patient was evaluated due to a year and a half history of right hip pain with mechanical characteristics.', 'M25551'],
    // 'Arthritis, gouty - see Gout' (M10.9), not the bare arthritis's osteoarthritis; tophi are chronic gout's (M1A.9-).
    ['Acute gouty arthritis of the first metatarsophalangeal joint.', 'M109'],
    ['He has a history of chronic tophaceous gout treated with allopurinol.', 'M1A9XX1'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('reads a paired limb or joint in the plural as both sides, only where the words are the finding\'s own', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const legs = await suggest('He has weakness and pain in the lower limbs, which improves after stopping.');
    expect(legs).toEqual(expect.arrayContaining(['M79604', 'M79605']));
    expect(legs).not.toContain('M79606');
    const sciatica = await suggest('Our patient began to be studied due to sciatica and edema in the lower limbs of a month of evolution.');
    expect(sciatica).toContain('M5430');
    expect(sciatica).not.toContain('M5431');
  });

  it("sides the ankle's pain in both of its title's 'unspecified' places (M25.57-), each ankle where both are named", async () => {
    expect(await suggest('He complained of pain in the right ankle.')).toContain('M25571');
    const both = await suggest('There was pain in both ankles.');
    expect(both).toEqual(expect.arrayContaining(['M25571', 'M25572']));
    expect(both).not.toContain('M25579');
  });
});

/** 'Cellulitis, lower limb L03.11-', 'Abscess, upper limb L02.41-': the limb and side written beside the infection. */
describe('skin infections of a limb', () => {
  it.each([
    // From ../shared/eval/charts-codiesp-dev.jsonl: the thigh is the lower limb, the side before the finding.
    ['Cuts made under pubic symphysis at the right thigh reveal a large abscess in the adductor muscle area.', 'L02415'],
    ['Staphylococcus epidermidis grew during the surgical procedure of abscess drainage in the thigh.', 'L02419'],
    ['She presented cellulitis in the right foot.', 'L03115'],
    ['Left arm cellulitis was treated with cloxacillin.', 'L03114'],
    ['An abscess in the right forearm was drained.', 'L02413'],
  ])('%s -> %s', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });

  it('keeps the parts with codes of their own: the finger (L03.01-), the foot of an abscess (L02.61-)', async () => {
    expect(await suggest('Cellulitis of the right index finger.')).toContain('L03011');
    expect(await suggest('Abscess of the right foot.')).toContain('L02611');
    expect(await suggest('He had cellulitis.')).toContain('L0390');
  });
});
