/**
 * Stages written in Roman numerals ('CKD stage III', 'stage IIIb', 'stage IV pressure ulcer') where the titles number
 * them ('Chronic kidney disease, stage 3b' N18.32, 'Pressure ulcer of sacral region, stage 4' L89.154): each gains the
 * Arabic number. Every ICD-10-CM title with a numbered stage (kidney disease, pressure ulcer, bleb inflammation,
 * retinopathy of prematurity) counts them the same way. Joined into the chart synonyms (chart-synonyms.ts).
 *
 * A pressure ulcer's 'grade' is its stage in the European (EPUAP) wording translated notes keep ('grade III sacral
 * ulcer', 'pressure ulcer grade 2'); only beside the ulcer's own words, since other grades (a tumour's, a
 * hemorrhoid's degree) are no stage. A sacral ulcer is the pressure ulcer of the sacral region ('Ulcer, decubitus -
 * see Ulcer, pressure, by site'): the sacrum over a bony prominence has no other chronic ulcer in the titles (L98.4-
 * names none), so notes leave 'pressure' out.
 */
const ROMAN: readonly [roman: string, arabic: string][] = [['i', '1'], ['ii', '2'], ['iii', '3'], ['iv', '4'], ['v', '5']];

const stages: [string, string][] = [];
for (const [roman, arabic] of ROMAN) {
  stages.push([`stage ${roman}`, `stage ${arabic}`]);
  if (roman === 'iii') stages.push(['stage iiia', 'stage 3a'], ['stage iiib', 'stage 3b']);
}

/** The words of a pressure ulcer a grade stands beside, before it ('grade III sacral ulcer') or after ('ulcer grade 2'). */
const ULCER_BEFORE: readonly [word: string, reading: string][] = [['pressure', 'pressure'], ['decubitus', 'pressure'], ['sacral', 'pressure sacral region']];
const grades: [string, string][] = [];
for (const [roman, arabic] of ROMAN.slice(0, 4)) {
  for (const number of [roman, arabic]) {
    for (const [word, reading] of ULCER_BEFORE) grades.push([`grade ${number} ${word}`, `stage ${arabic} ${reading}`]);
    grades.push([`ulcer grade ${number}`, `ulcer stage ${arabic}`], [`ulcers grade ${number}`, `ulcer stage ${arabic}`]);
  }
}

export const STAGE_SYNONYMS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(stages),
  ...Object.fromEntries(grades),
  'sacral ulcer': 'pressure ulcer sacral region', 'sacral ulcers': 'pressure ulcer sacral region',
  'sacral decubitus': 'pressure ulcer sacral region', 'coccygeal ulcer': 'pressure ulcer sacral region',
  // The NPUAP's 'deep tissue (pressure) injury', the wound nurse's DTI: 'Pressure-induced deep tissue damage' of its
  // site (L89.-6, 'deep tissue injury of right heel' L89.616), no injury of unspecified site (T14.90).
  // A chart's phrase is read up to three words: 'deep tissue pressure (injury)' by its first three.
  'deep tissue pressure': 'pressure-induced deep tissue damage', 'deep tissue injury': 'pressure-induced deep tissue damage',
  'deep tissue injuries': 'pressure-induced deep tissue damage',
};
