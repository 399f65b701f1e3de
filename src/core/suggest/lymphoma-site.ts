import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/** A lymphoma code of no site: C81-C85 whose 5th character 0 is 'unspecified site'. */
const UNSPECIFIED_SITE = /^C8[1-5]\d0$/;
/** Organs outside the lymph nodes a lymphoma is named for ('primary testicular lymphoma', 'gastric MALT lymphoma'). */
const ORGAN =
  '(?:testicular|testis|testicle|gastric|stomach|intestinal|intestine|colonic|colon|ileal|duodenal|cerebral|brain|cns|orbital|ocular|cutaneous|skin|bone|osseous|breast|mammary|thyroid|renal|kidney|hepatic|liver|pulmonary|lung|nasal|sinonasal|tonsil(?:lar)?|parotid|salivary|bladder|ovarian|ovary|uterine|cervical uterine|prostatic|prostate|adrenal)';
const BEFORE = new RegExp(`\\b(?:primary\\s+)?${ORGAN}\\s+(?:[\\w-]+\\s+){0,5}$`, 'i');
const AFTER = new RegExp(`^\\s+(?:of|in)\\s+(?:the\\s+)?(?:(?:right|left)\\s+)?${ORGAN}\\b`, 'i');
const EXTRANODAL = /\bextranodal\b/i;

/**
 * 'Lymphoma, by type' is coded by its site at the 5th character; a lymphoma named for an organ outside the nodes
 * ('primary testicular lymphoma', 'diffuse large B-cell lymphoma of the stomach') is of 'extranodal and solid organ
 * sites' (9), not 'unspecified site' (0). The organ must be the lymphoma's own words, right before it or after 'of'.
 */
export function withLymphomaSite(view: CodeTableView, f: Finding, text: string): { code: string; note: string } | undefined {
  if (!UNSPECIFIED_SITE.test(f.code)) return undefined;
  const extranodal = f.code.slice(0, 4) + '9';
  const i = view.indexOf(extranodal);
  if (i === undefined || !EXTRANODAL.test(view.table.titles[i]!)) return undefined;
  const named = f.evidence.some((e) => {
    const sentenceStart = Math.max(text.lastIndexOf('.', e.start - 1), text.lastIndexOf('\n', e.start - 1)) + 1;
    // The words before 'lymphoma', inside the evidence ('primary testicular lymphoma') or before it in its sentence.
    const upTo = e.start + Math.max(0, text.slice(e.start, e.end).search(/lymphom/i));
    return BEFORE.test(text.slice(Math.max(sentenceStart, e.start - 60), upTo)) || AFTER.test(text.slice(e.end, e.end + 40));
  });
  return named ? { code: extranodal, note: 'extranodal: the lymphoma is named for an organ outside the lymph nodes' } : undefined;
}
