import type { CodeTableView } from '../search/code-table-view';
import { sentenceAt } from '../text/analyze';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * A cerebral infarction read as the unspecified I63.9 ('acute ischemic stroke', 'CVA') whose sentence names the
 * artery, its side and how it was blocked ('acute ischemic stroke of L MCA territory due to cardioembolism', 'R PCA
 * infarct', 'embolic stroke of the left middle cerebral artery'): the Index's 'Infarct, cerebral, due to embolism /
 * thrombosis / occlusion or stenosis of cerebral (precerebral) arteries' codes by artery and side (I63.0- to I63.5-).
 * An artery named without its mechanism is 'unspecified occlusion or stenosis' (I63.2-, I63.5-), the way coders code
 * 'L MCA stroke' (I63.512).
 */
/** The unspecified infarction, and an artery's territory read without its side or mechanism (stroke-index.ts). */
const UNSPECIFIED = new Set(['I639', 'I63519', 'I63529', 'I63539']);
const SIDE = String.raw`(?:\b(left|right|L|R|bilateral|bilat|B/L)\s+(?:(?:M[1-4]|A[1-3]|P[1-4])\s+(?:segment\s+(?:of\s+(?:the\s+)?)?)?)?)?`;
/** The arteries with their fifth character: cerebral (I63.3-/I63.4-/I63.5-) or precerebral (I63.0-/I63.1-/I63.2-). */
const ARTERIES: [RegExp, 'cerebral' | 'precerebral', string][] = [
  [new RegExp(`${SIDE}\\b(?:MCA|middle cerebral(?: artery)?)\\b`, 'i'), 'cerebral', '1'],
  [new RegExp(`${SIDE}\\b(?:ACA|anterior cerebral(?: artery)?)\\b`, 'i'), 'cerebral', '2'],
  [new RegExp(`${SIDE}\\b(?:PCA|posterior cerebral(?: artery)?)\\b`, 'i'), 'cerebral', '3'],
  [new RegExp(`${SIDE}\\b(?:PICA|AICA|SCA|cerebellar artery)\\b`, 'i'), 'cerebral', '4'],
  [new RegExp(`${SIDE}\\b(?:vertebral(?: artery)?|VA)\\b`, 'i'), 'precerebral', '1'],
  [/\b(?:basilar(?: artery)?)\b/i, 'precerebral', '2'],
  [new RegExp(`${SIDE}\\b(?:ICA|internal carotid(?: artery)?|carotid(?: artery)?)\\b`, 'i'), 'precerebral', '3'],
];
const EMBOLISM = /\b(?:\w*embol\w*)\b/i;
const THROMBOSIS = /\bthromb(?:osis|otic|us)\b/i;
const SIDES: Record<string, string> = { left: '2', l: '2', right: '1', r: '1', bilateral: '3', bilat: '3', 'b/l': '3' };
/** Basilar artery codes have no side; the others take it as the sixth character. */
const UNSIDED = new Set(['precerebral2']);

/**
 * A nontraumatic subarachnoid hemorrhage (I60.9) whose sentence names the artery it came from ('SAH due to ruptured L
 * MCA aneurysm'): I60.0- to I60.6 by the artery, with the side where the code has one (1 right, 2 left). The ruptured
 * aneurysm is the hemorrhage's source, which I60 holds (I67.1 is 'nonruptured'): an 'Aneurysm' of unspecified site
 * (I72.9) read from the same sentence goes with it, unless told unruptured or incidental.
 */
const SAH_ARTERIES: [RegExp, string, boolean][] = [
  [new RegExp(`${SIDE}\\b(?:MCA|middle cerebral(?: artery)?)\\b`, 'i'), 'I601', true],
  [/\b(?:ACOM|ACoA|anterior communicating(?: artery)?)\b/i, 'I602', false],
  [new RegExp(`${SIDE}\\b(?:PCOM|PCoA|posterior communicating(?: artery)?)\\b`, 'i'), 'I603', true],
  [/\bbasilar(?: artery| tip)?\b/i, 'I604', false],
  [new RegExp(`${SIDE}\\b(?:vertebral(?: artery)?)\\b`, 'i'), 'I605', true],
  [new RegExp(`${SIDE}\\b(?:ICA|internal carotid(?: artery)?|carotid (?:siphon|bifurcation|terminus))\\b`, 'i'), 'I600', true],
  [/\b(?:ACA|PCA|anterior cerebral|posterior cerebral|pericallosal|PICA|AICA|SCA)\b/i, 'I606', false],
];
const SAH_SIDES: Record<string, string> = { left: '2', l: '2', right: '1', r: '1' };

export function withStrokeArtery(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const out = findings.map((f) => {
    const code = UNSPECIFIED.has(f.code) ? arteryCode(text, reading, f) : f.code === 'I609' ? sahCode(text, reading, f) : undefined;
    if (code === undefined || view.indexOf(code) === undefined) return f;
    const why = code.startsWith('I60') ? 'subarachnoid hemorrhage by the artery its sentence names (Index: Hemorrhage, subarachnoid, from)' : 'cerebral infarction by the artery, side and mechanism its sentence names (Index: Infarct, cerebral, due to)';
    return { ...f, code, notes: [...f.notes, why] };
  });
  const bleeds = out.filter((f) => f.code.startsWith('I60'));
  if (bleeds.length === 0) return out;
  const sentencesOf = (f: Finding) => f.evidence.map((e) => reading.sentences.find((s) => s.start <= e.start && e.end <= s.end)?.start);
  const bled = new Set(bleeds.flatMap(sentencesOf));
  return out.filter((f) => f.code !== 'I729' || !sentencesOf(f).every((s) => s !== undefined && bled.has(s) && !/\b(?:un|non-?)ruptured\b|\bincidental/i.test(text.slice(s, s + 300))));
}

function sentencesOfFinding(text: string, reading: ChartReading, f: Finding): string[] {
  return f.evidence.map((e) => {
    const s = sentenceAt(reading, e.start);
    return s ? text.slice(s.start, s.end) : text.slice(e.start, e.end);
  });
}

function sahCode(text: string, reading: ChartReading, f: Finding): string | undefined {
  for (const sentence of sentencesOfFinding(text, reading, f)) {
    const artery = SAH_ARTERIES.map(([words, code, sided]) => ({ m: words.exec(sentence), code, sided })).filter((a) => a.m !== null).sort((a, b) => a.m!.index - b.m!.index)[0];
    if (!artery) continue;
    return artery.sided ? `${artery.code}${SAH_SIDES[(artery.m![1] ?? '').toLowerCase()] ?? '0'}` : artery.code;
  }
  return undefined;
}

function arteryCode(text: string, reading: ChartReading, f: Finding): string | undefined {
  const sentences = sentencesOfFinding(text, reading, f);
  for (const sentence of sentences) {
    const artery = ARTERIES.map(([words, kind, fifth]) => ({ m: words.exec(sentence), kind, fifth })).filter((a) => a.m !== null).sort((a, b) => a.m!.index - b.m!.index)[0];
    if (!artery) continue;
    // The mechanism may be said in any of the stroke's sentences ('L MCA stroke' in the admission diagnosis,
    // 'due to cardioembolism' in the discharge diagnosis).
    const all = sentences.join(' ');
    const how = EMBOLISM.test(all) ? 'embolism' : THROMBOSIS.test(all) ? 'thrombosis' : 'occlusion';
    const fourth = { cerebral: { thrombosis: '3', embolism: '4', occlusion: '5' }, precerebral: { thrombosis: '0', embolism: '1', occlusion: '2' } }[artery.kind][how];
    if (UNSIDED.has(`${artery.kind}${artery.fifth}`)) return `I63${fourth}${artery.fifth}`;
    return `I63${fourth}${artery.fifth}${SIDES[(artery.m![1] ?? '').toLowerCase()] ?? '9'}`;
  }
  return undefined;
}
