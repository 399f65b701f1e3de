/**
 * The Alphabetic Index's 'Mass' (and 'Lump - see also Mass', 'Enlargement, lymph node') by site, for the sites whose
 * code the titles word otherwise: the liver's mass is 'Hepatomegaly' (R16.0), the lung's 'Other nonspecific abnormal
 * finding of lung field' (R91.8), a limb's 'Localized swelling, mass and lump' (R22.3-/R22.4-, the side refined
 * from the text). A mass whose nature is named later (carcinoma, cyst) is coded by that name, not by these.
 * Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const MASS_INDEX: readonly [phrase: string, code: string][] = [
  // 'Mass, liver R16.0', 'Mass, splenic R16.1', 'Mass, mediastinal J98.59'.
  ['liver mass', 'R160'], ['mass in the liver', 'R160'], ['splenic mass', 'R161'], ['spleen mass', 'R161'],
  ['mediastinal mass', 'J9859'], ['mass in the mediastinum', 'J9859'],
  // 'Mass, lung R91.8', in the order the imaging reports write it.
  ['mass in the lung', 'R918'], ['pulmonary mass', 'R918'],
  // 'Mass, abdominal R19.0-' by quadrant: the iliac fossa is the lower quadrant, the hypochondrium the upper one.
  ['mass in the right iliac fossa', 'R1903'], ['right iliac fossa mass', 'R1903'],
  ['mass in the left iliac fossa', 'R1904'], ['left iliac fossa mass', 'R1904'],
  ['mass in the right hypochondrium', 'R1901'], ['right hypochondrium mass', 'R1901'],
  ['mass in the left hypochondrium', 'R1902'], ['left hypochondrium mass', 'R1902'],
  ['epigastric mass', 'R1906'], ['periumbilical mass', 'R1905'],
  // 'Mass, chest R22.2', 'Mass, head R22.0'; 'Mass, localized, limb, lower R22.4-, upper R22.3-'.
  ['chest wall mass', 'R222'], ['mass of the chest wall', 'R222'], ['thigh mass', 'R2240'], ['mass in the thigh', 'R2240'],
  ['leg mass', 'R2240'], ['mass in the leg', 'R2240'], ['arm mass', 'R2230'], ['mass in the arm', 'R2230'],
  ['forearm mass', 'R2230'], ['mass in the forearm', 'R2230'],
  // 'Mass, specified organ NEC - see Disease, by site': the organ's 'specified NEC' code ('Disease, pancreas, specified
  // NEC K86.89', 'bladder N32.89', 'adrenal E27.8', 'ovary N83.8', 'uterus N85.8', 'salivary gland K11.8'); 'Nodule,
  // prostate N40.2'. (A brain mass is left to what the chart names it: an abscess, a toxoplasmosis, a tumour.)
  ['pancreatic mass', 'K8689'], ['mass in the pancreas', 'K8689'], ['bladder mass', 'N3289'], ['adrenal mass', 'E278'],
  ['adrenal nodule', 'E278'], ['adrenal incidentaloma', 'E278'], ['ovarian mass', 'N838'], ['uterine mass', 'N858'],
  ['parotid mass', 'K118'], ['prostate nodule', 'N402'], ['prostatic nodule', 'N402'],
  // 'Enlargement, lymph gland or node R59.9'.
  ['lymph node enlargement', 'R599'], ['enlargement of lymph nodes', 'R599'], ['enlarged lymph node', 'R599'],
];
