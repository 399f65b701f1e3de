import type { CodeTable, NoteKind, RawCode, SeventhCharacter, TabularDetail, TabularNode, TabularNote } from '../types';
import { normalizeCode } from './format';
import { codeIndex } from './code-index';
import { noteCodes } from './note-codes';
import type { TabularList } from './tabular-list';

export { codeIndex } from './code-index';
export { loadTabularList, loadTabularRules, tabularYears, type TabularList } from './tabular-list';

/** Node indexes from the chapter down to `node`. */
function ancestry(list: TabularList, node: number): number[] {
  const chain: number[] = [];
  for (let n = node; n >= 0; n = list.parents[n]!) chain.unshift(n);
  return chain;
}

function seventhOf(list: TabularList, chain: number[]): SeventhCharacter[] {
  // The nearest definition wins: a subcategory may narrow what its category allows.
  for (const n of [...chain].reverse()) {
    const from = list.seventhStart[n]!;
    const to = list.seventhStart[n + 1]!;
    if (to > from) return list.seventhMeanings.slice(from, to).map((meaning, i) => ({ char: list.seventhChars[from + i]!, meaning }));
  }
  return [];
}

/** The Tabular List node a code is written under: itself, or for a 7-character code its base (placeholder X removed) when the 7th character is allowed there. */
function findNode(list: TabularList, raw: RawCode): { node: number; seventh?: string } | undefined {
  const own = list.byCode.get(raw);
  if (own !== undefined) return { node: own };
  if (raw.length !== 7) return undefined;
  const node = list.byCode.get(raw.slice(0, 6).replace(/X+$/, ''));
  if (node === undefined || !seventhOf(list, ancestry(list, node)).some((s) => s.char === raw[6])) return undefined;
  return { node, seventh: raw[6] };
}

/**
 * The notes written along the chain, each with the codes it names; only those of `kinds` when given. With `read`, each
 * row's note is made once and kept there (see tabularNotes).
 */
function notesOf(list: TabularList, chain: number[], kinds?: ReadonlySet<NoteKind>, read?: (TabularNote | undefined)[]): TabularNote[] {
  const own = chain.at(-1);
  return chain.flatMap((n) => {
    const notes: TabularNote[] = [];
    for (let r = list.noteStart[n]!; r < list.noteStart[n + 1]!; r++) {
      const kind = list.noteKinds[r]!;
      if (kinds && !kinds.has(kind)) continue;
      // Inclusion terms are synonyms of the code they are written under, not of its children.
      if (kind === 'inclusionTerm' && n !== own) continue;
      let note = read?.[r];
      if (!note) {
        const text = list.noteTexts[r]!;
        note = { kind, text, codes: noteCodes(text), from: list.ids[n]!, year: list.year };
        if (read) read[r] = note;
      }
      notes.push(note);
    }
    return notes;
  });
}

/**
 * Each list's notes made so far for tabularNotes, by row: a chapter's or a category's notes are inherited by every code
 * below them, and a chart's first sight of a code made them again (three times each on average over the dev charts).
 * Only for tabularNotes, whose reader keeps them as they are; tabularDetail makes its own for the panel.
 */
const notesRead = new WeakMap<TabularList, (TabularNote | undefined)[]>();

/** Chain from the code table alone (no Tabular List): the code's prefixes that are codes of the set. */
function chainFromTable(table: CodeTable, raw: RawCode): TabularNode[] {
  const chain: TabularNode[] = [];
  for (let length = 3; length <= raw.length; length++) {
    const i = codeIndex(table, raw.slice(0, length));
    if (i === undefined) continue;
    const level = length === 3 ? 'category' : length === raw.length ? 'code' : 'subcategory';
    chain.push({ id: raw.slice(0, length), level, title: table.titles[i]!, parent: chain.at(-1)?.id });
  }
  return chain;
}

/**
 * What the Tabular List says about an ICD-10-CM code: chain chapter -> code, own and inherited notes
 * each labelled with the list's year, and 7th characters (own or inherited). Titles come from `table`
 * (the year of the codes). A code the list lacks (new since its year) gets its chain from `table` and
 * no notes, never a neighbour's notes. Undefined when neither knows the code.
 */
export function tabularDetail(code: string, table: CodeTable, list: TabularList | undefined): TabularDetail | undefined {
  const raw = normalizeCode(code);
  const row = codeIndex(table, raw);
  const found = list ? findNode(list, raw) : undefined;
  if (!list || !found) {
    if (row === undefined) return undefined;
    return { code: raw, chain: chainFromTable(table, raw), notes: [], seventh: [] };
  }
  const nodes = ancestry(list, found.node);
  const chain: TabularNode[] = nodes.map((n) => {
    const id = list.ids[n]!;
    const i = list.levels[n] === 'chapter' || list.levels[n] === 'section' ? undefined : codeIndex(table, id);
    const parent = list.parents[n]!;
    return { id, level: list.levels[n]!, title: i === undefined ? list.titles[n]! : table.titles[i]!, parent: parent < 0 ? undefined : list.ids[parent] };
  });
  const seventh = seventhOf(list, nodes);
  if (found.seventh) {
    const meaning = seventh.find((s) => s.char === found.seventh)?.meaning ?? '';
    const title = row === undefined ? `${chain.at(-1)!.title}, ${meaning}` : table.titles[row]!;
    chain.push({ id: raw, level: 'code', title, parent: chain.at(-1)!.id });
  }
  return { code: raw, chain, notes: notesOf(list, nodes), seventh, notesYear: list.year };
}

/**
 * The notes of some kinds on a code, own and inherited, as tabularDetail gives them: for a reader of a few kinds of
 * note per code (the claim's Excludes1 and 'code first' rules), without the chain's titles, the 7th characters and
 * the codes named by the other notes, which were most of the cost of a chart's first sight of a code.
 */
export function tabularNotes(code: string, list: TabularList, kinds: ReadonlySet<NoteKind>): TabularNote[] {
  const found = findNode(list, normalizeCode(code));
  if (!found) return [];
  let read = notesRead.get(list);
  if (!read) notesRead.set(list, (read = []));
  return notesOf(list, ancestry(list, found.node), kinds, read);
}

/**
 * Each code of the Tabular List with its inclusion terms (the synonyms printed under it), for the
 * search index. Yields [raw code, terms] only for codes that have some.
 */
export function* inclusionTerms(list: TabularList): Generator<[RawCode, string[]]> {
  for (const [code, n] of list.byCode) {
    const terms: string[] = [];
    for (let r = list.noteStart[n]!; r < list.noteStart[n + 1]!; r++) {
      if (list.noteKinds[r] === 'inclusionTerm') terms.push(list.noteTexts[r]!);
    }
    if (terms.length > 0) yield [code, terms];
  }
}
