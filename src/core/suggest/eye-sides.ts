/**
 * Which eye, as ophthalmologists abbreviate it, in capitals only: 'OD' (oculus dexter) or the translated notes' 'RE'
 * for the right; 'OS', 'OI' (the Spanish 'ojo izquierdo') or 'LE' for the left; 'OU' or 'AO' (the Spanish 'ambos
 * ojos') for both. Read only for codes of the eye, diagnoses and procedures alike.
 */
export const EYE_SIDES: readonly [abbreviation: RegExp, side: 'right' | 'left' | 'both'][] = [
  [/\b(?:OD|RE)\b/g, 'right'],
  [/\b(?:OS|OI|LE)\b/g, 'left'],
  [/\b(?:OU|AO)\b/g, 'both'],
];

/** The text with each eye abbreviation spelled as its side word ('papilledema in the RE' -> '... in the  right '). */
export function spellEyeSides(text: string): string {
  return EYE_SIDES.reduce((words, [abbreviation, side]) => words.replace(abbreviation, ` ${side} `), text);
}
