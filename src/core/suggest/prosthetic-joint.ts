import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * Complications of a hip or knee replacement by joint and side. The Index gives them by the joint ('Complication,
 * joint prosthesis, internal, infection, hip T84.5-, knee T84.5-'; 'mechanical, loosening, hip T84.03-'; 'Dislocation,
 * prosthesis, hip T84.02-'; 'Fracture, periprosthetic, hip M97.0-, knee M97.1-'), and the concepts read the words
 * 'prosthetic joint infection' or 'loosening of the prosthesis' as the unspecified joint's code. The joint and side
 * written in the same clause ('infected right total knee arthroplasty', 'L THA dislocation') give the code.
 * Knee dislocation is left alone: its codes are titled 'Instability of internal knee prosthesis'.
 */
const BY_JOINT: Record<string, { hip?: [right: string, left: string]; knee?: [right: string, left: string] }> = {
  T8450XA: { hip: ['T8451XA', 'T8452XA'], knee: ['T8453XA', 'T8454XA'] },
  T84039A: { hip: ['T84030A', 'T84031A'], knee: ['T84032A', 'T84033A'] },
  T84029A: { hip: ['T84020A', 'T84021A'] },
  M979XXA: { hip: ['M9701XA', 'M9702XA'], knee: ['M9711XA', 'M9712XA'] },
};

const HIP = /\b(?:hips?|THA|THR|acetabul\w*|femoral head)\b/i;
const KNEE = /\b(?:knees?|TKA|TKR|patell\w*|tibial component)\b/i;
const RIGHT = /\b(?:right|rt\.?|R)(?=[\s-]+(?:total |partial |revision )?(?:hip|knee|THA|THR|TKA|TKR)\b)|\bright\b/i;
const LEFT = /\b(?:left|lt\.?|L)(?=[\s-]+(?:total |partial |revision )?(?:hip|knee|THA|THR|TKA|TKR)\b)|\bleft\b/i;

export function withProstheticJoint(view: CodeTableView, f: Finding, text: string) {
  const joints = BY_JOINT[f.code];
  if (!joints) return undefined;
  const clause = f.evidence.map((e) => clauseOf(text, e.start, e.end)).join(' ');
  const hip = HIP.test(clause);
  const knee = KNEE.test(clause);
  if (hip === knee) return undefined;
  const right = RIGHT.test(clause);
  const left = LEFT.test(clause);
  if (right === left) return undefined;
  const pair = hip ? joints.hip : joints.knee;
  const code = pair?.[right ? 0 : 1];
  if (!code || view.indexOf(code) === undefined) return undefined;
  return { code, note: `the ${right ? 'right' : 'left'} ${hip ? 'hip' : 'knee'} prosthesis named in the clause (Index: Complication, joint prosthesis, by joint)` };
}

/**
 * The complications as notes word them, at the unspecified joint's code (refined above): 'Infection, due to or
 * resulting from, joint prosthesis T84.5-'; 'Loosening, mechanical, prosthetic joint T84.03-'; 'Dislocation, joint
 * prosthesis T84.02-'; 'Fracture, periprosthetic M97.-'. Joined to INDEX_DEFAULTS, whose test checks each code.
 */
export const PROSTHETIC_JOINT_INDEX: readonly [phrase: string, code: string][] = [
  ['infected total knee arthroplasty', 'T8450XA'], ['infected knee arthroplasty', 'T8450XA'], ['infected knee prosthesis', 'T8450XA'],
  ['infected total hip arthroplasty', 'T8450XA'], ['infected hip arthroplasty', 'T8450XA'], ['infected hip prosthesis', 'T8450XA'],
  ['loosening of hip prosthesis', 'T84039A'], ['loosening of knee prosthesis', 'T84039A'], ['aseptic loosening', 'T84039A'],
  ['loosening of total hip arthroplasty', 'T84039A'], ['loosening of total knee arthroplasty', 'T84039A'],
  ['dislocation of hip prosthesis', 'T84029A'], ['dislocated hip prosthesis', 'T84029A'], ['prosthetic hip dislocation', 'T84029A'],
  ['dislocation of total hip arthroplasty', 'T84029A'], ['dislocated total hip arthroplasty', 'T84029A'],
  ['periprosthetic fracture', 'M979XXA'],
];

/**
 * S73.0 'Subluxation and dislocation of hip' has Excludes2 'dislocation and subluxation of hip prosthesis (T84.020,
 * T84.021)': the words 'dislocation of the right hip prosthesis' read as the native hip's S73.0- too are the same words
 * twice. A S73.0- finding whose every span lies within a prosthesis dislocation's is dropped.
 */
export function withoutNativeHipDislocation(findings: Finding[]): Finding[] {
  const prosthesis = findings.filter((f) => /^T8402/.test(f.code)).flatMap((f) => f.evidence);
  if (!prosthesis.length) return findings;
  return findings.filter((f) => !f.code.startsWith('S730') || !f.evidence.every((e) => prosthesis.some((p) => p.start <= e.start && e.end <= p.end)));
}
