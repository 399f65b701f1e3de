/**
 * The shapes every context shares: a code set as loaded in memory, search hits and suggestions.
 * Pure types, no logic; each module that produces one of these owns its construction.
 */

/** The three public classifications; `user` holds a licensed set the coder imported (e.g. CPT). */
export type CodeSystem = 'icd10cm' | 'icd10pcs' | 'hcpcs' | 'user';

/** Codes are stored without dots, upper case (`E119`, `0DTJ4ZZ`, `J1100`); `formatCode` adds the dot. */
export type RawCode = string;

/** One code set of one fiscal year, columnar so that 98,000 codes cost a few arrays, not 98,000 objects. */
export interface CodeTable {
  system: CodeSystem;
  /** Fiscal year of the codes (FY2026 runs 2025-10-01 .. 2026-09-30); HCPCS uses its calendar year. */
  year: number;
  /** Raw codes in the official order (order file order for ICD-10-CM). */
  codes: RawCode[];
  /** Long titles, same index as `codes`. */
  titles: string[];
  /** Short (abbreviated) titles where the official file has them, same index; '' where absent. */
  shortTitles: string[];
  /** 1 = billable / valid for submission, 0 = header, same index. */
  billable: Uint8Array;
}

export type NoteKind =
  | 'includes'
  | 'inclusionTerm'
  | 'excludes1'
  | 'excludes2'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'codeAlso'
  | 'notes';

/** One instructional note as the Tabular List prints it, with where it is written and which year's list it comes from. */
export interface TabularNote {
  kind: NoteKind;
  text: string;
  /** Codes named in the note text, raw (no dot); a range `A00-A09` gives its two ends. */
  codes: RawCode[];
  /** The node the note is written at: a chapter number, a section range, or a raw code. */
  from: string;
  /** Year of the Tabular List the note was read from (here 2021 while the codes are 2026). */
  year: number;
}

export interface SeventhCharacter {
  char: string;
  meaning: string;
}

export type TabularLevel = 'chapter' | 'section' | 'category' | 'subcategory' | 'code';

export interface TabularNode {
  /** Chapter number ('19'), section range ('S50-S59') or raw code ('S52', 'S525'). */
  id: string;
  level: TabularLevel;
  title: string;
  parent?: string;
}

/** What the Tabular List says about one code, with everything it inherits. */
export interface TabularDetail {
  code: RawCode;
  /** From the chapter down to the code itself. */
  chain: TabularNode[];
  notes: TabularNote[];
  /** 7th character choices where the code requires one (own or inherited), else empty. */
  seventh: SeventhCharacter[];
  /** Year of the Tabular List used; undefined when the code is absent from it (then no notes, not wrong ones). */
  notesYear?: number;
}

export interface SearchHit {
  set: CodeSystem;
  code: RawCode;
  /** As a coder writes it: `E11.9`, `0DTJ4ZZ`. */
  display: string;
  title: string;
  billable: boolean;
  score: number;
  /** Which words matched and from which source (title, inclusion term, index path, abbreviation). */
  matched?: string;
}

export type SuggestionKind = 'diagnosis' | 'procedure' | 'supply';
export type Setting = 'outpatient' | 'inpatient';

/** A span of the chart text: `text.slice(start, end)` gives the words. */
export interface Evidence {
  start: number;
  end: number;
  section?: string;
}

/** Why a finding was, or was not, coded as the patient's current condition. */
export type ContextDecision =
  | 'affirmed'
  | 'negated'
  | 'uncertain'
  | 'historical'
  | 'family'
  | 'hypothetical';

export type PromptKind =
  | 'moreSpecific'
  | 'seventhCharacter'
  | 'header'
  | 'excludes1'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'sequencing'
  | 'validity'
  | 'integral'
  | 'reporting';

export interface Prompt {
  kind: PromptKind;
  message: string;
  codes?: RawCode[];
}

export interface Suggestion {
  set: CodeSystem;
  code: RawCode;
  display: string;
  title: string;
  kind: SuggestionKind;
  billable: boolean;
  /** 0..1, how strongly the words support the code. */
  confidence: number;
  evidence: Evidence[];
  context: ContextDecision;
  prompts: Prompt[];
  /** HCPCS drugs billed per dose: the units to report for the dose documented. */
  units?: number;
}

/** A finding the engine saw but left out, kept so that the panel can show why. */
export interface SetAside {
  code: RawCode;
  display: string;
  title: string;
  /** How it was said, or 'outpatient': a procedure the outpatient setting does not report in ICD-10-PCS. */
  context: Exclude<ContextDecision, 'affirmed'> | 'outpatient';
  evidence: Evidence[];
  reason: string;
}
