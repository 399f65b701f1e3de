import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Evidence, Setting } from '../types';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { trimesterOf } from './pregnancy-codes';

/**
 * Advanced maternal age as US obstetric notes write it: 'AMA' (in capitals: the same letters in lower case are no
 * obstetric term, and 'left AMA' is a discharge against medical advice), 'advanced maternal age', 'elderly
 * multigravida'.
 */
const ELDERLY = /\badvanced maternal age\b|(?<!\b(?:left|leaving|leave|signed out|discharged?)\s+)\bAMA\b(?!\s+(?:form|discharge|paperwork))|\belderly (?:primi|multi)gravida\b/g;
/** Gravida 1 is a first pregnancy: 'G1P0', 'primigravida', 'nulliparous' is not enough (a G2P0 is nulliparous). */
const PRIMI = /\bG1\s*P\d|\bprimigravida\b/i;
const MULTI = /\bG(?:[2-9]|1\d)\s*P\d|\bmultigravida\b/i;

/**
 * 'Pregnancy, supervision (of) (for), elderly mother': a woman 35 or older at the expected delivery, as her provider
 * documents it, is O09.51- in her first pregnancy and O09.52- in a later one, with the trimester. It is the specific
 * supervision code of her high-risk pregnancy: the unspecified one (O09.9-) goes when it is there.
 */
export function withElderlyGravida(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const pregnant = findings.some((f) => (f.code.startsWith('O') && f.context === 'affirmed') || f.code.startsWith('Z3A'));
  if (!pregnant || findings.some((f) => f.code.startsWith('O095'))) return findings;
  const evidence: Evidence[] = [];
  for (const m of text.matchAll(ELDERLY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (reading.contextOf(start, end).decision !== 'affirmed') continue;
    evidence.push({ start, end, section: sentenceAt(reading, start)?.section });
  }
  const gravida = /primigravida/i.test(evidence.map((e) => text.slice(e.start, e.end)).join(' ')) || PRIMI.test(text) ? 1 : MULTI.test(text) ? 2 : undefined;
  if (evidence.length === 0 || gravida === undefined) return findings;
  const code = `O095${gravida}${trimesterOf(text) ?? 9}`;
  if (view.indexOf(code) === undefined) return findings;
  const unspecified = findings.find((f) => f.code.startsWith('O099'));
  const score = Math.max(unspecified?.score ?? 0, ...findings.filter((f) => f.code.startsWith('O')).map((f) => f.score));
  return [
    ...findings.filter((f) => f !== unspecified),
    { code, evidence: [...evidence, ...(unspecified?.evidence ?? [])], score, context: 'affirmed', notes: ['advanced maternal age documented: supervision of elderly gravida (O09.5-)'] },
  ];
}

/**
 * A routine prenatal outpatient visit of a high-risk pregnancy lists its supervision code (O09) first (Guidelines
 * I.C.15.b.2); not a stay, nor a delivery, whose reason for admission or outcome leads.
 */
export function isPrenatalSupervisionFirst(code: string, codes: readonly string[], setting: Setting): boolean {
  return setting === 'outpatient' && code.startsWith('O09') && !codes.some((c) => /^(?:O(?:0[0-8]|6|7[0-7]|8|9[0-2])|Z37)/.test(c));
}
