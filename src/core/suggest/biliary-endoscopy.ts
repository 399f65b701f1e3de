/**
 * What an ERCP does besides its images (the cholangiopancreatography itself is Fluoroscopy, BF11, in
 * procedure-defaults.ts): each therapeutic step is a procedure of its own (ICD-10-PCS guideline B3.2), done through
 * the duodenoscope (Via Natural or Artificial Opening Endoscopic, 8). Every code is checked against the FY2026 codes file.
 */
export const BILIARY_ENDOSCOPY: readonly [phrase: string, code: string][] = [
  // Cutting the papilla's sphincter widens its opening: Dilation, whose definition includes 'cutting part of the
  // orifice or wall of the tubular body part', of the Ampulla of Vater.
  // The anal sphincter's is a Division (PCS Index: Sphincterotomy, anal see Division, Anal Sphincter 0D8R).
  ['anal sphincterotomy', '0D8R0ZZ'], ['internal sphincterotomy', '0D8R0ZZ'], ['lateral internal sphincterotomy', '0D8R0ZZ'],
  ['sphincterotomy', '0F7C8ZZ'], ['endoscopic sphincterotomy', '0F7C8ZZ'], ['biliary sphincterotomy', '0F7C8ZZ'],
  ['papillotomy', '0F7C8ZZ'], ['endoscopic papillotomy', '0F7C8ZZ'],
  // Stones taken out of the common bile duct: Extirpation of matter (the stones are not a body part).
  ['stone extraction', '0FC98ZZ'], ['extraction of stones', '0FC98ZZ'], ['extraction of calculi', '0FC98ZZ'],
  ['extraction of gallstones', '0FC98ZZ'], ['choledocholithiasis extraction', '0FC98ZZ'],
  // A stent or prosthesis left in a duct to keep it open: Dilation with an Intraluminal Device, of the duct it is in.
  ['biliary stent', '0F798DZ'], ['biliary prosthesis', '0F798DZ'], ['common bile duct stent', '0F798DZ'],
  ['choledochal stent', '0F798DZ'], ['choledochal prosthesis', '0F798DZ'], ['pancreatic stent', '0F7D8DZ'],
  ['pancreatic duct stent', '0F7D8DZ'], ['wirsung stent', '0F7D8DZ'],
];

/** Words that place a procedure in the bile ducts: the duct, the papilla, the ERCP that reaches them. */
const BILIARY = /\b(?:bil(?:e|iary)|choledoch\w*|cholangi\w*|ercp|papill\w*|oddi|vater|common duct|hepatic duct|jaundice|wirsung)\b/i;

/** Words that name no organ of their own: a sphincterotomy may be anal, a stone extraction urinary. */
const UNPLACED = /^(?:(?:endoscopic )?(?:sphincterotomy|papillotomy)|stone extraction|extraction of (?:stones|calculi))$/i;

/**
 * Whether a biliary code found by words that name no organ ('sphincterotomy', 'stone extraction') has no word of the
 * bile ducts within 300 characters: 'Ureteroscopy with stone extraction' is not of the common bile duct.
 */
export function outsideBiliaryTree(code: string, said: string, text: string, start: number, end: number): boolean {
  if (!code.startsWith('0F') || !UNPLACED.test(said.replace(/\s+/g, ' ').trim())) return false;
  return !BILIARY.test(text.slice(Math.max(0, start - 300), end + 300));
}
