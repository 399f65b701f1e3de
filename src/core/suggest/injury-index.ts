/**
 * Injuries as the ICD-10-CM Alphabetic Index reads them, where the titles do not use the chart's words. Joined to
 * INDEX_DEFAULTS; each code is checked against the FY2026 order file by its test.
 */
export const INJURY_INDEX: readonly [phrase: string, code: string][] = [
  // 'Contusion, eyeball S05.1-' (the side refined from the text): a contusion of the eye is the globe's, not an injury
  // of unspecified body region.
  ['eye contusion', 'S0510XA'],
  // 'Tear, ligament - see Sprain': 'Sprain, knee, cruciate, anterior S83.51-, posterior S83.52-; collateral, medial
  // (tibial) S83.41-, lateral (fibular) S83.42-' (the side refined from the text). Clinic notes write the abbreviation.
  ['acl tear', 'S83519A'], ['tear of the acl', 'S83519A'], ['anterior cruciate ligament tear', 'S83519A'],
  ['acl sprain', 'S83519A'], ['pcl tear', 'S83529A'], ['posterior cruciate ligament tear', 'S83529A'],
  ['mcl sprain', 'S83419A'], ['mcl tear', 'S83419A'], ['medial collateral ligament tear', 'S83419A'],
  ['lcl sprain', 'S83429A'], ['lcl tear', 'S83429A'], ['lateral collateral ligament tear', 'S83429A'],
  // 'Fracture, pelvis, pelvic (bone) S32.9', 'Fracture, mandible S02.609', 'Fracture, face bone S02.92'.
  ['pelvic fracture', 'S329XXA'], ['fracture of the pelvis', 'S329XXA'], ['mandibular fracture', 'S02609A'],
  ['fracture of the mandible', 'S02609A'], ['facial fracture', 'S0292XA'],
  // 'Crush, crushed, crushing - see also Injury, crushing; finger(s) S67.1-; hand S67.2-; foot S97.8-':
  // 'crushed fingers' names the crushing injury of the part without the word 'injury' (the side refined from the text).
  ['crushed finger', 'S6710XA'], ['crushed hand', 'S6720XA'], ['crushed foot', 'S9780XA'],
  // 'Laceration, forehead S01.81-', 'Abrasion, forehead S00.81-', 'Contusion, forehead S00.83-', 'Wound, open,
  // forehead S01.80-', 'Puncture, forehead S01.83-': the titles say 'other part of head'.
  ['forehead laceration', 'S0181XA'], ['laceration of the forehead', 'S0181XA'], ['forehead abrasion', 'S0081XA'],
  ['forehead contusion', 'S0083XA'], ['forehead hematoma', 'S0083XA'], ['forehead wound', 'S0180XA'], ['forehead puncture', 'S0183XA'],
  // 'Contusion, cerebral - see Injury, intracranial, cerebrum, contusion' (S06.33-, the side refined from the text;
  // cerebellum S06.37-, brainstem S06.38-), consciousness status unknown where not said, as the other intracranial
  // defaults. The lobes name the brain; 'frontal contusion' alone may be the forehead's and is left out (and 'bifrontal
  // subgaleal hematoma' is the scalp's). A hematoma read so is the brain's hemorrhage (brain-hematoma.ts).
  ['cerebral contusion', 'S0633AA'], ['brain contusion', 'S0633AA'], ['contusion of the brain', 'S0633AA'],
  ['cortical contusion', 'S0633AA'],
  ['frontal lobe contusion', 'S0633AA'], ['temporal lobe contusion', 'S0633AA'], ['parietal lobe contusion', 'S0633AA'],
  ['occipital lobe contusion', 'S0633AA'],
  ['cerebellar contusion', 'S0637AA'], ['brainstem contusion', 'S0638AA'], ['brain stem contusion', 'S0638AA'],
  // 'Burn, face - see Burn, head': 'Burn, head (and face) (and neck) T20.00; first degree T20.10; second degree T20.20;
  // third degree T20.30'. The titles say 'head, face, and neck, unspecified site', so 'first degree burn of face' read
  // as a burn of unspecified body region (T30.0). A part of the face named ('forehead and cheek' T20.16-) is its own.
  ...[['first', '1st'], ['second', '2nd'], ['third', '3rd']].flatMap((degrees, d) => degrees.flatMap((degree) =>
    [`${degree} degree burn of face`, `${degree} degree burns of face`, `${degree} degree facial burn`, `${degree} degree facial burns`]
      .map((phrase): [string, string] => [phrase, `T20${d + 1}0XA`]))),
];
