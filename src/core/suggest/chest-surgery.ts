/**
 * Operations on the lungs, the thymus, the larynx, the liver, the pancreas and the breast as surgeons name them, with
 * the code a coder gives when the note says no more (joined into SURGERY_DEFAULTS: the open approach, which the
 * sentence's 'thoracoscopic' or 'laparoscopic' changes, and the right side of a paired body part, which the side the
 * note names changes and without which the operation is not coded).
 */
export const CHEST_SURGERY: readonly [phrase: string, code: string][] = [
  // A pneumonectomy takes out the whole lung (0BTK right, 0BTL left); a lobectomy, the lobe the note names, each lobe
  // a PCS body part of its own (guideline B3.8). A lobectomy without its lobe is not guessed.
  ['pneumonectomy', '0BTK0ZZ'], ['right upper lobectomy', '0BTC0ZZ'], ['right middle lobectomy', '0BTD0ZZ'],
  ['right lower lobectomy', '0BTF0ZZ'], ['left upper lobectomy', '0BTG0ZZ'], ['left lower lobectomy', '0BTJ0ZZ'],
  ['thymectomy', '07TM0ZZ'],
  // A total laryngectomy takes out the larynx; a partial (supraglottic, hemi-) one part of it, an Excision.
  ['laryngectomy', '0CTS0ZZ'], ['total laryngectomy', '0CTS0ZZ'], ['supraglottic laryngectomy', '0CBS0ZZ'],
  ['hemilaryngectomy', '0CBS0ZZ'],
  // The pancreas's tail and body (distal pancreatectomy) or the liver's segments are part of the organ: an Excision;
  // the whole pancreas or a whole liver lobe ('right hepatectomy', 0FT1), a Resection. A 'hepatectomy' alone is
  // most often of segments and is not guessed.
  ['pancreatectomy', '0FTG0ZZ'], ['total pancreatectomy', '0FTG0ZZ'], ['distal pancreatectomy', '0FBG0ZZ'],
  ['partial hepatectomy', '0FB00ZZ'], ['segmental hepatectomy', '0FB00ZZ'], ['right hepatectomy', '0FT10ZZ'],
  ['left hepatectomy', '0FT20ZZ'],
  // A lumpectomy (partial mastectomy) takes the lump with a margin of the breast: Excision of the breast of its side.
  ['lumpectomy', '0HBT0ZZ'], ['partial mastectomy', '0HBT0ZZ'],
  // So does a quadrantectomy (segmental mastectomy): a quadrant of the breast, part of it, with the tumour it holds.
  ['quadrantectomy', '0HBT0ZZ'], ['segmental mastectomy', '0HBT0ZZ'],
];
