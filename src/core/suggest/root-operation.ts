import type { CodeTableView } from '../search/code-table-view';

/**
 * Words that take out only part of a body part. Resection (root operation T) takes out all of it; a transurethral
 * resection (TURBT, TURP), a partial one, or the resection of a lesion, a tumour or a portion is an excision (B).
 */
const PART_ONLY = /\b(?:transurethral|tur|turb|turbt|turp|partial|partially|portion|segment|segmental|wedge|lesions?|tumou?rs?|mass|masses|nodules?|polyps?)\b/i;

const DIAGNOSTIC_ONLY = /\bdiagnostic\b/i;
const THERAPEUTIC = /\b(?:therapeutic|evacuat\w*|relie\w*)\b/i;

/**
 * The root operation the note's words support, from the code a mention found: a 'resection' said of part of a body
 * part becomes its excision, and a biopsy (read as 'excision') gets the Diagnostic qualifier (X), as PCS codes
 * biopsies. Only where the table has that code; otherwise the code stays as found.
 */
export function withRootOperation(view: CodeTableView, i: number, said: string, around: string): number {
  const code = view.table.codes[i]!;
  if (code[0] !== '0') return i;
  if (code[2] === 'T' && /\bresect/i.test(said) && PART_ONLY.test(around)) {
    const excision = view.indexOf(`${code.slice(0, 2)}B${code.slice(3, 5)}ZZ`);
    if (excision !== undefined) return withRootOperation(view, excision, said, around);
  }
  if (code[2] === 'B' && /\bbiops/i.test(said) && code[6] !== 'X') return view.indexOf(`${code.slice(0, 6)}X`) ?? i;
  // A drainage done only to sample the fluid ('diagnostic paracentesis') is Diagnostic; one that also empties it
  // ('diagnostic and evacuating pericardiocentesis') is not.
  if (code[2] === '9' && DIAGNOSTIC_ONLY.test(around) && !THERAPEUTIC.test(around) && code[6] !== 'X') return view.indexOf(`${code.slice(0, 6)}X`) ?? i;
  return i;
}
