import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * The place of occurrence (Y92), the activity (Y93) and the external cause status (Y99) of an injury, each coded once,
 * at the initial encounter, beside the external cause, and only where the chart says it (Guidelines I.C.20.b, c, k:
 * no Y92.9, Y93.9 or Y99.9 for what is not documented). Read from the sentence that tells the cause ('He fell at home',
 * 'a fall while playing soccer', 'an occupational accident').
 */
const PLACES: readonly [RegExp, string][] = [
  // 'Place of occurrence, residence (non-institutional) (private) Y92.009'.
  [/\b(?:at|in)\s+(?:(?:his|her|their|the)\s+)?(?:own\s+)?(?:home|house)\b/i, 'Y92009'],
  // 'Place of occurrence, street and highway Y92.410'.
  [/\b(?:on|in)\s+the\s+(?:street|road|highway|freeway)\b/i, 'Y92410'],
  // 'Place of occurrence, hospital Y92.239; patient room Y92.230': a fall during the stay, as inpatient notes tell it
  // ('fell in her hospital room', 'in-hospital fall', 'fell while hospitalized'; not 'seen at the hospital'); the room before the hospital at large.
  [/\bin\s+(?:(?:his|her|their|the)\s+)?hospital\s+room\b/i, 'Y92230'],
  [/\bin[- ]hospital\s+falls?\b|\b(?:fell|fall|slipped|tripped)\b[^.;]{0,30}\bin\s+the\s+hospital\b|\bwhile\s+(?:hospitali[sz]ed|(?:an\s+)?inpatient|admitted)\b/i, 'Y92239'],
];
const ACTIVITIES: readonly [RegExp, string][] = [
  [/\bplaying\s+(?:soccer|football)\b/i, 'Y9366'],
  [/\bplaying\s+basketball\b/i, 'Y9367'],
  [/\bplaying\s+baseball\b/i, 'Y9364'],
  [/\bwhile\s+(?:skiing|snowboarding)\b/i, 'Y9323'],
  [/\bwhile\s+swimming\b/i, 'Y9311'],
  [/\bwhile\s+running\b/i, 'Y9302'],
  // Walking an animal before walking itself: 'while walking his dog' is Y93.K1.
  [/\bwalking\s+(?:the\s+|his\s+|her\s+|their\s+)?dogs?\b/i, 'Y93K1'],
  [/\bwhile\s+(?:walking|hiking)\b/i, 'Y9301'],
  // Work about the house and yard, as ED notes tell the fall ('fell from a ladder while cleaning the gutters', 'tripped
  // on the stairs while carrying laundry'): the Y93 activity the Index names for each.
  [/\b(?:doing|carrying|folding)\s+(?:the\s+|a\s+|her\s+|his\s+)?(?:basket\s+of\s+)?laundry\b/i, 'Y93E2'],
  [/\bcleaning\s+(?:out\s+)?(?:the\s+|his\s+|her\s+)?gutters?\b|\b(?:trimming|pruning)\s+(?:the\s+)?(?:trees?|branches)\b/i, 'Y93H9'],
  [/\b(?:while|when)\s+(?:\w+\s+)?(?:gardening|doing yard ?work|landscaping)\b/i, 'Y93H2'],
  [/\bshovel(?:l)?ing\s+(?:the\s+)?snow\b|\braking\s+(?:the\s+)?leaves\b/i, 'Y93H1'],
];
const STATUSES: readonly [RegExp, string][] = [
  // 'Civilian activity done for income or pay Y99.0': an accident at work.
  [/\b(?:occupational|work|work-related|labou?r|industrial)\s+accident\b|\baccident\s+at\s+work\b|\bwhile\s+(?:working|at\s+work)\b/i, 'Y990'],
];

/** External causes other than these Y92-Y99 codes themselves. */
const CAUSE = /^(?:V|W|X|Y[0-3])/;

export function withPlaceActivityStatus(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const causes = findings.filter((f) => CAUSE.test(f.code) && f.code.endsWith('A'));
  if (causes.length === 0) return findings;
  const sentences = [...new Set(causes.flatMap((f) => f.evidence.map((e) => sentenceAt(reading, e.start))))].filter((s) => s !== undefined);
  const added: Finding[] = [];
  for (const table of [PLACES, ACTIVITIES, STATUSES]) {
    found: for (const s of sentences) {
      const sentence = text.slice(s.start, s.end);
      for (const [words, code] of table) {
        const m = words.exec(sentence);
        if (!m || view.indexOf(code) === undefined) continue;
        const start = s.start + m.index;
        if (reading.contextOf(start, start + m[0].length).decision !== 'affirmed') continue;
        added.push({ code, evidence: [{ start, end: start + m[0].length }], score: 3, context: 'affirmed', notes: ['place, activity or status of the external cause, once at the initial encounter (Guidelines I.C.20)'] });
        break found;
      }
    }
  }
  return added.length === 0 ? findings : [...findings, ...added];
}
