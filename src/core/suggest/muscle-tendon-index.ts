/**
 * Injuries of a named muscle or tendon as the ICD-10-CM Alphabetic Index reads them, where the titles ('Strain of
 * muscle, fascia and tendon of long head of biceps, unspecified arm') hold more words than a chart writes. The Index
 * sends a tendon's or a muscle's laceration and its traumatic rupture or tear to the muscle's injury codes:
 * 'Laceration, tendon - see Injury, muscle, by site, laceration'; 'Rupture, tendon (traumatic) - see Strain' and
 * 'Tear, tendon - see Strain' (the nontraumatic rupture, M66.-, is said spontaneous); 'Injury, tendon - see Injury,
 * muscle, by site'. In each S46-S96 subcategory of a muscle the 5th character is the kind (0 unspecified injury,
 * 1 strain, 2 laceration) and the 6th the side or the finger, 9 where unspecified: the side and the finger are
 * refined from the text (finger-name.ts), and a finger's tendon is the hand's unless the forearm is said
 * (tendon-level.ts). Joined to INDEX_DEFAULTS; each code is checked against the FY2026 order file by its test.
 */

/** The words a chart names the muscle or tendon by, and its subcategory. */
const SITES: readonly [words: string, subcategory: string][] = [
  ['achilles tendon', 'S860'],
  ['long head of the biceps', 'S461'], ['long head of the biceps tendon', 'S461'],
  // 'Strain, biceps (parts NEC) S46.21-': the biceps tendon without the long head named is its other parts'.
  ['biceps tendon', 'S462'],
  ['triceps tendon', 'S463'],
  // S76.1 includes 'Injury of patellar ligament (tendon)'.
  ['quadriceps tendon', 'S761'], ['patellar tendon', 'S761'],
  ['hamstring', 'S763'],
  // 'Injury, muscle, leg, posterior muscle group NEC S86.1-': the calf's muscles besides the Achilles tendon.
  ['gastrocnemius', 'S861'], ['soleus muscle', 'S861'],
  ['tibialis anterior', 'S862'], ['peroneal tendon', 'S863'],
  ['flexor tendon of the finger', 'S661'], ['extensor tendon of the finger', 'S663'],
  ['flexor tendon of the thumb', 'S660'], ['flexor pollicis longus', 'S660'],
  ['extensor tendon of the thumb', 'S662'], ['extensor pollicis longus', 'S662'],
  ['flexor tendon of the toe', 'S960'], ['extensor tendon of the toe', 'S961'], ['extensor hallucis longus', 'S961'],
];

/** The kind's words, and its 5th character. */
const KINDS: readonly [word: string, kind: string][] = [
  ['injury', '0'],
  ['strain', '1'], ['rupture', '1'], ['tear', '1'],
  // A tendon's section (the Spanish 'sección') and transection are its cut, a laceration.
  ['laceration', '2'], ['section', '2'], ['transection', '2'],
];

export const MUSCLE_TENDON_INDEX: readonly [phrase: string, code: string][] = SITES.flatMap(([words, subcategory]) =>
  KINDS.map(([word, kind]): [string, string] => [`${word} of the ${words}`, `${subcategory}${kind}9A`]),
);
