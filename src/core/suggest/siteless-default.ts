import type { Finding } from './assemble';

/**
 * The Index's code for a main term said with no site, whose title is the skin's: 'Abscess (connective tissue) ...
 * L02.91' (Cutaneous abscess, unspecified), 'Fistula (cutaneous) L98.8'. The Index lists the sites under the term
 * ('Abscess, parietocolic', 'Fistula, jejunum'), and a coder looks the named site up, never taking the skin's default
 * for an abscess or fistula the chart places elsewhere.
 */
const SITELESS: Readonly<Record<string, RegExp>> = { L0291: /^abscess/i, L988: /^fistula/i };

/** The codes of those defaults, listed after the diagnoses stated where they stay (rank-order.ts). */
export const SKIN_DEFAULTS: ReadonlySet<string> = new Set(Object.keys(SITELESS));

/** A word of place right before the term ('parietocolic abscess', 'subconjunctival abscess', 'mucous fistula'). */
const PLACE_BEFORE = /\b([a-z]+(?:al|ic|ar|ary|eal|ous|ine))\s+$/i;

/**
 * Words of those endings that say what kind of abscess or fistula it is, or how big or how long, not where it is; and
 * the skin's own words, whose default stands.
 */
const NOT_A_PLACE = new Set(
  ('focal local septic pyogenic chronic acute residual tubercular tuberculous amebic metastatic bacterial fungal '
    + 'cutaneous subcutaneous dermal superficial surgical postsurgical postoperative cold hot similar typical large '
    + 'small initial actual external internal').split(' '),
);

/** Whether the finding's every mention names the term with a place that is not the skin's. */
function placedElsewhere(f: Finding, text: string): boolean {
  const term = SITELESS[f.code];
  return term !== undefined && f.evidence.length > 0 && f.evidence.every((e) => {
    const word = PLACE_BEFORE.exec(text.slice(Math.max(0, e.start - 30), e.start))?.[1]?.toLowerCase();
    return term.test(text.slice(e.start, e.end)) && word !== undefined && !NOT_A_PLACE.has(word);
  });
}

/**
 * The findings without a skin default read from an abscess or fistula the chart names at a site the rules did not place
 * ('extraperitoneal right parietocolic abscess' is no cutaneous abscess, L02.91): the coder codes it by its site.
 */
export function withoutSitelessDefault(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => !placedElsewhere(f, text));
}
