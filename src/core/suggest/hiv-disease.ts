import { formatCode } from '../codeset/format';
import type { CodeTableView } from '../search/code-table-view';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Conditions that make HIV infection HIV disease (B20): the opportunistic infections and other AIDS-defining
 * illnesses, and those HIV is known to cause (oral hairy leukoplakia, HIV wasting). Pneumocystosis B59,
 * toxoplasmosis B58, cytomegaloviral disease B25, candidiasis of the esophagus or lung B37.1/B37.81, cryptococcosis
 * B45, coccidioidomycosis B38, histoplasmosis B39, cryptosporidiosis and isosporiasis A07.2-A07.3, mycobacteria
 * (tuberculosis A15-A19, atypical A31), progressive multifocal leukoencephalopathy A81.2, Kaposi sarcoma C46, hairy
 * leukoplakia K13.3, wasting R64.
 */
const HIV_RELATED = /^(B59|B58|B25|B371|B3781|B45|B38|B39|A07[23]|A1[5-9]|A31|A812|C46|K133|R64)/;

/** A CD4 count, as case reports write it: 'CD4 96', 'CD4+ lymphocytes: 440/mL', 'CD4 count of 0' (not a percentage). */
const CD4 = /\bCD4\+?(?:\s*(?:T[- ])?(?:lymphocytes?|cells?))?(?:\s*count)?\s*(?:of|was|were|:|=)?\s*(\d+(?:[.,]\d+)?)(?!\s*%|[.,]?\d)/gi;

/** AIDS in capitals (in lower case 'aids' is a verb or a hearing aid), and the CDC's clinical category C3. */
const AIDS = /\bAIDS\b|\bacquired immune? ?deficiency syndrome\b|\bHIV\b[^.;\n]{0,30}\b(?:stage|category) C ?3\b|\bHIV C3\b/g;

/**
 * Guidelines I.C.1.a.2: a patient with HIV who has an HIV-related condition, or AIDS, is coded B20; Z21 is only for
 * HIV infection without symptoms or related illness (I.C.1.a.2.d). A CD4 count under 200 cells/mm3 is AIDS by the
 * CDC's definition (stage 3). So HIV status (Z21) becomes B20 when the chart documents AIDS, such a count or such a
 * condition; and AIDS written in capitals is B20 itself.
 */
export function withHivDisease(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (view.indexOf('B20') === undefined) return findings;
  const affirmed = (start: number, end: number) => reading.contextOf(start, end).decision === 'affirmed';
  const out = [...findings];
  for (const m of text.matchAll(AIDS)) {
    if (affirmed(m.index!, m.index! + m[0].length)) addRuleFinding(out, 'B20', { start: m.index!, end: m.index! + m[0].length }, 8, 'AIDS is HIV disease (B20)');
  }
  asymptomaticStatus(text, out);
  const status = out.find((f) => f.code === 'Z21' && f.context === 'affirmed');
  if (!status) return out;
  const related = out.find((f) => f.context === 'affirmed' && HIV_RELATED.test(f.code));
  const count = [...text.matchAll(CD4)].find((m) => Number(m[1]!.replace(',', '.')) < 200);
  const why = related
    ? `HIV with an HIV-related condition (${formatCode('icd10cm', related.code)}) is HIV disease, not asymptomatic status (Guidelines I.C.1.a.2)`
    : count
      ? 'HIV with a CD4 count under 200 (AIDS, CDC stage 3) is HIV disease, not asymptomatic status (Guidelines I.C.1.a.2)'
      : undefined;
  if (!why) return out;
  const evidence = count ? [...status.evidence, { start: count.index!, end: count.index! + count[0].length }] : status.evidence;
  const disease = out.find((f) => f.code === 'B20');
  if (disease) {
    disease.evidence.push(...evidence);
    return out.filter((f) => f !== status);
  }
  return out.map((f) => (f === status ? { ...f, code: 'B20', evidence, notes: [...f.notes, why] } : f));
}

/** 'Asymptomatic HIV infection', 'HIV infection, asymptomatic': the word right beside the HIV, in its clause. */
const ASYMPTOMATIC_BEFORE = /\basymptomatic\s+$/i;
const ASYMPTOMATIC_AFTER = /^(?:\s+infection)?\s*,?\s*asymptomatic\b/i;

/**
 * 'Human immunodeficiency virus (HIV) disease (infection) B20 - asymptomatic status Z21' (Index): HIV the provider calls
 * asymptomatic is the status, turned back into B20 below where the chart documents AIDS, such a count or such a
 * condition. Changed in place, the finding keeps its evidence.
 */
function asymptomaticStatus(text: string, findings: Finding[]): void {
  const i = findings.findIndex((f) => f.code === 'B20' && f.evidence.some((e) => ASYMPTOMATIC_BEFORE.test(text.slice(Math.max(0, e.start - 14), e.start)) || ASYMPTOMATIC_AFTER.test(text.slice(e.end, e.end + 30))));
  if (i < 0 || findings.some((f) => f.code === 'Z21')) return;
  const f = findings[i]!;
  findings[i] = { ...f, code: 'Z21', notes: [...f.notes, 'HIV documented as asymptomatic: HIV status (Z21, Index: Human immunodeficiency virus, asymptomatic status)'] };
}
