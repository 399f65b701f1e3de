import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * The source of a carbon monoxide poisoning as the Table of Drugs and Chemicals gives it ('Carbon monoxide (from
 * incomplete combustion) T58.9-, from: exhaust gas (motor) not in transit, combustion engine, gas engine, motor pump,
 * motor vehicle T58.0-; utility gas, piped gas, propane or butane, stove gas T58.1-; charcoal fumes, coal, coke, wood
 * or kerosene (in domestic stoves, fireplaces) T58.2-; blast furnace, kiln or producer gas T58.8-'). A generator or
 * a mower runs on a gas engine. A heater or a furnace of no named fuel says no source.
 */
const SOURCES: readonly [RegExp, string][] = [
  [/\b(?:generators?|exhaust|motor vehicles?|(?:car|truck|vehicle)s? (?:running|left running|idling)|running (?:car|truck|vehicle|engine)s?|combustion engines?|gas(?:oline)?[- ](?:powered|engine)|motor pumps?|(?:lawn ?)?mowers?|snow ?blowers?|tractors?)\b/i, '0'],
  [/\b(?:natural gas|utility gas|piped gas|gas (?:leak|stove|range)|propane|butane|stove gas)\b/i, '1'],
  [/\b(?:charcoal|coal|coke|wood[- ](?:burning|stove|fire)\w*|wood ?stoves?|fireplaces?|kerosene)\b/i, '2'],
  [/\b(?:blast furnace|kilns?|producer gas|water gas)\b/i, '8'],
];
/** The words of the finding's clause: the source is said after it ('... from a generator in the garage') or before it. */
const AFTER = /^[^.;\n]{0,100}/;
const BEFORE = /[^.;\n]{0,60}$/;

/** T58.9- of no source, with its intent and episode, becomes the source's code the clause names. */
export function withCarbonMonoxideSource(view: CodeTableView, f: Finding, text: string): { code: string; note: string } | undefined {
  if (!/^T589[1-4]X[ADS]$/.test(f.code)) return undefined;
  const near = f.evidence.map((e) => `${BEFORE.exec(text.slice(Math.max(0, e.start - 60), e.start))?.[0] ?? ''} ${AFTER.exec(text.slice(e.end))?.[0] ?? ''}`).join(' ');
  const sources = new Set(SOURCES.filter(([words]) => words.test(near)).map(([, source]) => source));
  if (sources.size !== 1) return undefined;
  const [source] = sources;
  const intent = f.code[4]!;
  const code = source === '0' || source === '1' ? `T58${source}${intent}X${f.code[6]}` : `T58${source}X${intent}${f.code[6]}`;
  return view.indexOf(code) === undefined ? undefined : { code, note: 'the source of the carbon monoxide named beside it (Table of Drugs and Chemicals)' };
}
