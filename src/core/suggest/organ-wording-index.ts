/**
 * Alphabetic Index entries charts write in words neither the titles nor the other tables read: the organ's noun after
 * the condition ('stricture of the rectum', where a table has 'rectal stricture' and the chart's 'rectum' is not
 * 'rectal'), or the Latin singular the plural stems to ('varices' -> 'varix'). Joined to INDEX_DEFAULTS, whose test
 * checks each code against the FY2026 set.
 */
export const ORGAN_WORDING_INDEX: readonly [phrase: string, code: string][] = [
  // 'Stricture, rectum K62.4', 'Stricture, anus (sphincter) K62.4' ('Stenosis - see Stricture').
  ['rectum stricture', 'K624'], ['anus stricture', 'K624'],
  // 'Varix (lower limb) I83.90', 'Varix, leg - see Varix, lower limb': the limb's varices, not the esophagus's a bare
  // 'varices' of a cirrhotic chart means; the side, or both (I83.93), is read from the sentence (Guidelines I.B.13).
  ['lower limb varix', 'I8390'], ['lower extremity varix', 'I8390'], ['leg varix', 'I8390'],
];
