import { codeIndex } from '../codeset/code-index';
import type { CodeTable, RawCode } from '../types';

/**
 * Lookups over a CodeTable that rely on the official order: a code's descendants follow it contiguously
 * (order files list E11, E11.0, E11.00, E11.01, E11.1 ...), so they are a slice, found without a tree.
 */
export class CodeTableView {
  constructor(readonly table: CodeTable) {}

  /** Position of a code, from the table's one lookup map (the search, the suggestions and the rules share it). */
  indexOf(code: RawCode): number | undefined {
    return codeIndex(this.table, code);
  }

  isBillable(i: number): boolean {
    return this.table.billable[i] === 1;
  }

  /** Indexes of the codes below code i, in official order (empty for a leaf). */
  descendants(i: number): number[] {
    const out: number[] = [];
    for (let k = i + 1, end = this.descendantsEnd(i); k < end; k++) out.push(k);
    return out;
  }

  /** One past the last descendant of code i: they are i+1 up to it, so a hot loop walks them without an array. */
  descendantsEnd(i: number): number {
    const code = this.table.codes[i]!;
    let k = i + 1;
    while (k < this.table.codes.length && this.table.codes[k]!.startsWith(code)) k++;
    return k;
  }

  /** Indexes of the codes one character longer than code i. */
  children(i: number): number[] {
    const length = this.table.codes[i]!.length + 1;
    return this.descendants(i).filter((k) => this.table.codes[k]!.length === length);
  }

  /**
   * The billable code a coder reaches from header i when the words say nothing more: the "unspecified" branch at
   * each level and, where a 7th character is required, the initial encounter (A). Undefined for a billable code
   * and for a header with no such default (G89 Pain, not elsewhere classified: the type must be documented).
   */
  defaultBillable(i: number): number | undefined {
    if (this.isBillable(i)) return undefined;
    // Remembered per header: search asks again for the same headers, and each answer walks all the descendants.
    if (this.defaults.has(i)) return this.defaults.get(i);
    const found = this.findDefault(i);
    this.defaults.set(i, found);
    return found;
  }

  private readonly defaults = new Map<number, number | undefined>();

  private findDefault(i: number): number | undefined {
    let best: number | undefined;
    let bestRank = -Infinity;
    const header = this.table.titles[i]!;
    // The header's part, once: a header asked for the first time may have 2,000 codes below it (a query waits).
    const headerLower = header.toLowerCase();
    const headerDefaultness = defaultness(header);
    for (let k = i + 1, end = this.descendantsEnd(i); k < end; k++) {
      if (!this.isBillable(k)) continue;
      const code = this.table.codes[k]!;
      const title = this.table.titles[k]!;
      const seventh = code.length === 7 && /initial encounter|subsequent encounter|sequela/i.test(title) ? code[6] : undefined;
      if (seventh && seventh !== 'A') continue; // the initial encounter is the default episode of care
      // A title that repeats the header's words ('Heart failure, unspecified' under 'Heart failure') is its plain case.
      const plain = startsLowerWith(title, headerLower) ? 1 : 0;
      const gain = defaultness(title) - headerDefaultness + plain;
      if (gain <= 0 && !(seventh === 'A' && /^X*A$/.test(code.slice(this.table.codes[i]!.length)))) continue;
      if (!this.onDefaultPath(i, code, headerLower, headerDefaultness)) continue;
      // A recurrent episode (H65.197, F33) is a fact the record must give: between equals, the plain code is the default.
      const rank = gain - 0.5 * (code.length - this.table.codes[i]!.length) - (RECURRENT.test(title) ? 0.25 : 0);
      if (rank > bestRank) {
        best = k;
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * Whether every header between header i and a code below it is a default too: the unspecified branch, the header's
   * own words, or a placeholder level. 'Allergy to eggs, unspecified' is not the default of 'Food allergy status',
   * however unspecified its own title: the eggs were never said.
   */
  private onDefaultPath(i: number, code: string, headerLower: string, headerDefaultness: number): boolean {
    for (let length = this.table.codes[i]!.length + 1; length < code.length; length++) {
      const between = this.indexOf(code.slice(0, length));
      if (between === undefined || this.isBillable(between) || code[length - 1] === 'X') continue;
      const title = this.table.titles[between]!;
      if (defaultness(title) <= headerDefaultness && !startsLowerWith(title, headerLower)) return false;
    }
    return true;
  }
}

/**
 * title.toLowerCase().startsWith(lower), without lowering the whole title when its start is ASCII (every ICD-10-CM
 * title): a header's first default compares up to 2,000 titles.
 */
function startsLowerWith(title: string, lower: string): boolean {
  if (title.length < lower.length) return title.toLowerCase().startsWith(lower);
  for (let i = 0; i < lower.length; i++) {
    let c = title.charCodeAt(i);
    if (c >= 128) return title.toLowerCase().startsWith(lower);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** 'Recurrent', but not 'not specified as recurrent' (K40.90), which is the default's own wording. */
const RECURRENT = /(?<!as )\brecurrent\b/i;

/** Words without which a title has no defaultness (each pattern below needs one of them). */
const DEFAULT_WORDS = /without|uncomplicated|unspecified|not intractable/i;

/**
 * How much a title reads as the branch taken when nothing more is said: 'without complications' or 'uncomplicated'
 * most (E11.9, F17.210), then 'unspecified', then 'without ...' or 'not intractable' (G43.109, E10.10).
 */
function defaultness(title: string): number {
  if (!DEFAULT_WORDS.test(title)) return 0; // most titles: one test, no match arrays
  const count = (pattern: RegExp) => (title.match(pattern) ?? []).length;
  return (
    4 * count(/\bwithout complications?\b|\buncomplicated\b/gi) +
    2 * Math.min(count(/\bunspecified\b/gi), 3) +
    1.5 * count(/\bwithout (?!complication)|\bnot intractable\b/gi)
  );
}
