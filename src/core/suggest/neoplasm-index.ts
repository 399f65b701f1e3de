/**
 * Alphabetic Index entries of neoplasms by morphology whose column the titles do not name in the words charts use
 * ('Tumor, Warthin's D11.9'; '... - see Neoplasm, nerve, benign'). A morphology sent to 'Neoplasm, benign, by site'
 * is D36.9 here, which siteNeoplasms places at the organ the chart names. Joined to INDEX_DEFAULTS, whose test checks
 * each code against the FY2026 set.
 */
export const NEOPLASM_INDEX: readonly [phrase: string, code: string][] = [
  // 'Tumor, Warthin's (salivary gland) D11.9', the parotid's own row D11.0.
  ['warthin tumor', 'D119'], ['warthin tumor parotid', 'D110'],
  // 'Tumor, Leydig cell - see Neoplasm, uncertain behavior, by site' (testis D40.1-, the side refined from the chart);
  // 'Tumor, granulosa cell D39.1-' (ovary).
  ['leydig cell tumor testis', 'D4010'], ['granulosa cell tumor', 'D3910'],
  // 'Tumor, giant cell, bone D48.0'.
  ['giant cell tumor bone', 'D480'],
  // 'Oncocytoma - see Neoplasm, benign, by site'; 'Neurofibroma, Schwannoma, Neurilemmoma - see Neoplasm, nerve,
  // benign' (D36.10); acoustic D33.3.
  ['oncocytoma', 'D369'], ['neurofibroma', 'D3610'], ['schwannoma', 'D3610'], ['neurilemmoma', 'D3610'],
  ['vestibular schwannoma', 'D333'], ['acoustic schwannoma', 'D333'], ['acoustic neuroma', 'D333'],
];
