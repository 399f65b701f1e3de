import type { CodeTableView } from '../search/code-table-view';
import type { Mention } from './find-mentions';

/** The Table's 'cervical region' ('supraclavicular region') read for a secondary (C79.89) from the word 'cervical'. */
const NECK_REGION = 'C7989';
const CERVICAL = /\b(?:(?:latero)?cervical|supraclavicular)\b/i;
/** A primary of the lip, mouth, pharynx, nose, sinuses or larynx (C00-C14, C30-C32): a head and neck cancer. */
const HEAD_AND_NECK = /^C(?:0\d|1[0-4]|3[0-2])/;
/** Words that name the nodes themselves beside the metastasis ('metastatic cervical adenopathies'). */
const NODES = /\b(?:lymph\w*|nodes?|nodal|adenopath\w*|lymphadenopath\w*|ganglia|ganglion\w*)\b/i;
/** How far around the mention the node words are looked for, in characters. */
const NEAR = 40;

/**
 * 'Cervical metastases' of a head and neck carcinoma are its neck nodes: the secondary of the lymph nodes of head, face
 * and neck (C77.0), not of the neck region (C79.89), which the Table's 'cervical region' gives. A coder reads them so
 * when the chart names a head and neck primary, or the nodes beside the metastasis ('metastatic cervical
 * adenopathies'); without either, the region stands. Gives, for a secondary's code and the words it was read at, the
 * code of the nodes when they are meant.
 */
export function neckNodes(text: string, view: CodeTableView, mentions: readonly Mention[]): (codeIndex: number, span: { start: number; end: number }) => number {
  const nodes = view.indexOf('C770');
  const region = view.indexOf(NECK_REGION);
  const headAndNeck = mentions.some((m) => m.decision !== 'negated' && m.decision !== 'family' && HEAD_AND_NECK.test(view.table.codes[m.codeIndex]!));
  return (codeIndex, { start, end }) => {
    if (nodes === undefined || codeIndex !== region || !CERVICAL.test(text.slice(start, end))) return codeIndex;
    return headAndNeck || NODES.test(text.slice(Math.max(0, start - NEAR), end + NEAR)) ? nodes : codeIndex;
  };
}
