import { searchTerms } from '../search/terms';
import type { ChartTerm } from './chart-terms';

const NEOPLASM = searchTerms('neoplasm')[0]!;
const SECONDARY = searchTerms('secondary')[0]!;

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

/** A morphology word, which a site written right before it names the site of ('prostatic adenocarcinoma'). */
export const MORPHOLOGY_NEXT = /^\s*(?:[\w-]+\s+){0,2}?(?:\w*carcinomas?|cancers?|\w*sarcomas?|melanomas?|tumou?rs?|neoplasms?|neoplasia)\b/i;
/** The start of 'metastasis of [a primary]': what follows is the primary, up to the metastasis's own place. */
const METASTASIS_OF = /\bmetasta\w*\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;

/** Whether a site is written as the primary's, right before a morphology ('prostatic adenocarcinoma'). */
export function namesPrimary(text: string, site: { end: number }): boolean {
  return MORPHOLOGY_NEXT.test(text.slice(site.end));
}

/**
 * Whether words between a tumour and a site after it place it there ('... adenocarcinoma in the right maxillary sinus')
 * rather than say where it came from ('carcinoma of probable renal origin').
 */
export function placedAfter(gap: string): boolean {
  return /\b(?:in|at|into|to|on|within)\b/i.test(gap) && !/\b(?:of|from|origin\w*)\b/i.test(gap);
}

/** Whether a morphology at `at` is the primary a metastasis is said of ('metastasis of prostatic adenocarcinoma'). */
export function afterMetastasisOf(text: string, at: number): boolean {
  return METASTASIS_OF.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * 'Metastasis of prostatic adenocarcinoma in the right maxillary sinus': the site before the morphology is the
 * primary's (C61), the one after 'in' the metastasis's (C78.39). A secondary read at the primary's site, or a primary
 * read at the metastasis's, takes its site across the other.
 */
function metastasisOfPrimary(text: string, conceptTerms: readonly string[], tumours: readonly ChartTerm[], sites: readonly ChartTerm[]): boolean {
  if (conceptTerms.includes(SECONDARY)) {
    const metastasis = tumours.find((t) => /^metasta/i.test(text.slice(t.start, t.end)));
    return metastasis !== undefined && sites.some((s) => s.start > metastasis.end && /^\s+(?:of|from)\s+$/i.test(text.slice(metastasis.end, s.start)) && namesPrimary(text, s));
  }
  const morphology = tumours[0]!;
  return afterMetastasisOf(text, morphology.start) && sites.some((s) => s.start > morphology.end && placedAfter(text.slice(morphology.end, s.start)));
}

/**
 * Whether a reading of a neoplasm by site takes its site from words outside the phrase its tumour word heads: 'tumor'
 * ... 'cord' across 'and' is no tumour of the vocal cord (D49.1). The Table of Neoplasms is entered by the site the
 * neoplasm is of, which a chart writes beside it ('bladder tumor', 'tumor in the left parotid').
 */
export function siteAcrossClause(text: string, conceptTerms: readonly string[], positions: readonly number[], terms: readonly ChartTerm[]): boolean {
  if (!conceptTerms.includes(NEOPLASM)) return false;
  const at = (p: number) => terms.find((t) => t.position === p)!;
  const tumour = positions.filter((p) => terms.some((t) => t.position === p && t.term === NEOPLASM));
  const sites = positions.filter((p) => !tumour.includes(p)).map(at);
  if (tumour.length > 0 && metastasisOfPrimary(text, conceptTerms, tumour.map(at), sites)) return true;
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
