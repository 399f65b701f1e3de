/**
 * Alphabetic Index entries of the musculoskeletal system (M00-M99) whose code the titles word otherwise: 'Pain,
 * musculoskeletal M79.18', 'Pain, joint, ankle M25.57-' (the title adds 'and joints of foot'), 'Stenosis, spinal,
 * lumbar region M48.06-' as notes write it ('lumbar canal stenosis'). Codes leave the side unspecified; it is refined
 * from the text. Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const MUSCULOSKELETAL_INDEX: readonly [phrase: string, code: string][] = [
  // 'Myalgia, mastication muscle M79.11'; 'Pain, musculoskeletal M79.18'. (The bare 'muscle pain', 'Pain, muscle - see
  // Myalgia', is left to the titles: the two words are read apart in a sentence, 'pain ... recovery of muscle'.)
  ['musculoskeletal pain', 'M7918'],
  ['masticatory muscle pain', 'M7911'], ['pain of the masticatory muscles', 'M7911'],
  // 'Pain, joint, ankle M25.57-'.
  ['ankle pain', 'M25579'], ['pain in the ankle', 'M25579'],
  // 'Stenosis, spinal (canal), cervical region M48.02, lumbar region M48.06-' (without neurogenic claudication unless
  // written); 'Pain, lumbosacral - see Pain, low back' (M54.5-).
  ['lumbar canal stenosis', 'M48061'], ['cervical canal stenosis', 'M4802'], ['narrow lumbar canal', 'M48061'],
  ['lumbosacral pain', 'M5450'],
];
