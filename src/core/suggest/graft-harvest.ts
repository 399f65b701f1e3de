/**
 * A vessel taken for a bypass graft, as surgeons name its harvest, with the code a coder gives (joined into
 * SURGERY_DEFAULTS: the open approach, which 'endoscopic' changes to percutaneous endoscopic, and the right side, which
 * the side the note names changes and without which the harvest is not coded). The harvest is coded apart from the
 * bypass it serves (ICD-10-PCS guideline B3.9): an Excision of the vein or artery taken.
 */
export const GRAFT_HARVEST: readonly [phrase: string, code: string][] = [
  ['saphenous vein harvest', '06BP0ZZ'], ['harvest of the saphenous vein', '06BP0ZZ'], ['harvest of saphenous vein', '06BP0ZZ'],
  ['greater saphenous vein harvest', '06BP0ZZ'], ['harvest of the greater saphenous vein', '06BP0ZZ'],
  ['harvest of greater saphenous vein', '06BP0ZZ'], ['saphenous vein was harvested', '06BP0ZZ'],
  ['radial artery harvest', '03BB0ZZ'], ['harvest of the radial artery', '03BB0ZZ'], ['radial artery was harvested', '03BB0ZZ'],
];
