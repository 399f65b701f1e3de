import type { Suggestion } from '../types';

/**
 * Procedures read from the chart that inpatient coders seldom report: a routine electrocardiogram, a visual acuity
 * measurement, an eye examination. The UHDDS asks for significant procedures (surgical in nature, carrying procedural
 * or anesthetic risk, or requiring specialized training); whether these are reported is the facility's policy. They stay
 * in the list, after the significant procedures, since many facilities and registries do report them, with a prompt
 * that says so.
 */
const ROUTINE: Readonly<Record<string, string>> = {
  '4A02X4Z': 'a routine electrocardiogram',
  '4A07X0Z': 'a visual acuity measurement',
  '08J0XZZ': 'an eye examination',
  '08J1XZZ': 'an eye examination',
};

export function withRoutinePrompts(procedures: Suggestion[]): Suggestion[] {
  const prompted = procedures.map((s) => {
    const what = s.set === 'icd10pcs' ? ROUTINE[s.code] : undefined;
    if (!what) return s;
    const message = `${what[0]!.toUpperCase()}${what.slice(1)} is not a significant procedure (UHDDS); most facilities do not report it for inpatients. Check your facility's policy.`;
    return { ...s, prompts: [...s.prompts, { kind: 'reporting' as const, message }] };
  });
  // After the significant procedures, whose first is the principal procedure (UHDDS: the definitive treatment).
  const routine = (s: Suggestion) => s.set === 'icd10pcs' && ROUTINE[s.code] !== undefined;
  return [...prompted.filter((s) => !routine(s)), ...prompted.filter(routine)];
}
