/**
 * Alphabetic Index entries of the skin and subcutaneous tissue (L00-L99) whose code the titles word otherwise: the
 * Index's main term is what charts write ('Atrophy, skin', 'Hyperpigmentation', 'Ulcer, foot'), the title another
 * ('Atrophic disorder of skin, unspecified', 'Other melanin hyperpigmentation', 'Non-pressure chronic ulcer of other
 * part of unspecified foot'). Codes leave the side unspecified; it is refined from the text. Joined to INDEX_DEFAULTS,
 * whose test checks each code against the FY2026 set.
 */
export const SKIN_INDEX: readonly [phrase: string, code: string][] = [
  // 'Atrophy, skin (patches) (spots) L90.9'.
  ['skin atrophy', 'L909'], ['cutaneous atrophy', 'L909'], ['atrophy of the skin', 'L909'],
  // 'Hyperpigmentation - see also Pigmentation, melanin NEC L81.4'.
  ['hyperpigmentation', 'L814'], ['cutaneous hyperpigmentation', 'L814'], ['skin hyperpigmentation', 'L814'],
  // 'Ulcer, lower limb, foot L97.50-; heel L97.40-; ankle L97.30-' (non-pressure; the plantar ulcer is the foot's);
  // 'Ulcer, skin NEC L98.49-' where no part is named.
  ['foot ulcer', 'L97509'], ['ulcer of the foot', 'L97509'], ['plantar ulcer', 'L97509'],
  // 'Ulcer, toe - see Ulcer, lower limb, foot' (L97.5-, 'other part of foot').
  ['toe ulcer', 'L97509'], ['ulcer of the toe', 'L97509'], ['great toe ulcer', 'L97509'], ['ulcer of the great toe', 'L97509'],
  // 'Ulcer, lower limb, calf L97.20-, thigh L97.10-, specified site NEC L97.80- (the shin), leg L97.90-' (the leg's
  // own phrases are in INDEX_DEFAULTS).
  ['calf ulcer', 'L97209'], ['ulcer of the calf', 'L97209'], ['thigh ulcer', 'L97109'], ['ulcer of the thigh', 'L97109'],
  ['shin ulcer', 'L97809'], ['lower leg ulcer', 'L97909'],
  ['heel ulcer', 'L97409'], ['ulcer of the heel', 'L97409'], ['ankle ulcer', 'L97309'], ['ulcer of the ankle', 'L97309'],
  ['skin ulcer', 'L98499'], ['cutaneous ulcer', 'L98499'],
  // 'Abscess, scalp (any part) L02.811' (the head's cutaneous abscess, except the face).
  ['scalp abscess', 'L02811'], ['abscess of the scalp', 'L02811'],
  // 'Phlegmon - see Abscess' (L02.91 where no site has its own code; the limb is read beside it, skin-limb.ts).
  ['phlegmon', 'L0291'],
  // Skin changes by their Index main term: 'Desquamation, skin R23.4' (R23.4's inclusion term says 'of skin');
  // 'Livedo (reticularis) R23.1'; 'Xerosis, cutis L85.3'; 'Hidradenitis (suppurativa) L73.2'; 'Intertrigo L30.4';
  // 'Lichenification L28.0'; 'Melasma L81.1'; 'Photosensitivity, skin L56.8'; 'Calcinosis, cutis L94.2'.
  ['desquamation', 'R234'], ['skin desquamation', 'R234'], ['cutaneous desquamation', 'R234'],
  ['livedo reticularis', 'R231'], ['livedo', 'R231'], ['xerosis', 'L853'], ['cutaneous xerosis', 'L853'],
  ['hidradenitis', 'L732'], ['intertrigo', 'L304'], ['lichenification', 'L280'], ['melasma', 'L811'],
  ['photosensitivity', 'L568'], ['cutaneous calcinosis', 'L942'],
];
