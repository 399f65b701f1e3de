import type { CodeTableView } from '../search/code-table-view';
import type { Evidence } from '../types';

/**
 * F10-F19 codes 'with intoxication, unspecified' or 'with withdrawal, unspecified' (F10.129, F13.939, ...), and the
 * 'uncomplicated' one the Index gives for the bare words ('Intoxication, alcohol (acute) F10.920'), which a delirium
 * written with it makes complicated.
 */
const UNSPECIFIED_STATE = /^(.* with (intoxication|withdrawal)), (?:unspecified|uncomplicated)$/;
/**
 * The details of an intoxication or a withdrawal state (Guidelines I.C.5.b; the Tabular's 5th and 6th characters):
 * a delirium ('alcohol withdrawal with delirium', 'intoxication delirium'), perceptual disturbances (the
 * hallucinations or illusions of the state) or the word 'uncomplicated'. The first named is coded.
 */
const DETAILS: readonly [RegExp, (state: string) => string][] = [
  [/\bdelirium\b|\bdelirious\b/i, (state) => `${state} delirium`],
  [/\bperceptual (?:disturbances?|disorders?|alterations?)\b/i, (state) => `${state} with perceptual disturbance`],
  [/\buncomplicated\b/i, (state) => `${state}, uncomplicated`],
];
/** The words written with the state, up to the clause's end ('alcohol withdrawal with delirium'; '..., uncomplicated'). */
const AFTER = /^[^.;\n]{0,60}/;
/** Or right before it ('uncomplicated alcohol intoxication', 'delirium of alcohol withdrawal'). */
const BEFORE = /[^.;\n]{0,30}$/;

/** Titles equal but for a plural ('with perceptual disturbances' F13.932, 'disturbance' in its siblings). */
export const sameState = (a: string, b: string): boolean => a.replace(/s$/, '') === b.replace(/s$/, '');

/**
 * An intoxication's or a withdrawal's detail as the chart writes it beside the state: 'alcohol withdrawal with
 * delirium' is F10.931, not F10.939 'with withdrawal, unspecified'; 'cannabis abuse with intoxication,
 * uncomplicated' F12.120. The code is the sibling in the same subcategory whose title says the detail where this
 * one says 'unspecified'.
 */
export function withSubstanceDetails(view: CodeTableView, code: string, evidence: readonly Evidence[], text: string): { code: string; note: string } | undefined {
  const i = /^F1[0-9]/.test(code) ? view.indexOf(code) : undefined;
  if (i === undefined) return undefined;
  const state = UNSPECIFIED_STATE.exec(view.table.titles[i]!);
  if (!state) return undefined;
  const near = evidence.map((e) => `${BEFORE.exec(text.slice(Math.max(0, e.start - 30), e.start))?.[0] ?? ''} ${AFTER.exec(text.slice(e.end))?.[0] ?? ''}`).join(' ');
  const detail = DETAILS.find(([words]) => words.test(near));
  if (!detail) return undefined;
  const wanted = detail[1](state[1]!);
  if (wanted === state[0]) return undefined;
  const parent = view.indexOf(code.slice(0, 5));
  const match = parent === undefined ? undefined : view.descendants(parent).find((k) => view.isBillable(k) && sameState(view.table.titles[k]!, wanted));
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `${wanted.slice(state[1]!.length).replace(/^,? ?(?:with )?/, '')}, as documented` };
}
