import type { CodeTableView } from '../search/code-table-view';
import type { Mention } from './find-mentions';
import { modalityOf } from './imaging-paired';

/** Words that report what a study found, or the colon of its report: a body part named after them is where the finding lies. */
export const REPORTED = /:|\b(?:showed|shows|show|showing|revealed|reveals|revealing|identified|identifies|demonstrated|demonstrates|confirmed|detected|found|observed|in which|where)\b/i;

/**
 * Whether an imaging mention takes its body part from the report of another study of the same kind that shares its
 * words: in 'An abdominal ultrasound showed multiple hepatic cysts' the study is of the abdomen (BW40), and the liver is
 * where its finding lies, not a liver ultrasound (BF45). Body parts listed before the study share it ('Chest and
 * abdominal X-rays'), and a study naming more body parts ('CT of the chest, abdomen and pelvis') stays.
 */
export function isSpreadOverStudy(text: string, view: CodeTableView, m: Mention, mentions: readonly Mention[]): boolean {
  const code = view.table.codes[m.codeIndex]!;
  if (code[0] !== 'B') return false;
  return mentions.some((o) => {
    const other = view.table.codes[o.codeIndex]!;
    if (o === m || other[0] !== 'B' || other[2] !== code[2] || o.words < m.words) return false;
    return o.start < m.end && m.start < o.end && o.end < m.end && REPORTED.test(text.slice(o.end, m.end));
  });
}

/** The words that name a study's kind, one by one ('CT' and 'scan' apart), as modalityOf reads them. */
const STUDY_WORD = /\b(?:x[- ]?rays?|radiograph\w*|ct|cat|tac|(?:computed|computerized)(?: axial)? tomography|mri|nmr|magnetic resonance(?: imaging)?|ultrasound|ultrasonography|echography|sonography)\b/gi;
/**
 * Words between two study words that end the first study's clause: its report or its verb ('A chest X-ray was normal
 * and an abdominal ultrasound'). Without them the studies are listed together and may share the body part said with
 * either ('Plain radiography and skull CT', 'A CT scan and a cranial MRI', 'abdominal ultrasound and CT').
 */
const CLAUSE_END = new RegExp(`[.;]|${REPORTED.source}|\\b(?:was|were|is|are|has|have|had|been|normal|abnormal|negative|positive|unremarkable|performed|requested|done|which|that)\\b`, 'i');
/** A study word right after the mention: the body part the mention ends with is that study's ('an abdominal ultrasound'). */
const NEXT_STUDY = /^\s+(?:x[- ]?rays?|radiograph\w*|ct|cat|tac|computed|computerized|mri|nmr|magnetic|ultrasound|ultrasonography|echography|sonography)\b/i;

/**
 * Whether an imaging mention's words were gathered over another study's: in 'A chest X-ray was normal and an abdominal
 * ultrasound and CT scan showed ascites' the chest is the X-ray's and the CT is of the abdomen (BW20), not of the chest
 * and abdomen (BW24); the abdomen is the ultrasound's and the CT's, not the X-ray's (BW00). A body part belongs to the
 * study said in its clause: the mention is left when it holds, or ends right before, the words of a study of another
 * kind reported in a clause of its own (CLAUSE_END).
 */
export function isAcrossOtherStudy(text: string, view: CodeTableView, codeIndex: number, start: number, end: number): boolean {
  const kind = view.table.codes[codeIndex]!;
  if (kind[0] !== 'B') return false;
  const after = NEXT_STUDY.exec(text.slice(end, end + 40));
  const said = text.slice(start, end + (after?.[0].length ?? 0));
  // The studies said, grouped where joined: a group holds its kinds.
  const groups: Set<string>[] = [];
  let last = -1;
  for (const w of said.matchAll(STUDY_WORD)) {
    const type = modalityOf(w[0])!;
    if (last < 0 || CLAUSE_END.test(said.slice(last, w.index))) groups.push(new Set());
    groups[groups.length - 1]!.add(type);
    last = w.index! + w[0].length;
  }
  return (groups.length > 1 && groups.some((g) => !g.has(kind[2]!))) || eachHasOwnRegion(text, start, said, kind[2]!);
}

/** The regions charts name a study by, said before its word ('chest X-ray', 'abdominal ultrasound', 'brain CT'), each as one name. */
const REGIONS: [RegExp, string][] = [
  [/^(?:chest|thorax|thoracic)$/i, 'chest'], [/^(?:abdomen|abdominal)$/i, 'abdomen'], [/^(?:pelvis|pelvic)$/i, 'pelvis'],
  [/^(?:cranial|skull|head)$/i, 'head'], [/^(?:brain|cerebral)$/i, 'brain'], [/^(?:neck|cervical)$/i, 'neck'],
  [/^(?:lumbar|spine|spinal)$/i, 'spine'], [/^(?:renal|kidney)$/i, 'kidney'], [/^bladder$/i, 'bladder'],
  [/^(?:testicular|scrotal)$/i, 'scrotum'], [/^thyroid$/i, 'thyroid'], [/^orbital$/i, 'orbit'],
];
const REGION_WORD = /\b(?:chest|thorax|thoracic|abdomen|abdominal|pelvis|pelvic|cranial|skull|head|brain|cerebral|neck|cervical|lumbar|spine|spinal|renal|kidney|bladder|testicular|scrotal|thyroid|orbital)\b/gi;

/** The regions said in the words right before a study's word: 'thoracic-abdominal' before 'CT' is the chest and abdomen. */
function regionsBefore(text: string, at: number): string[] {
  const before = /(?:[\w-]+[\s,]+(?:and\s+)?){0,2}$/.exec(text.slice(Math.max(0, at - 40), at))![0];
  return [...before.matchAll(REGION_WORD)].map((w) => REGIONS.find(([word]) => word.test(w[0]))![1]);
}

/**
 * Studies listed together, each said with its own region ('Chest X-ray and abdominal ultrasound were normal', 'Brain CT
 * and chest X-ray'), share none: the abdomen is the ultrasound's, not also an abdominal X-ray (BW00), and the chest the
 * X-ray's, not a chest CT. A study said without a region of its own still takes the list's ('Plain radiography and
 * skull CT'), and one whose own regions hold the other's keeps its reading ('Abdominal ultrasound and abdominal CT').
 */
function eachHasOwnRegion(text: string, start: number, said: string, kind: string): boolean {
  // A study's words that start within the span ('computed' of 'computed tomography' right after it) are read whole.
  const words = [...text.slice(start, start + said.length + 30).matchAll(STUDY_WORD)]
    .filter((w) => w.index! < said.length)
    .map((w) => ({ type: modalityOf(w[0])!, at: start + w.index! }));
  const own = words.find((w) => w.type === kind);
  const ownRegions = own ? regionsBefore(text, own.at) : [];
  if (ownRegions.length === 0) return false;
  return words.some((w) => w.type !== kind && regionsBefore(text, w.at).some((r) => !ownRegions.includes(r)));
}
