import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import { addRuleFinding, type Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * An infection the chart puts down to a catheter (Index: Infection, due to or resulting from, central venous catheter
 * T80.219- (bloodstream T80.211-, exit or insertion site, localized, port or reservoir, tunnel T80.212-); Complication,
 * catheter, urinary, infection T83.51-): 'central line associated bloodstream infection', 'infected PICC line', 'port
 * pocket infection', 'UTI due to indwelling Foley catheter', 'CAUTI'. The complication is coded first, and for a
 * urinary catheter with the infection itself after it ('Use additional code to identify infection': N39.0 for a UTI),
 * which the concept matching finds from the same words.
 */
const CENTRAL = String.raw`central (?:venous )?(?:line|catheter)|CVC|PICC(?: line)?|port(?:-?a-?cath)?|portacath|mediport|Hickman(?: catheter)?|triple[- ]lumen(?: catheter)?|tunneled (?:central |dialysis |hemodialysis )?catheter|(?:hemo)?dialysis catheter|permcath|Swan[- ]Ganz(?: catheter)?|umbilical venous catheter`;
const URINARY = String.raw`(?:indwelling )?(?:foley|urinary|urethral|bladder)(?: catheter)?|suprapubic (?:catheter|tube)|cystostomy (?:catheter|tube)|nephrostomy (?:catheter|tube)`;
const INFECTION = String.raw`infections?|infected|bacteremia|bloodstream infection|BSI|sepsis|septicemia|UTI|urinary tract infection|cystitis|pyelonephritis|cellulitis|abscess`;
const LINK = String.raw`(?:[\s-]+(?:associated|related))?\s+|\s+(?:site|exit site|insertion site|tunnel|pocket)\s+`;
const CAUSE = String.raw`\s+(?:due to|secondary to|from|related to|associated with|2\/2)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:infected\s+)?(?:chronic\s+|long[- ]term\s+)?`;

/** 'PICC line infection', 'infected port', 'bacteremia due to the port', 'infection of the Hickman catheter'. */
const DEVICE_INFECTION = new RegExp(
  String.raw`\b(?:(?<device>${CENTRAL}|${URINARY})(?<link>${LINK})(?<infection>${INFECTION})|(?<infection2>infected|infection of(?: the| his| her| an?)?)\s+(?<device2>${CENTRAL}|${URINARY})|(?<infection3>${INFECTION})${CAUSE}(?<device3>${CENTRAL}|${URINARY}))\b`,
  'gi',
);

const BLOODSTREAM = /\b(?:bloodstream|BSI|bacteremia|sepsis|septicemia)\b/i;
const LOCAL = /\b(?:site|tunnel|pocket|cellulitis|abscess)\b/i;

const CENTRAL_DEVICE = new RegExp(`^(?:${CENTRAL})$`, 'i');

function codeFor(device: string, words: string): RawCode {
  if (CENTRAL_DEVICE.test(device)) {
    if (BLOODSTREAM.test(words)) return 'T80211A';
    // 'Port or reservoir infection' and 'Tunnel infection' are T80.212's inclusion terms.
    if (LOCAL.test(words) || /^port|portacath|mediport/i.test(device)) return 'T80212A';
    return 'T80219A';
  }
  if (/suprapubic|cystostomy/i.test(device)) return 'T83510A';
  if (/nephrostomy/i.test(device)) return 'T83512A';
  return 'T83511A';
}

export function withDeviceInfections(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!/\b(?:infect\w*|bacteremia|sepsis|septicemia|BSI|UTI|CAUTI|CLABSI|CRBSI|cystitis|pyelonephritis|cellulitis|abscess)\b/i.test(text)) return findings;
  const found: Finding[] = [];
  for (const m of text.matchAll(DEVICE_INFECTION)) {
    const g = m.groups!;
    const device = g.device ?? g.device2 ?? g.device3!;
    const start = m.index!;
    const end = start + m[0].length;
    if (reading.contextOf(start, end).decision === 'negated') continue;
    // A bare 'urinary' or 'bladder' is the organ, not a catheter: 'urinary tract infection' is no device's.
    if (/^(?:indwelling )?(?:urinary|urethral|bladder)$/i.test(device)) continue;
    const code = codeFor(device, m[0]);
    if (view.indexOf(code) === undefined) continue;
    // Ranked above the infection the same words name: the complication is sequenced first.
    const near = findings.filter((f) => f.evidence.some((e) => e.start < end && start < e.end)).map((f) => f.score);
    addRuleFinding(found, code, { start, end }, Math.max(8, ...near) * 1.1, `an infection due to a catheter (${device}): the complication first (Index: Infection, due to, catheter)`);
  }
  const out = found.length === 0 ? findings : [...findings.filter((f) => !found.some((n) => n.code === f.code)), ...found];
  return withUrinaryInfection(text, view, out);
}

/**
 * The UTI beside its catheter's complication ('Use additional code to identify infection', T83.5): 'CAUTI' and 'UTI
 * due to Foley' say it, and the coder adds N39.0 unless the infection is coded by its site already (cystitis,
 * pyelonephritis).
 */
const UTI_WORDS = /\b(?:CAUTI|UTI|urinary tract infection)\b/i;
const URINARY_INFECTION = /^(?:N39[0]|N30|N1[0-25]|N34|N41|N45)/;
function withUrinaryInfection(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  const complication = findings.find((f) => /^T8351/.test(f.code) && f.evidence.some((e) => UTI_WORDS.test(text.slice(e.start, e.end))));
  if (!complication || findings.some((f) => URINARY_INFECTION.test(f.code)) || view.indexOf('N390') === undefined) return findings;
  // Its evidence is the infection's own words within the complication's ('UTI' of 'CAUTI').
  const e = complication.evidence.find((x) => UTI_WORDS.test(text.slice(x.start, x.end)))!;
  const m = UTI_WORDS.exec(text.slice(e.start, e.end))!;
  const start = e.start + m.index + (/^CAUTI$/i.test(m[0]) ? 2 : 0);
  const uti: Finding[] = [];
  addRuleFinding(uti, 'N390', { start, end: e.start + m.index + m[0].length }, complication.score * 0.9, 'the infection itself, after its catheter complication (T83.5 use additional code)');
  return [...findings, ...uti];
}
