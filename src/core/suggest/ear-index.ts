/**
 * Alphabetic Index entries of the ear and mastoid (H60-H95) whose code the titles word otherwise. Each code is the
 * unspecified ear's; the side is refined from the text. Joined to INDEX_DEFAULTS, whose test checks each code
 * against the FY2026 set.
 */
export const EAR_INDEX: readonly [phrase: string, code: string][] = [
  // 'Loss, hearing, mixed conductive and sensorineural H90.8' (the charts' 'mixed hearing loss').
  ['mixed hearing loss', 'H908'],
  // 'Neuritis, vestibular - see Neuronitis, vestibular' (H81.2-).
  ['vestibular neuritis', 'H8120'],
  // 'Impaction, cerumen (ear) (external) H61.2-'; 'Wax (ear) - see Impaction, cerumen'.
  ['cerumen impaction', 'H6120'], ['earwax impaction', 'H6120'], ['impacted earwax', 'H6120'], ['ear wax impaction', 'H6120'],
  // 'Perforation, tympanum, tympanic (membrane) H72.9-'; 'Dysfunction, Eustachian tube H69.8-'.
  ['perforated tympanic membrane', 'H7290'], ['tympanic membrane perforation', 'H7290'], ['perforated eardrum', 'H7290'],
  ['eustachian tube dysfunction', 'H6980'],
];
