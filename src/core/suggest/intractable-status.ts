import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * The Tabular's note at G40 and G43: 'the following terms are to be considered equivalent to intractable:
 * pharmacoresistant (pharmacologically resistant), treatment resistant, refractory (medically) and poorly
 * controlled'. Not after 'not', 'non-' or 'without', which say the default.
 */
const INTRACTABLE =
  /(?<!\b(?:not|non|without|no)[- ])\b(?:intractable|pharmaco-?resistant|pharmacologically resistant|(?:drug|treatment|therapy)[- ]resistant|refractory|poorly controlled)\b/i;
/** A status epilepticus as charts write it, the Spanish 'estatus epiléptico' translated too. */
const STATUS_EPILEPTICUS = /(?<!\b(?:without|no) )\b(?:status epilepticus|epileptic status|convulsive status|status convulsivus)\b/i;
const STATUS_MIGRAINOSUS = /(?<!\b(?:without|no) )\bstatus migrainosus\b/i;

/** A default part of a title, the part that replaces it, and the chart's words that say so. */
const DETAILS: readonly [string, string, RegExp][] = [
  ['not intractable', 'intractable', INTRACTABLE],
  ['without status epilepticus', 'with status epilepticus', STATUS_EPILEPTICUS],
  ['without status migrainosus', 'with status migrainosus', STATUS_MIGRAINOSUS],
];

/** The finding's sentence: from the last full stop or line break before the evidence to the next one after it. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stop = /\.(?:\s|$)|\n/.exec(text.slice(end));
  return text.slice(from, stop ? end + stop.index : text.length);
}

/**
 * Epilepsy, migraine and the headaches of G44 take two axes in their titles, intractable or not, with or without
 * status epilepticus (migrainosus), whose defaults ('not intractable', 'without status') the bare name gives:
 * 'refractory epilepsy' is G40.919, not G40.909, and 'migraine without aura with status migrainosus' G43.001. The
 * code is the sibling in the finding's category whose title has each documented part in place of its default.
 */
export function withIntractableStatus(view: CodeTableView, f: Finding, text: string): { code: string; note: string } | undefined {
  const i = view.indexOf(f.code);
  if (i === undefined) return undefined;
  const title = view.table.titles[i]!.toLowerCase();
  const defaults = DETAILS.filter(([part]) => title.includes(part));
  if (defaults.length === 0) return undefined;
  const sentences = f.evidence.map((e) => sentenceAround(text, e.start, e.end)).join(' ');
  const said = defaults.filter(([, , words]) => words.test(sentences));
  if (said.length === 0) return undefined;
  const wanted = said.reduce((t, [part, other]) => t.replace(part, other), title);
  const category = view.indexOf(f.code.slice(0, 3));
  if (category === undefined) return undefined;
  const match = view.descendants(category).find((k) => view.isBillable(k) && view.table.titles[k]!.toLowerCase() === wanted);
  if (match === undefined) return undefined;
  return { code: view.table.codes[match]!, note: `${said.map(([, other]) => other).join(', ')}, as documented` };
}
