import type { CodeTableView } from '../search/code-table-view';

/**
 * Words that take out only part of a body part. Resection (root operation T) takes out all of it; a transurethral
 * resection (TURBT, TURP), a partial one, or the resection of a lesion, a tumour, a portion, an organ's tissue
 * ('prostatic tissue resected') or a measured length ('resection of 1.5 meters of small intestine') is an excision (B).
 */
const PART_ONLY = /\b(?:transurethral|tur|turb|turbt|turp|partial|partially|portions?|segments?|segmental|wedge|lesions?|tumou?rs?|mass|masses|nodules?|polyps?|tissue)\b|\b\d+(?:[.,]\d+)? ?(?:cm|centimet(?:er|re)s?|met(?:er|re)s?|m)\b of\b/i;

/**
 * A part of an organ named as what was resected: 'resection of the tail of the pancreas', 'of the base stump of the
 * tongue', 'of the upper pole of the kidney' takes out only that part (Excision).
 */
const PART_OF = /\bresect\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tail|head|body|neck|base|stump|apex|poles?|dome|wall|floor|remnant|part)\s+of\b/i;

/**
 * 'Partial' or 'subtotal' said with an operation that names its organ ('partial nephrectomy', 'subtotal penectomy',
 * 'partial mastectomy of the left breast'): part of the body part is cut out, an excision (guideline B3.8: resection is
 * all of it). Not the uterus's: a subtotal or 'partial' hysterectomy is the supracervical one, a Resection of Uterus;
 * nor the parathyroids': a subtotal parathyroidectomy takes out three whole glands, a Resection of Multiple Parathyroid
 * Glands (each gland is a body part).
 */
const PARTIAL_BEFORE = /\b(?:partial|partially|subtotal)\s+(?:(?:right|left|open|laparoscopic|robotic|radical|distal|proximal)\s+)*$/i;
const PARTIAL_IN = /\b(?:partial|partially|subtotal)\s+(?:[\w-]+\s+)?\w+ectom/i;

/**
 * A body part named as where a resection runs from, with where it runs to after it: 'Prostatic tissue resected from
 * bladder neck to verumontanum' gives the extent of the prostate's resection by its landmarks; the bladder neck is not
 * what was taken out.
 */
export function isExtentLandmark(said: string, after: string): boolean {
  return /\b(?:resect|excis|dissect)\w*\s+from\b/i.test(said) && /^\s+(?:to|up to|down to|through)\s/i.test(after);
}

/** A biopsy, or the fine needle aspiration that samples a solid organ's cells (chart-synonyms.ts). */
const BIOPSY = /\bbiops|\b(?:fna[bc]?|paaf|fine needle aspiration)\b/i;

/**
 * A biopsy said, not only the forceps that took a lesion out whole: 'One 4 mm polyp in the ascending colon removed with
 * cold biopsy forceps' is a polypectomy (Excision, no Diagnostic qualifier); the polyp is gone, not sampled.
 */
function isBiopsy(said: string, around: string): boolean {
  const after = around.slice(around.indexOf(said) + said.length);
  const forceps = /^\s*forceps\b/i.test(after) && /\b(?:remov|resect|polypectom|excis)\w*/i.test(said);
  return BIOPSY.test(forceps ? said.replace(/\bbiops(?:y|ies)\s*$/i, '') : said);
}

const DIAGNOSTIC_ONLY = /\bdiagnostic\b/i;
const THERAPEUTIC = /\b(?:therapeutic|evacuat\w*|relie\w*)\b/i;

/**
 * The root operation the note's words support, from the code a mention found: a 'resection' said of part of a body
 * part becomes its excision, and a biopsy (read as 'excision') gets the Diagnostic qualifier (X), as PCS codes
 * biopsies. Only where the table has that code; otherwise the code stays as found.
 */
export function withRootOperation(view: CodeTableView, i: number, said: string, around: string, before = ''): number {
  const code = view.table.codes[i]!;
  if (code[0] !== '0') return i;
  const resected = /\bresect/i.test(said) && (PART_ONLY.test(around) || PART_OF.test(around));
  const partial = /ectom/i.test(said) && !/^0(?:UT9|GTQ)/.test(code) && (PARTIAL_IN.test(said) || PARTIAL_BEFORE.test(before));
  if (code[2] === 'T' && (resected || partial)) {
    const excision = view.indexOf(`${code.slice(0, 2)}B${code.slice(3, 5)}ZZ`);
    if (excision !== undefined) return withRootOperation(view, excision, said, around, before);
  }
  if (code[2] === 'B' && isBiopsy(said, around) && code[6] !== 'X') return view.indexOf(`${code.slice(0, 6)}X`) ?? i;
  // A drainage done only to sample the fluid ('diagnostic paracentesis') is Diagnostic; one that also empties it
  // ('diagnostic and evacuating pericardiocentesis') is not.
  if (code[2] === '9' && DIAGNOSTIC_ONLY.test(around) && !THERAPEUTIC.test(around) && code[6] !== 'X') return view.indexOf(`${code.slice(0, 6)}X`) ?? i;
  return i;
}

/** How a dilation is done, said in its clause: the instrument or the technique. */
const DILATION_MEANS = /\b(?:balloons?|dilators?|bougi\w*|pneumatic|hydrostatic|hegar|savary|endoscopic\w*|percutaneous|angioplasty)\b/i;
const DONE_AFTER = /^[^.;,]{0,40}?\b(?:was|were|is|are) (?:performed|done|carried out|practi[cs]ed)\b/i;
const DONE_BEFORE = /\b(?:underwent|undergo(?:es|ing)?|perform(?:ed|ing)?|proceeded to|required|requiring|by means of)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * Whether a Dilation code without a device was read from words that report a finding: 'dilation of the loops of the
 * small intestine', 'dilated ducts' on a study or under the microscope are the widened lumen, not the procedure that
 * widens it (root operation 7). Coded only when the chart says how it was done ('pneumatic dilation') or that it was
 * done ('underwent dilation of the stricture').
 */
export function isDilationFinding(view: CodeTableView, i: number, text: string, start: number, end: number, clause: string): boolean {
  const code = view.table.codes[i]!;
  if (code[0] !== '0' || code[2] !== '7' || code[5] !== 'Z' || !/\bdilat/i.test(text.slice(start, end))) return false;
  if (DILATION_MEANS.test(clause)) return false;
  return !DONE_AFTER.test(text.slice(end, end + 80)) && !DONE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
