import type { Suggestion } from '../types';

/**
 * The line that names a procedure report's own procedure: its title ('COLONOSCOPY REPORT', the first line) or its
 * procedure heading ('PROCEDURE: Colonoscopy with cold snare polypectomy'). The report tells one session.
 */
function isReportProcedure(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return lineStart === 0 || /^\s*(?:procedures?(?: performed)?|operations?(?: performed)?|title)\s*:/i.test(text.slice(lineStart, at));
}

/**
 * Words after a laparotomy, in its sentence, of the operation done through it or of its scar: 'with primary suture of
 * the descending colon', 'and gastrotomy', 'scar'.
 */
const OPERATION_AFTER = /^(?:\s*scars?\b|\s*(?:wounds?|incisions?|hernias?)\b|[^.;]*?\b(?:\w+ectom\w*|\w+otom(?:y|ies)|\w+ostom(?:y|ies)|\w+orrhaph\w*|resect\w*|suture\w*|repair\w*|biops\w*|drain\w*|excis\w*|exeresis|remov\w*|anastomos\w*|evacuat\w*|lavage)\b)/i;

/**
 * An inspection through the scope that did another procedure on the same body system, said near it, is part of that
 * procedure and not coded apart (ICD-10-PCS guideline B3.11a): 'cystoscopy with cold biopsy' is the biopsy (0TBB8ZX).
 * So is the one a procedure report is named for, wherever its findings tell what the scope did: the 'COLONOSCOPY
 * REPORT' whose findings list 'polyps ... removed with cold snare' is the polypectomy (0DBN8ZZ), not also 0DJD8ZZ.
 */
export function withoutIntegralInspections(found: Suggestion[], text: string): Suggestion[] {
  // Every time the note says the inspection, near the operation: a cystoscopy told on its own before ('A cystoscopy was
  // performed, which showed a tumour') is the diagnostic one, and the resection's own scope is said with the resection.
  const near = (a: Suggestion, b: Suggestion) => b.evidence.every((f) => a.evidence.some((e) => Math.abs(e.start - f.start) < 150));
  const reportOf = (s: Suggestion) => s.evidence.some((e) => isReportProcedure(text, e.start));
  // The exploratory laparotomy or laparoscopy (Inspection, Peritoneal Cavity) that went on to an operation on an
  // abdominal organ by the same approach is that operation's way in: 'exploratory laparotomy with enterolysis' is 0DN80ZZ.
  const abdominal = (o: Suggestion, s: Suggestion) => s.code.startsWith('0WJG') && 'DFTUW'.includes(o.code[1]!);
  const integral = (s: Suggestion) =>
    s.code[0] === '0' && s.code[2] === 'J' &&
    found.some((o) => o.code[0] === '0' && o.code[2] !== 'J' && (o.code[1] === s.code[1] || abdominal(o, s)) && o.code[4] === s.code[4] && (near(o, s) || reportOf(s)));
  // A laparotomy said without 'exploratory' or 'diagnostic' is most often the way in of the operation the note tells
  // further on ('A midline laparotomy was performed ... the tumour was resected'): it is an inspection only where the
  // chart codes no open operation on an abdominal organ, the spleen, the adrenals or the vessels there.
  // So is one whose sentence names the operation done through it ('Laparotomy was performed with en bloc resection of
  // the abdominal wall', 'a laparotomy and gastrotomy', 'Laparotomy and biopsy were performed'), and a laparotomy's
  // scar or wound is no procedure at all.
  const wayIn = (s: Suggestion) =>
    s.code === '0WJG0ZZ' && s.evidence.every((e) => !/\b(?:explor|diagnos)/i.test(text.slice(Math.max(0, e.start - 30), e.end))) &&
    (s.evidence.every((e) => OPERATION_AFTER.test(text.slice(e.end, e.end + 300))) ||
      found.some((o) => o.code[0] === '0' && o.code[2] !== 'J' && o.code[4] === '0' && 'DFTUVWG74'.includes(o.code[1]!)));
  return found.filter((s) => !integral(s) && !wayIn(s));
}
