import { normalizeCode } from '../../src/core/codeset/format';
import type { NoteKind, SeventhCharacter, TabularLevel } from '../../src/core/types';
import { childText, childrenNamed, parseXml, type XmlElement } from '../xml-tree';

/** One chapter, section or diag of the Tabular List, with the notes written at it (not inherited ones). */
export interface ParsedTabularNode {
  id: string;
  level: TabularLevel;
  title: string;
  /** Index of the parent node in `nodes`, -1 for a chapter. */
  parent: number;
  notes: { kind: NoteKind; text: string }[];
  seventh: SeventhCharacter[];
}

export interface ParsedTabular {
  year: number;
  nodes: ParsedTabularNode[];
}

/** Element names of the note lists, each holding <note> children. sevenChrNote is kept as a plain note. */
const NOTE_ELEMENTS: Record<string, NoteKind> = {
  includes: 'includes', inclusionTerm: 'inclusionTerm', excludes1: 'excludes1', excludes2: 'excludes2',
  codeFirst: 'codeFirst', useAdditionalCode: 'useAdditionalCode', codeAlso: 'codeAlso', notes: 'notes',
  sevenChrNote: 'notes',
};

function readNotes(element: XmlElement): ParsedTabularNode['notes'] {
  const notes: ParsedTabularNode['notes'] = [];
  for (const child of element.children) {
    const kind = NOTE_ELEMENTS[child.name];
    if (kind) for (const note of childrenNamed(child, 'note')) notes.push({ kind, text: note.text });
  }
  return notes;
}

function readSeventh(element: XmlElement): SeventhCharacter[] {
  return childrenNamed(element, 'sevenChrDef').flatMap((def) =>
    childrenNamed(def, 'extension').map((ext) => ({ char: ext.attrs.char ?? '', meaning: ext.text })),
  );
}

/**
 * Parses the ICD-10-CM Tabular List XML (icd10cm_tabular_<year>.xml): chapters, sections and nested
 * diags in document order, each with its own notes and 7th character definitions. Inheritance is
 * resolved at lookup time (src/core/codeset/tabular.ts), so each note is stored once.
 */
export function parseCmTabular(xml: string, fileName: string): ParsedTabular {
  const root = parseXml(xml, fileName);
  if (root.name !== 'ICD10CM.tabular') throw new Error(`codesets: ${fileName} is not an ICD-10-CM Tabular List (root <${root.name}>)`);
  const year = Number(childText(root, 'version'));
  const nodes: ParsedTabularNode[] = [];
  const add = (element: XmlElement, id: string, level: TabularLevel, title: string, parent: number): number => {
    nodes.push({ id, level, title, parent, notes: readNotes(element), seventh: readSeventh(element) });
    return nodes.length - 1;
  };
  const addDiag = (diag: XmlElement, parent: number): void => {
    const id = normalizeCode(childText(diag, 'name'));
    const children = childrenNamed(diag, 'diag');
    const level: TabularLevel = id.length === 3 ? 'category' : children.length > 0 ? 'subcategory' : 'code';
    const index = add(diag, id, level, childText(diag, 'desc'), parent);
    for (const child of children) addDiag(child, index);
  };
  for (const chapter of childrenNamed(root, 'chapter')) {
    const chapterIndex = add(chapter, childText(chapter, 'name'), 'chapter', childText(chapter, 'desc'), -1);
    for (const section of childrenNamed(chapter, 'section')) {
      const sectionIndex = add(section, section.attrs.id ?? '', 'section', childText(section, 'desc'), chapterIndex);
      for (const diag of childrenNamed(section, 'diag')) addDiag(diag, sectionIndex);
    }
  }
  if (!Number.isInteger(year) || nodes.length === 0) throw new Error(`codesets: ${fileName} has no <version> or no chapters`);
  return { year, nodes };
}
