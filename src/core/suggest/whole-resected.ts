import type { Suggestion } from '../types';

/**
 * An excision told as a step of the resection of the same body part: under 'Bilateral salpingectomy' the
 * description's 'the bilateral fallopian tubes were excised w/ the vessel sealer' is the whole tube taken out, one
 * Resection (0UT74ZZ), not also an Excision of it (0UB74ZZ): one root operation per body part when the part is
 * removed whole (ICD-10-PCS guidelines B3.2, B3.8). Only an excision told by the verb ('were excised') through the
 * same approach: a biopsy (qualifier X), a 'partial' operation or a transurethral resection told by its own name is a
 * procedure of its own (a TURBT before the radical cystectomy) and stays.
 */
export function withoutExcisionOfResected(found: Suggestion[], text: string): Suggestion[] {
  const resected = new Set(found.filter((s) => /^0.T/.test(s.code)).map((s) => s.code.slice(0, 2) + s.code.slice(3, 5)));
  const toldAsStep = (s: Suggestion) => s.evidence.every((e) => /\bexcised\b/i.test(text.slice(e.start, e.end)));
  return found.filter((s) => !(/^0.B/.test(s.code) && s.code[6] !== 'X' && resected.has(s.code.slice(0, 2) + s.code.slice(3, 5)) && toldAsStep(s)));
}
