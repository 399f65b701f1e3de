import { childText, childrenNamed, parseXml } from '../xml-tree';

/** One defined term of the ICD-10-PCS Definitions: a value of an axis within a section. */
export interface PcsDefinition {
  section: string;
  /** Character position the term is a value of: 3 operation, 4 body part, 5 approach, 6 device, 7 qualifier... */
  pos: number;
  term: string;
  definition: string;
  explanation: string;
  /** What the term includes, e.g. 'Face lift, breast augmentation'; several entries joined by '; '. */
  includes: string;
}

/**
 * Parses the ICD-10-PCS Definitions XML (icd10pcs_definitions_<year>.xml): per section and axis, each
 * term's definition, explanation and includes. The device aggregation table at the end is not kept.
 */
export function parsePcsDefinitions(xml: string, fileName: string): { year: number; definitions: PcsDefinition[] } {
  const root = parseXml(xml, fileName);
  if (root.name !== 'ICD10PCS.definitions') throw new Error(`codesets: ${fileName} is not ICD-10-PCS Definitions (root <${root.name}>)`);
  const definitions: PcsDefinition[] = [];
  for (const section of childrenNamed(root, 'section')) {
    for (const axis of childrenNamed(section, 'axis')) {
      for (const terms of childrenNamed(axis, 'terms')) {
        definitions.push({
          section: section.attrs.code ?? '', pos: Number(axis.attrs.pos), term: childText(terms, 'title'),
          definition: childText(terms, 'definition'), explanation: childText(terms, 'explanation'),
          includes: childrenNamed(terms, 'includes').map((i) => i.text).join('; '),
        });
      }
    }
  }
  return { year: Number(childText(root, 'version')), definitions };
}
