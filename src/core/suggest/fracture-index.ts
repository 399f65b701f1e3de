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
  // 'Fracture, ulna, upper end, olecranon process S52.02-' (with intraarticular extension S52.03-).
  ['olecranon fracture', 'S52023A'], ['fracture of the olecranon', 'S52023A'],
];
