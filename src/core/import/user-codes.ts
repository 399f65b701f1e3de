/**
 * Turns a licensed code set file the coder imports (CPT or similar: code, descriptor, optional short descriptor;
 * CSV or tab-separated, header row optional) into a CodeTable of system 'user'. Every row is checked with zod;
 * by default one bad row means nothing is imported, so that a coder never works from half a file unknowingly.
 */
import * as z from 'zod/mini';
import type { CodeTable } from '../types';
import { parseDelimited } from './delimited-rows';

/** Codes as the search's code lookup recognises a 'user' code: 4 to 7 letters or digits (CPT: 99213, 0001F). */
const CODE = /^[0-9A-Z]{4,7}$/;
/** Longest descriptor kept, in characters; CPT's longest descriptors are under 1,000. */
export const MAX_DESCRIPTOR = 2000;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export const UserCodeRow = z.object({
  code: z.string().check(z.regex(CODE, 'code must be 4 to 7 letters or digits')),
  title: z.string().check(z.minLength(1, 'descriptor is empty'), z.maxLength(MAX_DESCRIPTOR, `descriptor is longer than ${MAX_DESCRIPTOR} characters`)),
  shortTitle: z.string().check(z.maxLength(MAX_DESCRIPTOR, `short descriptor is longer than ${MAX_DESCRIPTOR} characters`)),
});
export type UserCodeRow = z.infer<typeof UserCodeRow>;

export interface RowProblem {
  /** 1-based line in the file. */
  line: number;
  reason: string;
}

export interface UserCodeImport {
  /** The codes to import: every good row, or nothing when a row is bad and `skipBadRows` was not asked for. */
  table: CodeTable;
  /** Rows read from the file (header excluded). */
  rowsRead: number;
  /** Rows that passed every check: what importing with `skipBadRows` would keep. */
  goodRows: number;
  problems: RowProblem[];
  hasHeader: boolean;
  delimiter: ',' | '\t';
}

export interface UserCodeOptions {
  /** Year recorded on the table (CPT is released per calendar year); defaults to the current year. */
  year?: number;
  /** Import the good rows even when some are bad (the bad ones are still reported). Default false. */
  skipBadRows?: boolean;
}

/**
 * A header row names its columns ("code,descriptor", "HCPCS\tLONG DESCRIPTION"): its first field has no digit,
 * while every code does, so that a malformed code on the first line is still reported, not taken for a header.
 */
function isHeader(fields: string[]): boolean {
  return !/\d/.test(fields[0] ?? '');
}

function checkRow(fields: string[]): UserCodeRow | string {
  if (fields.length < 2) return 'expected code and descriptor, found one column';
  if (fields.length > 3) return `expected at most 3 columns (code, descriptor, short descriptor), found ${fields.length}`;
  const parsed = UserCodeRow.safeParse({ code: clean(fields[0]!).toUpperCase(), title: clean(fields[1]!), shortTitle: clean(fields[2] ?? '') });
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => issue.message).join('; ');
}

/** Parses and checks a whole file; never throws on bad content, it reports it. */
export function parseUserCodes(text: string, options: UserCodeOptions = {}): UserCodeImport {
  const { delimiter, rows, unclosedQuote } = parseDelimited(text);
  const hasHeader = rows.length > 0 && isHeader(rows[0]!.fields);
  const body = hasHeader ? rows.slice(1) : rows;
  const problems: RowProblem[] = [];
  const good: UserCodeRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, fields } of body) {
    const row = checkRow(fields);
    if (typeof row === 'string') {
      problems.push({ line, reason: row });
      continue;
    }
    const seen = firstLine.get(row.code);
    if (seen !== undefined) {
      problems.push({ line, reason: `duplicate code ${row.code} (first on line ${seen})` });
      continue;
    }
    firstLine.set(row.code, line);
    good.push(row);
  }
  if (unclosedQuote !== undefined) problems.push({ line: unclosedQuote, reason: 'a quoted field is never closed' });
  if (body.length === 0) problems.push({ line: 1, reason: 'the file holds no codes' });
  const keep = problems.length === 0 || options.skipBadRows ? good : [];
  return { table: toCodeTable(keep, options.year ?? new Date().getFullYear()), rowsRead: body.length, goodRows: good.length, problems, hasHeader, delimiter };
}

/** Builds the columnar table; every imported code counts as billable (a licensed list names no headers). */
export function toCodeTable(rows: readonly UserCodeRow[], year: number): CodeTable {
  return {
    system: 'user',
    year,
    codes: rows.map((r) => r.code),
    titles: rows.map((r) => r.title),
    shortTitles: rows.map((r) => r.shortTitle),
    billable: new Uint8Array(rows.length).fill(1),
  };
}
