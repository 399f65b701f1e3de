import type { SetAside, Setting, Suggestion } from '../types';

/**
 * ICD-10-PCS reports the procedures of a hospital inpatient stay; an outpatient encounter's procedures (the office ECG,
 * the clinic biopsy, the day-surgery scope) are reported with CPT and HCPCS Level II instead (HIPAA code set rule,
 * 45 CFR 162.1002). So in the outpatient setting the procedures read are set aside with that reason, not suggested:
 * the coder still sees them, and a chart that is in fact an admission is coded in the inpatient setting.
 */
export function proceduresForSetting(procedures: Suggestion[], setting: Setting, setAside: SetAside[]): Suggestion[] {
  if (setting === 'inpatient') return procedures;
  for (const p of procedures) {
    if (setAside.some((a) => a.code === p.code)) continue;
    setAside.push({
      code: p.code,
      display: p.display,
      title: p.title,
      context: 'outpatient',
      evidence: p.evidence,
      reason: 'ICD-10-PCS codes inpatient hospital procedures: in the outpatient setting the procedure is reported with CPT/HCPCS',
    });
  }
  return [];
}
