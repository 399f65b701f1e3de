/**
 * Injuries and transplants as case reports name them, in the words of the titles. An organ's graft is its transplant
 * ('acute rejection of the renal graft' T86.11 Kidney transplant rejection; 'renal graft function' the Z94.0 status);
 * a bite of a mosquito, a tick or a flea is an insect bite (S00-S99 'Insect bite (nonvenomous) of', W57), not an
 * animal's open bite.
 */
export const INJURY_SYNONYMS: Record<string, string> = {
  'renal graft': 'kidney transplant', 'kidney graft': 'kidney transplant', 'renal allograft': 'kidney transplant',
  'kidney allograft': 'kidney transplant', 'hepatic graft': 'liver transplant', 'liver graft': 'liver transplant',
  'liver allograft': 'liver transplant', 'cardiac graft': 'heart transplant', 'heart graft': 'heart transplant',
  'pulmonary graft': 'lung transplant', 'lung graft': 'lung transplant', 'pancreas graft': 'pancreas transplant',
  'pancreatic graft': 'pancreas transplant',
  'mosquito bite': 'insect bite', 'mosquito bites': 'insect bite', 'tick bite': 'insect bite', 'tick bites': 'insect bite',
  'flea bite': 'insect bite', 'flea bites': 'insect bite', 'insect bites': 'insect bite',
  // 'Costal' is the rib's adjective ('fracture costal arch', 'costal fracture': Fracture, rib S22.3-).
  costal: 'rib',
  // The other bones' adjectives, which fracture titles never use ('radial head fracture' is 'fracture of head of
  // radius', S52.12-); the diaphysis is the shaft ('femoral diaphysis fracture', S72.3-).
  radial: 'radius', ulnar: 'ulna', fibular: 'fibula', patellar: 'patella', clavicular: 'clavicle', scapular: 'scapula',
  calcaneal: 'calcaneus', diaphysis: 'shaft', diaphyseal: 'shaft', diaphysial: 'shaft',
  // The cervical vertebrae by their levels, as the lumbar and thoracic ones (chart-synonyms.ts): 'fracture of C5' is
  // the fifth cervical vertebra's (S12.4-). The letters keep their own reading (the complement's C3 and C4).
  c1: 'first cervical vertebra', c2: 'second cervical vertebra', c3: 'third cervical vertebra', c4: 'fourth cervical vertebra',
  c5: 'fifth cervical vertebra', c6: 'sixth cervical vertebra', c7: 'seventh cervical vertebra',
  // The toes after the great toe are the Tabular's 'lesser toe(s)' ('Displaced fracture of middle phalanx of left lesser
  // toe(s)' S92.522, 'Dislocation of interphalangeal joint of lesser toe'): a chart names them by place or size.
  ...Object.fromEntries(['second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th', 'little', 'small'].flatMap((toe) => [[`${toe} toe`, 'lesser toe'], [`${toe} toes`, 'lesser toe']])),
  // A degloving tears the skin off the part: 'Avulsion, skin and subcutaneous tissue - see Wound, open, by site'
  // (FY2026 has no degloving codes), so 'degloving injury of the left hand' is the hand's open wound (S61.402A).
  degloving: 'open wound', 'degloving injury': 'open wound', 'degloving injuries': 'open wound',
  // A strain named by the spine's region, as ED notes write it ('cervical strain' after a collision, 'lumbar strain'
  // lifting): 'Strain, neck S16.1', 'Strain, low back S39.012', 'Strain, back, thoracic S29.012', the muscles' own.
  'cervical strain': 'strain of muscle fascia and tendon at neck level', 'neck strain': 'strain of muscle fascia and tendon at neck level',
  'lumbar strain': 'strain of muscle fascia and tendon of lower back', 'low back strain': 'strain of muscle fascia and tendon of lower back',
  'lumbosacral strain': 'strain of muscle fascia and tendon of lower back', 'thoracic strain': 'strain of muscle and tendon of back wall of thorax',
  // US notes' 'fx' ('R distal radius fx', 'ankle fx s/p ORIF'): the fracture, which the short-title list holds only for
  // searches.
  fx: 'fracture', fxs: 'fractures',
  // A burn's degree in numerals ('3rd degree burn of R forearm' T22.311-), and in the depth burn units write ('Burn
  // (...) full thickness skin loss - see Burn, by site, third degree'; partial thickness, blisters: second degree).
  '1st degree': 'first degree', '2nd degree': 'second degree', '3rd degree': 'third degree',
  'full thickness burn': 'third degree burn', 'full thickness burns': 'third degree burn',
  'partial thickness burn': 'second degree burn', 'partial thickness burns': 'second degree burn',
  // 'Arthritis, post-traumatic (chronic) - see Arthropathy, traumatic M12.5-' (the osteoarthritis said so is M19.1-, M17.3-,
  // which keeps its own words).
  'post traumatic arthritis': 'traumatic arthropathy', 'posttraumatic arthritis': 'traumatic arthropathy',
  // The eyebrow is of the periocular area ('Laceration, eyebrow - see Laceration, eyelid' S01.11-).
  eyebrow: 'eyelid and periocular area',
};
