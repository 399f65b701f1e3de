import type { CodeTableView } from '../search/code-table-view';
import type { Evidence } from '../types';
import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Words of antineoplastic treatment: the word itself, a cycle, common agents and regimens. Radiation is the treatment,
 * not its harm nor its specialist ('admitted for radiation pneumonitis', 'here for radiation oncology consult').
 */
const TREATMENT = String.raw`(?:chemo(?:therapy)?|immunotherapy|(?:radiation(?:\s+therapy)?|radiotherapy|xrt)(?![\s-]+(?:induced|related|pneumonitis|proctitis|enteritis|colitis|cystitis|dermatitis|esophagitis|mucositis|fibrosis|necrosis|injury|exposure|sickness|burns?|oncology|oncologist|consult\w*|planning|simulation))|cycle\s+#?\d+|c\d+d\d+|carboplatin|cisplatin|oxaliplatin|pemetrexed|paclitaxel|docetaxel|gemcitabine|doxorubicin|cyclophosphamide|fluorouracil|5-fu|folfox|folfiri|capecitabine|etoposide|vincristine|r-chop|chop|abvd|irinotecan|pembrolizumab|nivolumab|atezolizumab|durvalumab|ipilimumab|rituximab|trastuzumab|bevacizumab)`;
/** Chemotherapy named: the word or a cytotoxic agent or regimen of TREATMENT. */
const CHEMOTHERAPY = /\b(?:chemo(?:therapy)?|carboplatin|cisplatin|oxaliplatin|pemetrexed|paclitaxel|docetaxel|gemcitabine|doxorubicin|cyclophosphamide|fluorouracil|5-fu|folfox|folfiri|capecitabine|etoposide|vincristine|r-chop|chop|abvd|irinotecan)\b/i;
/** Immune checkpoint inhibitors and other antineoplastic immunotherapy (Z51.12), named alone. */
const IMMUNOTHERAPY = /\b(?:immunotherapy|pembrolizumab|nivolumab|atezolizumab|durvalumab|ipilimumab)\b/i;
/** External beam radiation therapy (Z51.0). */
const RADIATION = /\b(?:radiation(?:\s+therapy)?|radiotherapy|xrt)\b/i;
/**
 * An encounter for the treatment itself: 'here for cycle 3 of carboplatin/pemetrexed', 'admitted for cycle 2 of
 * R-CHOP', 'proceed with cycle 3 chemotherapy today', 'chemotherapy given today', 'C3D1'. Not a plan for a later day
 * ('will start chemotherapy next week'), nor a past course ('received 6 cycles of chemotherapy in 2019').
 */
const FOR_TREATMENT = new RegExp(
  String.raw`\b(?:(?:here|presents?|presenting|admitted|came|comes|scheduled|encounter)\s+(?:today\s+)?for\s+(?:(?:his|her|their|the|next|scheduled)\s+)?(?:[\w-]+\s+){0,2}?${TREATMENT}|(?:proceed(?:ing)?\s+with|administer(?:ed)?|given|infused|receiv(?:ed|ing)|tolerated)\s+(?:[\w#/-]+\s+){0,4}?${TREATMENT}[^.;]{0,40}\btoday\b|${TREATMENT}\s+(?:was\s+|were\s+)?(?:given|administered|infused)\s+today|\bc\d+d\d+\b)`,
  'gi',
);

/**
 * 'If a patient admission/encounter is solely for the administration of chemotherapy, immunotherapy or external beam
 * radiation therapy, assign code Z51.0, Z51.11, or Z51.12 as the first-listed or principal diagnosis' (Guidelines
 * I.C.2.e.2), the malignancy after it: read where the chart says the encounter is for the treatment given in it.
 */
export function withChemotherapyEncounter(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (findings.some((f) => /^Z51(?:0|1[12])/.test(f.code))) return findings;
  // Only with a malignancy suggested: FOR_TREATMENT, scanned over the whole chart, tries its verbs at every word.
  const cancer = findings.some((f) => /^(?:C|D0|D3[7-9]|D4[0-8])/.test(f.code) && f.context !== 'negated');
  if (!cancer) return findings;
  const evidence: Evidence[] = [];
  let chemotherapy = false;
  let immunotherapy = false;
  let radiation = false;
  for (const m of text.matchAll(FOR_TREATMENT)) {
    const end = m.index + m[0].length;
    if (reading.contextOf(m.index, end).decision !== 'affirmed') continue;
    const sentence = sentenceAt(reading, m.index);
    evidence.push({ start: m.index, end, section: sentence?.section });
    // The agents are named anywhere in the sentence ('here for cycle 4 of pembrolizumab').
    const words = sentence ? text.slice(sentence.start, sentence.end) : m[0];
    chemotherapy ||= CHEMOTHERAPY.test(words);
    immunotherapy ||= IMMUNOTHERAPY.test(words);
    radiation ||= RADIATION.test(m[0]);
  }
  if (evidence.length === 0) return findings;
  // A cycle of no named agent is chemotherapy's; a regimen of both kinds is both encounters.
  const codes = [...(radiation ? ['Z510'] : []), ...(chemotherapy || !(immunotherapy || radiation) ? ['Z5111'] : []), ...(immunotherapy ? ['Z5112'] : [])].filter((c) => view.indexOf(c) !== undefined);
  const top = Math.max(3, ...findings.map((f) => f.score));
  const note = 'encounter solely for antineoplastic treatment: first-listed, the malignancy after it (Guidelines I.C.2.e.2)';
  return [...findings, ...codes.map((code, i): Finding => ({ code, evidence, score: top - i * 0.01, context: 'affirmed', notes: [note] }))];
}

/** The encounter codes listed first when the chart says the encounter was for them (withChemotherapyEncounter). */
export const FIRST_LISTED_ENCOUNTER = /^Z51(?:0|1[12])/;
