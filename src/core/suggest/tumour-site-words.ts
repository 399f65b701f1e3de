import { searchTerms } from '../search/terms';
import type { ChartTerm } from './chart-terms';

const NEOPLASM = searchTerms('neoplasm')[0]!;

/**
 * What ends the phrase a tumour word heads, after it: another clause or item ('a tumor and left cord cyst', 'tumor
 * with invasion of the bladder', 'tumor, adhered to the liver'); a side after a comma is the tumour's ('renal
 * adenocarcinoma, right'). Sites the tumour's own preposition lists stay its own ('carcinoma of the mouth floor and
 * tongue').
 */
const AFTER = /[;:]|\b(?:with|without|due to|by|but|while)\b/i;
/**
 * What a tumour reaches beyond its site, which is its local extent and not where it is ('renal cell carcinoma extending
 * to perirenal fat', 'urothelial carcinoma that included perivesical fat', 'fibrosarcoma, adhered to the gastric wall'): no site of its own.
 */
export const EXTENSION = /\b(?:extend\w*|extension|reach\w*|includ\w*|spread\w*|adhe\w*)\b/i;
const LIST = /[,]|\b(?:and|or)\b/i;
const OWN_PREPOSITION = /^[^,]*?\b(?:of|in|at|on|from|involving|affecting|affected|located)\b/i;
const SIDE = /^\s*(?:right|left|bilateral)\b/i;

/**
 * What ends it before: a clause whose verb reports a test ('Abdominal examination revealed a hard tumor'), a cause
 * ('bone marrow inadequate due to the bladder tumor'), a list ('flank, tumor'; 'lymph node biopsy and tumor markers').
 * A site coordinated with another right before the tumour word still names it ('liver and lung metastases').
 */
const BEFORE = /[;:]|\b(?:due to|with|without|revealed|reveals|showed|shows|showing|demonstrated|detected|performed|performing|found|finding)\b/i;
const COORDINATED = /^\s*(?:,\s*|,?\s*(?:and|or)\s+)[\p{L}-]+\s*$/u;

/**
 * Whether a reading of a neoplasm by site takes its site from words outside the phrase its tumour word heads: 'tumor'
 * ... 'cord' across 'and' is no tumour of the vocal cord (D49.1). The Table of Neoplasms is entered by the site the
 * neoplasm is of, which a chart writes beside it ('bladder tumor', 'tumor in the left parotid').
 */
export function siteAcrossClause(text: string, conceptTerms: readonly string[], positions: readonly number[], terms: readonly ChartTerm[]): boolean {
  if (!conceptTerms.includes(NEOPLASM)) return false;
  const at = (p: number) => terms.find((t) => t.position === p)!;
  const tumour = positions.filter((p) => terms.some((t) => t.position === p && t.term === NEOPLASM));
  if (tumour.length !== 1 || positions.length < 2) return false;
  const i = positions.indexOf(tumour[0]!);
  const before = i > 0 ? text.slice(at(positions[i - 1]!).end, at(tumour[0]!).start) : '';
  const after = i < positions.length - 1 ? text.slice(at(tumour[0]!).end, at(positions[i + 1]!).start) : '';
  if (AFTER.test(after) || EXTENSION.test(after)) return true;
  const next = after && text.slice(at(positions[i + 1]!).start);
  if (after && LIST.test(after) && !OWN_PREPOSITION.test(after) && !(/^\s*,\s*$/.test(after) && SIDE.test(next))) return true;
  if (!before || COORDINATED.test(before)) return false;
  return BEFORE.test(before) || /[,]|\b(?:and|or)\b/i.test(before);
}
