import type { Finding } from './assemble';

/**
 * A glaucoma of a named type with its eye in the 6th character and its stage in the 7th ('Primary open-angle glaucoma,
 * bilateral, moderate stage' H40.1132; chronic angle-closure H40.22-): type, eye (1 right, 2 left, 3 bilateral), stage.
 */
const SIDED = /^(H401[1-4]|H4022)([1239])([0-4])$/;
/** The open-angle (H40.10X-) and angle-closure (H40.20X-) glaucoma of no named type, with its stage. */
const UNTYPED = /^H40([12])0X([0-4])$/;

const STAGES: Record<string, string> = { mild: '1', moderate: '2', severe: '3', advanced: '3', indeterminate: '4' };
const STAGE = '(mild|moderate|severe|advanced|indeterminate)';
const EYE = '(OD|OS|right eye|left eye|(?:the )?right|(?:the )?left)';
/** 'moderate stage OD', 'severe in the left eye'; 'OD moderate', 'OS: severe stage'. */
const STAGE_THEN_EYE = new RegExp(`\\b${STAGE}(?:\\s+stage)?\\s*(?:,\\s*)?(?:in\\s+(?:the\\s+)?)?${EYE}\\b`, 'gi');
const EYE_THEN_STAGE = new RegExp(`\\b${EYE}\\s*[:,-]?\\s*${STAGE}\\b`, 'gi');

const eyeOf = (word: string) => (/^(?:od|(?:the )?right)/i.test(word) ? '1' : '2');

/** The sentence around a place of the text: from the last full stop or line before it to the next one after. */
function sentenceAt(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stop = text.slice(end).search(/[.\n]/);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

/** Each eye's stage a sentence gives ('moderate stage OD, severe stage OS'): eye '1' or '2' to the stage's character. */
function stagesByEye(sentence: string): Map<string, string> {
  const stages = new Map<string, string>();
  for (const m of sentence.matchAll(STAGE_THEN_EYE)) stages.set(eyeOf(m[2]!), STAGES[m[1]!.toLowerCase()]!);
  for (const m of sentence.matchAll(EYE_THEN_STAGE)) if (!stages.has(eyeOf(m[1]!))) stages.set(eyeOf(m[1]!), STAGES[m[2]!.toLowerCase()]!);
  return stages;
}

/**
 * Glaucoma read in pieces made whole. 'POAG OU, mild stage' gives the typed glaucoma of both eyes with no stage
 * (H40.1130) and the stage on the glaucoma of no type (H40.10X1): one glaucoma, the typed code with that stage
 * (H40.1131). And where each eye has its own stage ('POAG, bilateral - moderate stage OD, severe stage OS'), each eye
 * is coded apart rather than the bilateral code (Guidelines I.C.7.a.4): H40.1112 and H40.1123.
 */
export function glaucomaStages(findings: Finding[], text: string): Finding[] {
  let out = findings;
  for (const typed of findings.filter((f) => SIDED.exec(f.code)?.[3] === '0')) {
    const untyped = out.find((f) => UNTYPED.exec(f.code)?.[1] === typed.code[4] && !f.code.endsWith('0') && f.context === typed.context);
    if (!untyped || !out.includes(typed)) continue;
    const staged: Finding = { ...typed, code: `${typed.code.slice(0, 6)}${untyped.code.slice(-1)}`, evidence: [...typed.evidence, ...untyped.evidence], notes: [...typed.notes, 'the stage documented for the same glaucoma'] };
    out = out.filter((f) => f !== untyped).map((f) => (f === typed ? staged : f));
  }
  for (const both of out.filter((f) => SIDED.exec(f.code)?.[2] === '3')) {
    if (!out.includes(both)) continue;
    const type = both.code.slice(0, 5);
    const stages = new Map<string, string>();
    for (const e of both.evidence) for (const [eye, stage] of stagesByEye(sentenceAt(text, e.start, e.end))) stages.set(eye, stage);
    const right = stages.get('1');
    const left = stages.get('2');
    if (!right || !left || right === left) continue;
    const sameType = out.filter((f) => f.code.startsWith(type) && SIDED.exec(f.code)?.[2] === '3' && f.context === both.context);
    const note = 'each eye has its own stage: a code for each eye, not the bilateral code (Guidelines I.C.7.a.4)';
    const evidence = sameType.flatMap((f) => f.evidence);
    const score = Math.max(...sameType.map((f) => f.score));
    const eyes = [`${type}1${right}`, `${type}2${left}`].map((code): Finding => ({ ...both, code, evidence, score, notes: [...both.notes, note] }));
    out = out.flatMap((f) => (f === both ? eyes : sameType.includes(f) ? [] : [f]));
  }
  return out;
}
