import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Evidence } from '../types';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { deliveredNow } from './childbirth-codes';
import { isChildChart } from './pregnancy-codes';

/**
 * A past cesarean told in a pregnant or delivering woman's chart: 'prior cesarean section x1', 'h/o C-section',
 * 'previous LTCS', 'repeat cesarean', 'TOLAC', 'scar from previous cesarean delivery'.
 */
const PREVIOUS = /\b(?:(?:prior|previous|past|history of|h\/o|s\/p)\s+(?:[\w-]+\s+){0,3}?(?:cesarean|caesarean|c-sections?|c\/s|ltcs)|repeat\s+(?:low transverse\s+|classical\s+)?(?:cesarean|caesarean|c-section)|tolac|vbac|scar from previous cesarean)/gi;
const LOW_TRANSVERSE = /\blow transverse (?:uterine )?(?:scar|incision)|\b(?:prior|previous) (?:low transverse|LTCS)\b|\bltcs\b/i;
const VERTICAL = /\b(?:classical|vertical) (?:uterine )?(?:scar|incision|cesarean)\b/i;
const PREGNANT = /\bpregnan(?:t|cy)\b|\bgravida\b|\bG\d+P\d+|\b\d{1,2}\s*(?:weeks?|wks?)\s+(?:of\s+)?(?:pregnancy|gestation)\b/i;

/**
 * 'Pregnancy, complicated by, scar, uterus, from previous cesarean delivery O34.21-': the uterine scar of a past
 * cesarean is maternal care in every later pregnancy and at its delivery (a trial of labor or a repeat cesarean).
 * The 'prior' that makes it past is what makes it this code, so it is read here rather than set aside as history.
 * The scar's type is the one the chart names for it (low transverse O34.211, vertical or classical O34.212), else
 * O34.219; the scar is the uterus's, not the skin's (L90.5).
 */
export function withPreviousCesarean(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (findings.some((f) => f.code.startsWith('O3421')) || isChildChart(text)) return findings;
  const mother = findings.some((f) => f.code.startsWith('O') && f.context === 'affirmed') || PREGNANT.test(text) || deliveredNow(text, reading);
  if (!mother) return findings;
  const evidence: Evidence[] = [];
  for (const m of text.matchAll(PREVIOUS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (reading.contextOf(start, end).decision === 'negated') continue;
    evidence.push({ start, end, section: sentenceAt(reading, start)?.section });
  }
  if (evidence.length === 0) return findings;
  const code = VERTICAL.test(text) ? 'O34212' : LOW_TRANSVERSE.test(text) ? 'O34211' : 'O34219';
  if (view.indexOf(code) === undefined) return findings;
  const skinScar = (f: Finding) => f.code === 'L905' && f.evidence.every((e) => evidence.some((p) => Math.abs(e.start - p.start) < 60));
  const top = Math.max(0, ...findings.filter((f) => f.code.startsWith('O')).map((f) => f.score)) || Math.max(3, ...findings.map((f) => f.score));
  return [
    ...findings.filter((f) => !skinScar(f)),
    { code, evidence, score: top * 0.5, context: 'affirmed', notes: ['scar from a previous cesarean delivery: maternal care in this pregnancy (O34.21-)'] },
  ];
}
