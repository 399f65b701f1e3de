import type { CodeSystem, SearchHit } from '../types';
import { formatCode, normalizeCode, withSeventh } from '../codeset/format';
import type { CodeTableView } from './code-table-view';

/** What a typed code turned out to be in one code set. */
export interface CodeLookup {
  hits: SearchHit[];
  /** Why the typed code cannot be submitted as it is, in a coder's words; undefined when it can. */
  problem?: string;
}

const CODE_SHAPES: Record<Exclude<CodeSystem, 'user'>, RegExp> = {
  // ICD-10-CM: letter, digit, then letters or digits; a dot may follow the third character.
  icd10cm: /^[A-Z][0-9][0-9A-Z](?:\.?[0-9A-Z]{1,4})?$/,
  // ICD-10-PCS: up to 7 characters of digits and letters other than I and O; sections start 0-9, B-D, F-H, X.
  icd10pcs: /^[0-9BCDFGHX][0-9A-HJ-NP-Z]{2,6}$/,
  // HCPCS Level II: a letter and four digits.
  hcpcs: /^[A-V][0-9]{4}$/,
};

/** True when the query looks like a code of the set (dots and case ignored), not like words. */
export function looksLikeCode(system: CodeSystem, query: string): boolean {
  const shape = system === 'user' ? /^[0-9A-Z]{4,7}$/ : CODE_SHAPES[system];
  const typed = query.trim().toUpperCase().replace(/-$/, '');
  if (system !== 'icd10cm' && typed.includes('.')) return false;
  // Every code has a digit; without one 'CHF' or 'HTN' would pass for a PCS code.
  return shape.test(typed) && /\d/.test(typed);
}

/**
 * Looks a typed code up: the exact code first; for a header its children; for a code that does not exist the
 * reason (placeholder X needed, 7th character missing, unknown) and the valid completions.
 */
export function lookupCode(view: CodeTableView, query: string, limit: number): CodeLookup {
  const code = normalizeCode(query);
  const { table } = view;
  const hit = (i: number, score: number): SearchHit => ({
    set: table.system,
    code: table.codes[i]!,
    display: formatCode(table.system, table.codes[i]!),
    title: table.titles[i]!,
    billable: view.isBillable(i),
    score,
  });
  const at = view.indexOf(code);
  if (at !== undefined) {
    const below = view.children(at);
    const hits = [hit(at, 1), ...below.slice(0, limit - 1).map((k) => hit(k, 0.9))];
    if (view.isBillable(at)) return { hits };
    const needsSeventh = below.length > 0 && below.every((k) => table.codes[k]!.length === 7) && code.length === 6;
    return {
      hits,
      problem: needsSeventh
        ? `${formatCode(table.system, code)} needs a 7th character: ${below.map((k) => table.codes[k]![6]).join(', ')}`
        : `${formatCode(table.system, code)} is a header, not billable: choose one of the codes below it`,
    };
  }
  const padded = placeholderForm(view, code);
  if (padded !== undefined) {
    return {
      hits: [hit(padded, 1)],
      problem: `${formatCode(table.system, code)} needs the placeholder X: ${formatCode(table.system, table.codes[padded]!)}`,
    };
  }
  return unknownCode(view, code, limit, hit);
}

/** A 7th-character code typed without its placeholder X ('T07A' for T07.XXXA, 'W2189A' for W21.89XA). */
function placeholderForm(view: CodeTableView, code: string): number | undefined {
  if (code.length < 4 || code.length >= 7) return undefined;
  const candidate = withSeventh(code.slice(0, -1), code.slice(-1));
  return candidate !== code ? view.indexOf(candidate) : undefined;
}

function unknownCode(
  view: CodeTableView,
  code: string,
  limit: number,
  hit: (i: number, score: number) => SearchHit,
): CodeLookup {
  const { table } = view;
  // The longest existing ancestor tells the coder where the typed code went wrong and what is valid there.
  for (let length = code.length - 1; length >= 3; length--) {
    const parent = view.indexOf(code.slice(0, length));
    if (parent === undefined) continue;
    const options = view.children(parent);
    return {
      hits: [hit(parent, 0.8), ...options.slice(0, limit - 1).map((k) => hit(k, 0.7))],
      problem: `${formatCode(table.system, code)} is not a ${label(table.system)} code; valid codes under ${formatCode(table.system, table.codes[parent]!)} are listed`,
    };
  }
  const completions = codesStartingWith(view, code);
  if (completions.length > 0) {
    const shown = completions.filter((k) => table.codes[k]!.length <= code.length + 1 || table.system === 'icd10pcs');
    const problem =
      table.system === 'icd10pcs'
        ? `ICD-10-PCS codes have 7 characters; ${completions.length} codes start with ${code}`
        : undefined;
    return { hits: shown.slice(0, limit).map((k) => hit(k, 0.8)), problem };
  }
  return { hits: [], problem: `${formatCode(table.system, code)} is not a ${label(table.system)} code` };
}

/** Indexes of every code that starts with the prefix; the official order is sorted, so they are one run. */
function codesStartingWith(view: CodeTableView, prefix: string): number[] {
  const codes = view.table.codes;
  const first = codes.findIndex((c) => c.startsWith(prefix));
  const out: number[] = [];
  for (let k = first; k >= 0 && k < codes.length && codes[k]!.startsWith(prefix); k++) out.push(k);
  return out;
}

function label(system: CodeSystem): string {
  return { icd10cm: 'ICD-10-CM', icd10pcs: 'ICD-10-PCS', hcpcs: 'HCPCS Level II', user: 'imported' }[system];
}
