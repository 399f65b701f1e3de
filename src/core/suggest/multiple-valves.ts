import type { RawCode } from '../types';
import type { Finding } from './assemble';

/**
 * The valve disorders the Index gives when the chart states no cause: mitral insufficiency or stenosis (I34.0, I34.2,
 * or the rheumatic I05.- the Index defaults to), aortic (I35.0-I35.2, I35.9, or I06.-) and tricuspid (I07.-, rheumatic
 * unless the chart says otherwise).
 */
const VALVES: readonly [valve: string, codes: RegExp][] = [
  ['mitral', /^(?:I34[02]|I05\d)$/],
  ['aortic', /^(?:I35[0129]|I06\d)$/],
  ['tricuspid', /^I07\d$/],
];

/** 'Insufficiency, mitral, with aortic valve disease I08.0, with tricuspid I08.1'; aortic with tricuspid I08.2; all three I08.3. */
const MULTIPLE: Readonly<Record<string, RawCode>> = {
  'mitral aortic': 'I080',
  'mitral tricuspid': 'I081',
  'aortic tricuspid': 'I082',
  'mitral aortic tricuspid': 'I083',
};

/**
 * A cause the chart gives the valve disease, which the I08 presumption of a rheumatic cause does not override (I34 and
 * I35 exclude from I08 only the disorders 'of unspecified cause'): it keeps each valve its own code.
 */
const STATED_CAUSE = /\bnon-?rheumatic\b|\bdegenerative\b|\bcalcific\b|\bcalcified\b|\bsenile\b|\bbicuspid\b|\bfunctional\b|\bischemic\b|\bendocarditis\b|\bcongenital\b|\bmyxomatous\b/i;

/**
 * Disorders of two or three valves of unstated cause are one I08 code (Excludes1 at I34 and I35: 'mitral valve disorder
 * of unspecified cause with diseases of aortic and/or tricuspid valve(s) (I08.-)'; Index: 'Insufficiency, mitral, with
 * aortic valve disease I08.0'): 'moderate MR and moderate TR' is I08.1, not I34.0 with I07.1. The findings' evidence
 * joins the combination code.
 */
export function foldMultipleValves(findings: Finding[], text: string): Finding[] {
  const byValve = VALVES.map(([valve, codes]) => [valve, findings.filter((f) => f.context === 'affirmed' && codes.test(f.code))] as const)
    .filter(([, found]) => found.length > 0);
  if (byValve.length < 2 || STATED_CAUSE.test(text)) return findings;
  const by = MULTIPLE[byValve.map(([valve]) => valve).join(' ')]!;
  const sources = byValve.flatMap(([, found]) => found);
  const merged: Finding = {
    code: by,
    evidence: sources.flatMap((f) => f.evidence),
    score: Math.max(...sources.map((f) => f.score)) + 1,
    context: 'affirmed',
    notes: ['combination code: disorders of more than one valve, cause not stated, are one I08 code (Excludes1 at I34, I35)'],
  };
  return [...findings.filter((f) => !sources.includes(f)), merged];
}
