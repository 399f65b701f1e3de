/**
 * Fractures of bones the chart names alone, where the titles name them with a part or another word, as the ICD-10-CM
 * Alphabetic Index reads them (Fracture, traumatic, by site). The side is refined from the text; a fracture not said
 * to be displaced is coded displaced (Guidelines I.C.19.c). Joined to INDEX_DEFAULTS; each code is checked against
 * the FY2026 order file by its test.
 */
export const FRACTURE_INDEX: readonly [phrase: string, code: string][] = [
  // 'Fracture, fibula (shaft) S82.40-': the fibula alone is its shaft.
  ['fibula fracture', 'S82409A'], ['fracture of the fibula', 'S82409A'],
  // 'Fracture, scaphoid (hand) - see also Fracture, carpal, navicular S62.00-' (the foot's is named as the foot's).
  ['scaphoid fracture', 'S62009A'], ['fracture of the scaphoid', 'S62009A'],
  // 'Fracture, metatarsal bone S92.30-; fifth S92.35-'.
  ['metatarsal fracture', 'S92309A'], ['fracture of the metatarsal', 'S92309A'],
  ['fifth metatarsal fracture', 'S92353A'], ['fracture of the fifth metatarsal', 'S92353A'],
  // 'Fracture, metacarpal S62.30-': the hand's counterpart of the metatarsal, not an injury of no site (T14.8). The
  // bone's number and the hand are left to the coder (S62.300-S62.308 pair them in one character).
  ['metacarpal fracture', 'S62309A'], ['fracture of the metacarpal', 'S62309A'],
  // 'Fracture, ulna, upper end, olecranon process S52.02-' (with intraarticular extension S52.03-).
  ['olecranon fracture', 'S52023A'], ['fracture of the olecranon', 'S52023A'],
  // 'Fracture, vertebra, cervical, second (axis), dens (anterior) (displaced) (type II) S12.110; other S12.120'
  // ('Fracture, odontoid process - see Fracture, vertebra, cervical, second'): the type I and III fractures are the
  // other dens fractures (the type III's words; a type I reads as the words' 'i', which the terms drop).
  ['dens fracture', 'S12110A'], ['fracture of the dens', 'S12110A'], ['odontoid fracture', 'S12110A'],
  ['fracture of the odontoid', 'S12110A'], ['type iii dens fracture', 'S12120A'], ['type iii odontoid fracture', 'S12120A'],
  // '... dens, nondisplaced (type II) S12.112', not the 'Other nondisplaced dens fracture' (S12.121) of its title's words.
  ['nondisplaced dens fracture', 'S12112A'], ['nondisplaced odontoid fracture', 'S12112A'],
  // 'Fracture, vertebra, cervical, first (atlas), burst (stable) S12.01; unstable S12.02': the Jefferson fracture is the
  // atlas's burst fracture.
  ['jefferson fracture', 'S1201XA'], ['unstable jefferson fracture', 'S1202XA'],
  ['burst fracture of the first cervical vertebra', 'S1201XA'], ['atlas burst fracture', 'S1201XA'],
  // 'Fracture, ankle, bimalleolar S82.84-; trimalleolar S82.85-' (the titles say 'of lower leg', the charts 'of the
  // ankle').
  ['bimalleolar fracture', 'S82843A'], ['bimalleolar ankle fracture', 'S82843A'], ['trimalleolar fracture', 'S82853A'],
  ['trimalleolar ankle fracture', 'S82853A'],
];
