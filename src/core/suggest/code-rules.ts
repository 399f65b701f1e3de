import { formatCode } from '../codeset/format';
import { tabularNotes, type TabularList } from '../codeset/tabular';
import type { NoteKind, Prompt, RawCode, TabularNote } from '../types';
import { intentAllowed, noteAppliesTo, noteRanges, rangesCover } from './note-ranges';

/** The notes of one code that concern other codes on the same claim, read once per code. */
export interface CodeNotes {
  code: RawCode;
  excludes1: { note: TabularNote; ranges: [RawCode, RawCode][] }[];
  codeFirst: NoteGroup[];
  useAdditional: NoteGroup[];
}

/** The kinds of note that relate a code to others on the claim (see CodeNotes). */
const RELATION_NOTES: ReadonlySet<NoteKind> = new Set(['excludes1', 'codeFirst', 'useAdditionalCode']);

/**
 * Excludes1 notes of the FY2021 Tabular List (the year of the notes this copy has) that later years replaced: insulin
 * (Z79.4) beside an oral hypoglycemic (Z79.84) or an injectable non-insulin antidiabetic (Z79.85) are both coded since
 * FY2022 (Guidelines I.C.4.a.3), where the FY2021 note at Z79.4 excluded Z79.84.
 */
const TOGETHER_SINCE_FY2022: readonly [host: RegExp, other: RegExp][] = [
  [/^Z794$/, /^Z798[45]$/],
  [/^Z798[45]$/, /^Z794$/],
];

/** Whether a range of an older year's Excludes1 note at `code` names a pair a later year codes together. */
function replacedSince(code: RawCode, note: TabularNote, [from, to]: [RawCode, RawCode]): boolean {
  return note.year < 2022 && from === to && TOGETHER_SINCE_FY2022.some(([host, other]) => host.test(code) && other.test(from));
}

/** Reads the Excludes1, Code first and Use additional code notes of a code (own and inherited). */
export function notesOf(code: RawCode, list: TabularList | undefined): CodeNotes {
  const notes = list ? tabularNotes(code, list, RELATION_NOTES) : [];
  return {
    code,
    excludes1: notes.filter((n) => n.kind === 'excludes1').map((note) => ({ note, ranges: noteRanges(note.text).filter((r) => !replacedSince(code, note, r)) })),
    codeFirst: groupNotes(notes.filter((n) => n.kind === 'codeFirst')),
    useAdditional: groupNotes(notes.filter((n) => n.kind === 'useAdditionalCode')),
  };
}

const d = (code: RawCode) => formatCode('icd10cm', code);
const year = (note: TabularNote) => `notes: FY${note.year} Tabular List`;

/**
 * Prompts that relate one code to the others on the list: an Excludes1 conflict, a "code first" partner that is
 * missing or placed after it, a "use additional code" partner present or missing. `position` is its place.
 */
export function relationPrompts(own: CodeNotes, others: RawCode[], position: number, order: RawCode[]): Prompt[] {
  const prompts: Prompt[] = [];
  for (const { note, ranges } of own.excludes1) {
    const clash = others.filter((o) => rangesCover(ranges, o));
    if (clash.length > 0) {
      prompts.push({
        kind: 'excludes1',
        message: `Excludes1 at ${note.from}: ${clash.map(d).join(', ')} cannot be coded with ${d(own.code)} ("${note.text}"; ${year(note)})`,
        codes: clash,
      });
    }
  }
  for (const group of own.codeFirst) {
    if (!noteAppliesTo(group.text, own.code)) continue;
    const partner = others.find((o) => rangesCover(group.ranges, o) && intentAllowed(group.text, o));
    if (partner && order.indexOf(partner) > position) {
      prompts.push({ kind: 'sequencing', message: `Code first ${d(partner)}: it must come before ${d(own.code)} (${group.year})`, codes: [partner] });
    } else if (!partner && group.ranges.length > 0) {
      prompts.push({ kind: 'codeFirst', message: `Code first (${group.from}): ${group.text} (${group.year})`, codes: group.ranges.map((r) => r[0]) });
    }
  }
  for (const group of own.useAdditional) {
    const partner = others.find((o) => rangesCover(group.ranges, o) && intentAllowed(group.text, o));
    prompts.push({
      kind: 'useAdditionalCode',
      message: partner
        ? `Use additional code (${group.from}): ${d(partner)} is on the list`
        : `Use additional code (${group.from}): ${group.text} (${group.year})`,
      codes: partner ? [partner] : group.ranges.map((r) => r[0]),
    });
  }
  return prompts;
}

/** Where a note is written, as a coder reads it: 'chapter 10', 'section I10-I16', 'E11.22'. */
function nodeLabel(id: string): string {
  if (/^\d+$/.test(id)) return `chapter ${id}`;
  if (id.includes('-')) return `section ${id}`;
  return d(id);
}

/** One instruction as the Tabular List prints it: a lead line ('... to identify:') and its items, from one node. */
interface NoteGroup {
  from: string;
  text: string;
  ranges: [RawCode, RawCode][];
  year: string;
}

/**
 * Joins a node's lead line and its items into one instruction and drops items a nearer node already gave
 * (the same 'use additional code' list is printed at both a category and its chapter).
 */
function groupNotes(notes: TabularNote[]): NoteGroup[] {
  const seen = new Set<string>();
  const groups = new Map<string, { lead: string[]; items: string[]; note: TabularNote }>();
  for (const note of [...notes].reverse()) {
    // 'Code first, if applicable, dysphagia ...' is stored without its 'Code first': its comma goes with it.
    const text = note.text.trim().replace(/^[,;:]\s*/, '');
    if (seen.has(text)) continue;
    seen.add(text);
    const group = groups.get(note.from) ?? { lead: [], items: [], note };
    if (/:\s*$/.test(text)) group.lead.push(text.replace(/:\s*$/, ''));
    else group.items.push(text);
    groups.set(note.from, group);
  }
  return [...groups.values()]
    .filter((g) => g.items.length > 0 || g.lead.length > 0)
    .map((g) => {
      const text = [g.lead.join(' '), g.items.join('; ')].filter(Boolean).join(': ');
      return { from: nodeLabel(g.note.from), text, ranges: noteRanges(text), year: year(g.note) };
    });
}
