import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { gestationWeeks } from './gestation-weeks';

/**
 * Chapter 16 (P00-P96) on the record it belongs to, and the preterm newborn by its weeks.
 *
 * Guidelines I.C.16.a.1: codes of chapter 16 are for the newborn's record only, never the maternal record. In the
 * chart of a woman pregnant or delivering now, the fetus's conditions are her maternal care codes: a fetal death
 * (P95) is maternal care for intrauterine death (O36.4, Index: Pregnancy, complicated by, death of fetus).
 *
 * Guidelines I.C.16.d: prematurity is coded by the gestational age recorded: 'preterm newborn of 32 weeks' is P07.35,
 * under 28 completed weeks extreme immaturity (P07.2-).
 */

const MATERNAL_FOR: Record<string, string> = { P95: 'O364XX0' };

/** The findings of a maternal record with the newborn's codes made the mother's (P95) or dropped. */
export function offMaternalRecord(view: CodeTableView, findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.code.startsWith('P')) {
      out.push(f);
      continue;
    }
    const maternal = MATERNAL_FOR[f.code];
    if (maternal && view.indexOf(maternal) !== undefined && !out.some((o) => o.code === maternal)) {
      out.push({ ...f, code: maternal, notes: [...f.notes, 'the maternal record: maternal care code, not the newborn chapter (Guidelines I.C.16.a.1)'] });
    }
  }
  return out;
}

/** Preterm (P07.30) or extremely immature (P07.20) newborn of unspecified weeks. */
const PRETERM_UNSPECIFIED = /^P07[23]0$/;

/** The P07.2- or P07.3- code for completed weeks of gestation, or undefined from 37 weeks (not preterm). */
export function pretermWeeksCode(weeks: number): string | undefined {
  if (weeks < 23) return 'P0721';
  if (weeks < 28) return `P072${weeks - 21}`;
  if (weeks < 37) return `P073${weeks - 27}`;
  return undefined;
}

/** A preterm newborn's code by the weeks written near it, else the chart's weeks of gestation. */
export function withPretermWeeks(text: string, view: CodeTableView, f: Finding): Finding {
  if (!PRETERM_UNSPECIFIED.test(f.code)) return f;
  const near = f.evidence.map((e) => gestationWeeks(text.slice(e.start, e.end + 60))).find((w) => w !== undefined);
  const weeks = near?.weeks ?? gestationWeeks(text)?.weeks;
  const code = weeks === undefined ? undefined : pretermWeeksCode(weeks);
  if (!code || view.indexOf(code) === undefined) return f;
  return { ...f, code, notes: [...f.notes, `gestational age ${weeks} completed weeks (Guidelines I.C.16.d)`] };
}

/**
 * A newborn's condition has the code of the Index's 'newborn' (neonatal) subterm, not the main term's (Guidelines
 * I.C.16.a: chapter 16 for conditions that have their origin in the perinatal period, in the newborn's record).
 */
export const NEWBORN_FOR: Record<string, string> = {
  R17: 'P599', // Jaundice, newborn P59.9
  E807: 'P599', // Hyperbilirubinemia, neonatal P59.9
  J80: 'P220', // Syndrome, respiratory distress, newborn P22.0
  R0603: 'P229', // Distress, respiratory, newborn P22.9
  E162: 'P704', // Hypoglycemia, neonatal P70.4
  E8351: 'P711', // Hypocalcemia, neonatal P71.1
  R569: 'P90', // Convulsions, newborn P90
  A419: 'P369', // Sepsis, newborn P36.9
  R0681: 'P2840', // Apnea, newborn P28.40 (unspecified apnea of newborn)
  D751: 'P611', // Polycythemia, neonatorum P61.1
  T68XXXA: 'P809', // Hypothermia, newborn P80.9
  E860: 'P741', // Dehydration, newborn P74.1
  R509: 'P819', // Fever, newborn P81.9
  R001: 'P2912', // Bradycardia, neonatal P29.12
  J189: 'P239', // Pneumonia, neonatal P23.9
  R6330: 'P929', // Difficulty, feeding, newborn P92.9
};

/**
 * A newborn uses no substance: 'caffeine' of its chart is the apnea's drug ('apnea of prematurity on caffeine'), and
 * its mother's use is the newborn's exposure (P04.-) or withdrawal (P96.1), never F10-F19.
 */
const SUBSTANCE_USE = /^F1\d/;

/** A newborn's findings with the codes of the Index's newborn subterms (one finding where two meet on a code). */
export function newbornCodes(view: CodeTableView, findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (SUBSTANCE_USE.test(f.code)) continue;
    const code = NEWBORN_FOR[f.code];
    const moved = code && view.indexOf(code) !== undefined ? { ...f, code, notes: [...f.notes, 'a newborn: the Index entry\'s newborn subterm (Guidelines I.C.16.a)'] } : f;
    const same = out.find((o) => o.code === moved.code);
    if (same) same.evidence.push(...moved.evidence);
    else out.push(moved);
  }
  return out;
}
