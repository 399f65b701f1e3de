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
 * The lymph node regions of the 5th character (C81-C85, C88 not): 1 head, face and neck, 2 intrathoracic, 3
 * intra-abdominal, 4 axilla and upper limb, 5 inguinal region and lower limb, 6 intrapelvic; by the words charts
 * name the nodes with.
 */
const NODE_REGIONS: readonly [digit: string, words: string][] = [
  ['1', 'cervical|laterocervical|supraclavicular|submandibular|submaxillary|jugular|occipital|preauricular|retroauricular|neck'],
  ['2', 'mediastinal|hilar|paratracheal|subcarinal|intrathoracic|prevascular'],
  ['3', 'retroperitoneal|mesenteric|para-?aortic|periaortic|celiac|peripancreatic|intra-?abdominal|abdominal|portal'],
  ['4', 'axillary|axilla|epitrochlear'],
  ['5', 'inguinal|femoral|popliteal'],
  ['6', 'iliac|pelvic|intrapelvic|obturator|hypogastric'],
];
/** Words between a region and its nodes: other regions, sides, and/or ('cervical and mediastinal lymph nodes'). */
const BETWEEN = `(?:[\\s,]+(?:and|or|right|left|bilateral|multiple|enlarged|${NODE_REGIONS.map(([, words]) => words).join('|')})){0,6}?`;
const NODES = '(?:lymph\\s+)?(?:nodes?|adenopath\\w*|lymphadenopath\\w*|nodal)';
/** Each region's words naming nodes: 'axillary adenopathy', 'cervical and mediastinal lymph nodes', 'nodes in the neck'. */
const NODE_REGION = NODE_REGIONS.map(([digit, words]) => [
  digit,
  new RegExp(`\\b(?:${words})\\b(?=${BETWEEN}[\\s,]+${NODES}\\b)|\\b${NODES}\\s+(?:in|of)\\s+(?:the\\s+)?(?:(?:right|left|both)\\s+)?(?:${words})\\b`, 'i'),
] as const);

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
  if (named) return { code: extranodal, note: 'extranodal: the lymphoma is named for an organ outside the lymph nodes' };
  return withNodeRegion(view, f, text);
}

/**
 * The lymph nodes the lymphoma's own sentence names ('Hodgkin lymphoma of the inguinal lymph nodes', 'follicular
 * lymphoma with cervical and axillary adenopathies'): one region is its 5th character, nodes of two or more regions
 * 'lymph nodes of multiple sites' (8).
 */
function withNodeRegion(view: CodeTableView, f: Finding, text: string): { code: string; note: string } | undefined {
  const regions = new Set<string>();
  for (const e of f.evidence) {
    const start = Math.max(text.lastIndexOf('.', e.start - 1), text.lastIndexOf('\n', e.start - 1)) + 1;
    const stops = [text.indexOf('.', e.end), text.indexOf('\n', e.end)].filter((i) => i >= 0);
    const sentence = text.slice(start, stops.length ? Math.min(...stops) : text.length);
    for (const [digit, region] of NODE_REGION) if (region.test(sentence)) regions.add(digit);
  }
  if (regions.size === 0) return undefined;
  const digit = regions.size === 1 ? [...regions][0]! : '8';
  const code = f.code.slice(0, 4) + digit;
  if (view.indexOf(code) === undefined) return undefined;
  return { code, note: digit === '8' ? 'lymph nodes of multiple sites, as documented' : 'the lymph node region documented' };
}
