import { formatCode } from '../codeset/format';
import { tabularDetail, type TabularList } from '../codeset/tabular';
import type { CodeTable, Prompt, RawCode, TabularNote } from '../types';
import { noteRanges, rangesCover } from './note-ranges';

/** The notes of one code that concern other codes on the same claim, read once per code. */
export interface CodeNotes {
  code: RawCode;
  excludes1: TabularNote[];
  codeFirst: TabularNote[];
  useAdditional: TabularNote[];
}

/** Reads the Excludes1, Code first and Use additional code notes of a code (own and inherited). */
export function notesOf(code: RawCode, table: CodeTable, list: TabularList | undefined): CodeNotes {
  const notes = list ? (tabularDetail(code, table, list)?.notes ?? []) : [];
  return {
    code,
    excludes1: notes.filter((n) => n.kind === 'excludes1'),
    codeFirst: notes.filter((n) => n.kind === 'codeFirst'),
    useAdditional: notes.filter((n) => n.kind === 'useAdditionalCode'),
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
  for (const note of own.excludes1) {
    const clash = others.filter((o) => rangesCover(noteRanges(note.text), o));
    if (clash.length > 0) {
      prompts.push({
        kind: 'excludes1',
        message: `Excludes1 at ${note.from}: ${clash.map(d).join(', ')} cannot be coded with ${d(own.code)} ("${note.text}"; ${year(note)})`,
        codes: clash,
      });
    }
  }
  for (const note of own.codeFirst) {
    const ranges = noteRanges(note.text);
    const partner = others.find((o) => rangesCover(ranges, o));
    if (partner && order.indexOf(partner) > position) {
      prompts.push({ kind: 'sequencing', message: `Code first ${d(partner)}: it must come before ${d(own.code)} (${year(note)})`, codes: [partner] });
    } else if (!partner && ranges.length > 0) {
      prompts.push({ kind: 'codeFirst', message: `Code first: ${note.text} (${year(note)})`, codes: ranges.map((r) => r[0]) });
    }
  }
  for (const note of own.useAdditional) {
    const ranges = noteRanges(note.text);
    const partner = others.find((o) => rangesCover(ranges, o));
    prompts.push({
      kind: 'useAdditionalCode',
      message: partner ? `Use additional code: ${d(partner)} is on the list (${note.text})` : `Use additional code: ${note.text} (${year(note)})`,
      codes: partner ? [partner] : ranges.map((r) => r[0]),
    });
  }
  return prompts;
}
