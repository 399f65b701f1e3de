import { searchTerms } from '../search/terms';
import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import type { Mention } from './find-mentions';

/** The column of 'Neoplasm, connective tissue, malignant', which a sarcoma's site is read under. */
export const CONNECTIVE = { column: searchTerms('malignant neoplasm connective tissue'), sited: /^C4[79]/, between: /\bmetasta/i };

/**
 * 'Sarcoma (of) - see also Neoplasm, connective tissue, malignant', and likewise its kinds (leiomyosarcoma,
 * liposarcoma, fibrosarcoma ...): morphological types that indicate connective tissue. A sarcoma of bone
 * (osteosarcoma, chondrosarcoma, Ewing's), of lymphoid or myeloid tissue, Kaposi's and a carcinosarcoma are not.
 */
const SARCOMA = /\b(?!(?:osteo|chondro|lympho|reticulo|carcino)sarcoma)\w*sarcomas?\b/i;
const NOT_CONNECTIVE = /\b(?:kaposi|ewing|myeloid|granulocytic|histiocytic)'?s?\s+sarcoma/i;

/** An epithelial morphology: a carcinoma arises in an organ's lining, never in its fat, muscle or nerves. */
const CARCINOMA = /\b\w*carcinomas?\b/i;

/**
 * The diffuse type of (adeno)carcinoma is a morphology, not a spread (C80.0, which 'diffuse' read as 'generalized'
 * gives): 'Carcinoma, diffuse type - specified site, see Neoplasm, malignant, by site; unspecified site C16.9'.
 */
const DIFFUSE_TYPE = /\bdiffuse(?:[- ]type)?\s+(?:adeno)?carcinomas?\b/i;

/** The Table's rows of connective tissue and peripheral nerves (C47, C49), which an epithelial tumour is never of. */
const CONNECTIVE_CODE = /^C4[79]/;
/** The ill-defined regions (C76: 'thigh NEC', 'arm NEC'), which a sarcoma is read under connective tissue instead. */
const REGION_CODE = /^C76/;

/**
 * How a neoplasm's morphology changes the column its site is read in (Table of Neoplasms, note to 'connective tissue':
 * morphological types that indicate connective tissue are coded by the list under 'Neoplasm, connective tissue').
 * A carcinoma read at a connective tissue row ('urothelial carcinoma that included perivesical fat' C49.9) is the
 * carcinoma of no site (C80.1), which siteNeoplasms then places, and so is the diffuse type read as a spread (C80.0);
 * a sarcoma read at an ill-defined region ('leiomyosarcoma of the thigh' C76.5-) is the region's connective tissue
 * (C49.2-), which `reread` gives for the mention's words.
 */
export function byMorphology(
  text: string,
  view: CodeTableView,
  mentions: Mention[],
  reread: (span: { start: number; end: number }, kind: typeof CONNECTIVE) => RawCode | undefined,
): Mention[] {
  const siteless = view.indexOf('C801');
  return mentions.map((m) => {
    const code = view.table.codes[m.codeIndex]!;
    const words = text.slice(m.start, m.end);
    const carcinomaOfNoSite = (CONNECTIVE_CODE.test(code) && CARCINOMA.test(words) && !SARCOMA.test(words)) || (code === 'C800' && DIFFUSE_TYPE.test(words));
    if (carcinomaOfNoSite && siteless !== undefined) return { ...m, codeIndex: siteless };
    // The kind may stand before the mention's words ('Kaposi's sarcoma of the thigh' is read from 'sarcoma').
    if (!REGION_CODE.test(code) || !SARCOMA.test(words) || NOT_CONNECTIVE.test(text.slice(Math.max(0, m.start - 20), m.end))) return m;
    const connective = reread(m, CONNECTIVE);
    const codeIndex = connective === undefined ? undefined : view.indexOf(connective);
    return codeIndex === undefined ? m : { ...m, codeIndex };
  });
}

/** Words that say a squamous cell carcinoma is of the skin. */
const SKIN = /\b(?:skin|cutaneous|dermal|epidermis|subcutaneous)\b/i;

/**
 * A carcinoma whose site the chart does not name, where its Index entry gives one (the diffuse type, C16.9) or sends
 * it to the Table ('squamous cell'). A squamous cell carcinoma whose site the chart does not name: 'Carcinoma, squamous (cell) - see also Neoplasm, by
 * site, malignant', the primary of no site (C80.1). Squamous epithelium lines the mouth, pharynx, larynx, esophagus,
 * lung, cervix and anus as well as the skin: C44.92 is the skin's, said as skin ('cutaneous squamous cell carcinoma').
 */
export function unsited(text: string, view: CodeTableView, m: Mention): Mention {
  const code = view.table.codes[m.codeIndex];
  const words = text.slice(m.start, m.end);
  // The diffuse type's unspecified site is the stomach (see DIFFUSE_TYPE).
  const stomach = code === 'C801' && DIFFUSE_TYPE.test(words) ? view.indexOf('C169') : undefined;
  if (stomach !== undefined) return { ...m, codeIndex: stomach };
  const siteless = view.indexOf('C801');
  if (code !== 'C4492' || siteless === undefined || SKIN.test(words)) return m;
  return { ...m, codeIndex: siteless };
}

/**
 * A hemangioma's code by the region of the organ it is in, from that organ's malignant code: the digestive organs,
 * peritoneum and retroperitoneum are intra-abdominal (D18.03), the brain and its coverings intracranial (D18.02), skin
 * and the regions of the body's surface skin and subcutaneous tissue (D18.01), any other site D18.09.
 */
export function hemangiomaOf(site: RawCode): RawCode {
  if (/^C(?:1[5-9]|2[0-6]|48)/.test(site)) return 'D1803';
  if (/^C7[0-2]/.test(site)) return 'D1802';
  if (/^C(?:4[34]|76)/.test(site)) return 'D1801';
  return 'D1809';
}
