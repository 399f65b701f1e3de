/**
 * The study words that name imaging used to guide a needle or a catheter: 'CT-guided biopsy', 'US-guided
 * paracentesis', 'ultrasound-guided thoracentesis', 'under fluoroscopic guidance', 'under ultrasound control', 'guided
 * by CT', or the operation's step done under the image ('Under real-time ultrasound, the right internal jugular vein was
 * accessed', 'advanced into the IVC under fluoroscopy'). The coder codes the procedure guided (its percutaneous approach); the guidance is coded only if the facility
 * asks for it, and never as a diagnostic study of the body part (a 'CT-guided biopsy of the liver' is no CT of Liver).
 */
const MODALITY = String.raw`(?:x[- ]?rays?|radiograph\w*|radiolog\w*|ct|cat|tac|(?:computed|computerized|axial) tomograph\w*|tomograph\w*|mri|ultrasound|ultrasonograph\w*|sonograph\w*|sonographic(?:ally)?|echograph\w*|echo|us|fluoroscop\w*|radioscop\w*)`;
const GUIDING = new RegExp(
  String.raw`\b${MODALITY}[- ]?guided\b|\bunder (?:the )?(?:real[- ]time |direct |continuous )?(?:\w+ )?${MODALITY}\b(?: (?:guidance|control))?|\b${MODALITY} guidance\b|\bguided by (?:the |an? )?${MODALITY}\b`,
  'gi',
);

/**
 * Whether an imaging (section B) code was read from words that say the imaging guided a procedure: a study word of
 * the mention, or one right before it, is the one 'guided' or 'guidance' goes with.
 */
export function isGuidanceOnly(code: string, text: string, start: number, end: number): boolean {
  if (code[0] !== 'B') return false;
  const from = Math.max(0, start - 30);
  const around = text.slice(from, end + 20);
  for (const g of around.matchAll(GUIDING)) {
    const at = from + g.index!;
    if (at < end && at + g[0].length > start) return true;
  }
  return false;
}
