/**
 * 'Lymphoma (of) (malignant)' by type, in the words the charts use where the titles use others ('mantle lymphoma',
 * 'small lymphocytic lymphoma' for 'Small cell B-cell lymphoma'). Each code is the unspecified site's; the site is
 * refined from the text (lymphoma-site.ts). Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const LYMPHOMA_INDEX: readonly [phrase: string, code: string][] = [
  // 'Lymphoma, mantle cell C83.1-'; 'small lymphocytic C83.0-'; 'plasmablastic C83.8-'.
  ['mantle lymphoma', 'C8310'], ['mantle non-hodgkin lymphoma', 'C8310'], ['mantle zone lymphoma', 'C8310'],
  ['small lymphocytic lymphoma', 'C8300'], ['plasmablastic lymphoma', 'C8380'],
  // 'Lymphoma, marginal zone (extranodal) (MALT) C88.4' (the nodal and splenic ones are C83.0-'s inclusion terms).
  ['marginal zone lymphoma', 'C8840'], ['extranodal marginal zone lymphoma', 'C8840'],
  // 'Lymphoma, diffuse large cell C83.3-' (B-cell and subtype not specified alike); 'Lymphoma, histiocytic (diffuse) -
  // see Lymphoma, diffuse large cell', the older name translated notes keep ('diffuse histiocytic lymphoma of large cells').
  ['diffuse large cell lymphoma', 'C8330'], ['diffuse histiocytic lymphoma', 'C8330'], ['dlbcl', 'C8330'],
];
