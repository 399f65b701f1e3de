import type { CodeTableView } from '../search/code-table-view';
import type { SetAside, Suggestion } from '../types';
import { confidenceOf } from './assemble';
import { outsideBiliaryTree } from './biliary-endoscopy';
import { alsoResected } from './compound-operations';
import { expandChartPhrase } from './chart-expand';
import type { ChartReading } from './chart-reading';
import type { ConceptIndex } from './concept-index';
import { findMentions, type Mention } from './find-mentions';
import { withContrast } from './imaging-contrast';
import { isChildChart } from './pregnancy-codes';
import { withFixation } from './joint-replacement';
import { findingSiteMentions } from './imaging-finding-site';
import { isGuidanceOnly } from './imaging-guidance';
import { withoutIntegralInspections } from './integral-inspections';
import { withPairedImaging } from './imaging-paired';
import { spineImagingMentions } from './imaging-spine';
import { isAcrossOtherStudy, isSpreadOverStudy } from './imaging-spread';
import { segmentCodedBeside, withIntestineSegment } from './intestine-parts';
import { clauseOf, procedureDone } from './procedure-context';
import { spellLimbSides } from './limb-sides';
import { isUnsided, sidesOf } from './procedure-sides';
import { isDilationFinding, isExtentLandmark, withRootOperation } from './root-operation';
import { withoutRetoldSteps } from './procedure-steps';
import { isIntubationLaryngoscopy } from './scope-inspections';
import { withBloodProduct } from './transfusion';
import { withNoteApproach } from './note-approach';
import { amputationLevel } from './amputation-procedures';
import { skinAbscessDrainageMentions } from './skin-abscess-drainage';
import { withoutExcisionOfResected } from './whole-resected';
import { isOperationAnesthesia, withBlockSubstance } from './nerve-blocks';

/** The approach a note states, as the 5th character of a Medical and Surgical (section 0) code. */
const APPROACHES: [RegExp, string][] = [
  // 'Videothoracoscopy' in one word: the camera does not change the approach.
  // 'VATS' is video-assisted thoracoscopic surgery.
  [/\b(?:video)?(laparoscop|arthroscop|thoracoscop|percutaneous endoscop)|\bvats\b/i, '4'],
  [/\b(colonoscop|gastroscop|cystoscop|bronchoscop|endoscop|transurethral|hysteroscop)/i, '8'],
  // A '-centesis' (arthrocentesis, thoracentesis) is a puncture with a needle.
  [/\b(percutaneous|puncture|needle|guided|\w+centesis|fna[bc]?\b|paaf\b)/i, '3'],
  [/\b(open|laparotomy|thoracotomy|craniotomy|incision)\b/i, '0'],
];

/** The procedures said in a chart: no study's words gathered over another study's (imaging-spread.ts). */
export function procedureMentions(text: string, reading: ChartReading, concepts: ConceptIndex, view: CodeTableView): Mention[] {
  return findMentions(text, reading, concepts, expandChartPhrase, false, undefined, undefined, (i, start, end) => !isAcrossOtherStudy(text, view, i, start, end));
}

/**
 * ICD-10-PCS suggestions from procedure mentions: only procedures done (negated, planned or past ones are not
 * coded for this encounter), with the approach the sentence states where the table has that code. With the chart's
 * reading, the studies of a paired limb or joint and of the spine are read too (imaging-paired.ts, imaging-spine.ts).
 */
export function procedureSuggestions(text: string, view: CodeTableView, matched: Mention[], reading?: ChartReading, unsided: SetAside[] = []): Suggestion[] {
  const mentions = reading
    ? withPairedImaging(text, reading, view, [...matched, ...spineImagingMentions(text, reading, view), ...findingSiteMentions(text, reading, view, matched), ...skinAbscessDrainageMentions(text, reading, view)])
    : matched;
  const byCode = new Map<number, Mention[]>();
  // A child's chart tells how it was born ('born by primary C-section'): the Obstetrics section (1) codes procedures
  // on the products of conception, which are the mother's record's (ICD-10-PCS Guidelines C.1).
  const child = isChildChart(text);
  // The Medical and Surgical codes whose approach no clause of theirs stated (procedure-steps.ts), and those stated.
  const defaulted = new Set<number>(), stated = new Set<number>();
  for (const m of mentions) {
    if (child && view.table.codes[m.codeIndex]!.startsWith('1')) continue;
    if (!procedureDone(text, m) || scanOfCt(text, m) || isOperationAnesthesia(view.table.codes[m.codeIndex]!, text, m.start) || isSymptomNotMeasurement(view, text, m) || isSpreadOverStudy(text, view, m, mentions)) continue;
    const around = text.slice(Math.max(0, m.start - 80), m.end + 80);
    // A side may be a lone letter ('endoscopic harvest of L greater saphenous vein'): spelled out for the side readers.
    const near = spellLimbSides(text, Math.max(0, m.start - 40), m.end + 60);
    const said = text.slice(m.start, m.end);
    const code = view.table.codes[m.codeIndex]!;
    if (outsideBiliaryTree(code, said, text, m.start, m.end) || isExtentLandmark(said, text.slice(m.end, m.end + 40)) || isGuidanceOnly(code, text, m.start, m.end)) continue;
    if (isUnsided(view, m.codeIndex, said, near, text)) {
      // Not coded, but not silently: the coder sees the operation and queries the side.
      if (!unsided.some((a) => a.code === code)) {
        unsided.push({
          code,
          display: code,
          title: view.table.titles[m.codeIndex]!,
          context: 'uncertain',
          evidence: [{ start: m.start, end: m.end, section: m.section }],
          reason: 'side not documented: ICD-10-PCS has no unspecified side, so none is guessed; query the side (the right side\'s code is shown)',
        });
      }
      continue;
    }
    // The segment may be said right before the words found ('Sigmoid colon polyps x 2, removed by snare polypectomy').
    const segmentSaid = `${text.slice(Math.max(0, m.start - 20), m.start).split(/[.;:,()\n]/).pop()}${said}`;
    const operated = withRootOperation(view, withIntestineSegment(view, m.codeIndex, segmentSaid), said, text.slice(Math.max(0, m.start - 30), m.end + 40), text.slice(Math.max(0, m.start - 40), m.start));
    // The words of its own clause: a study's contrast ('contrast-enhanced abdominal CT'), a transfusion's product, how a
    // dilation was done.
    const clause = clauseOf(text, m.start, m.end);
    if (isDilationFinding(view, operated, text, m.start, m.end, clause)) continue;
    if (isIntubationLaryngoscopy(view.table.codes[operated]!, clauseOf(text, m.start, m.end, 120))) continue;
    const approached = withBlockSubstance(view, withFixation(view, withBloodProduct(view, withContrast(view, withApproach(view, operated, clause), clause), clause), clause), clause);
    const approachSaid = APPROACHES.some(([pattern]) => pattern.test(clause));
    for (const done of [approached, ...alsoResected(view, said, text.slice(Math.max(0, m.start - 40), m.start)).map((i) => withApproach(view, i, clause))]) {
      for (const sided of sidesOf(view, done, near, clause, text)) {
        const codeIndex = amputationLevel(view, sided, text, { start: m.start, end: m.end, section: m.section }, unsided);
        if (codeIndex === undefined) continue;
        byCode.set(codeIndex, [...(byCode.get(codeIndex) ?? []), m]);
        (approachSaid ? stated : defaulted).add(codeIndex);
      }
    }
  }
  const found = [...withNoteApproach(view, byCode, stated).entries()]
    .map(([i, found]) => {
      const score = found.reduce((sum, m, k) => sum + m.weight / (k + 1), 0);
      const code = view.table.codes[i]!;
      return {
        set: 'icd10pcs' as const,
        code,
        display: code,
        title: view.table.titles[i]!,
        kind: 'procedure' as const,
        billable: true,
        confidence: confidenceOf(score),
        evidence: found.map((m) => ({ start: m.start, end: m.end, section: m.section })),
        context: 'affirmed' as const,
        prompts: [],
      };
    })
    .sort((a, b) => b.confidence - a.confidence);
  const unstated = new Set([...defaulted].filter((i) => !stated.has(i)).map((i) => view.table.codes[i]!));
  const kept = withoutExcisionOfResected(withoutRetoldSteps(withoutLessSpecific(withoutIntegralInspections(found, text)), unstated), text);
  return kept.filter((s) => !segmentCodedBeside(s.code, kept.map((o) => o.code)));
}

/**
 * A code with No Qualifier found by the same words as its sibling whose qualifier they state ('hand-assisted
 * laparoscopic radical nephrectomy': 0TT04ZG, not also 0TT04ZZ) adds nothing: the sibling says more. A Diagnostic
 * sibling (X) is another procedure, the biopsy, and leaves it.
 */
function withoutLessSpecific(found: Suggestion[]): Suggestion[] {
  const overlaps = (a: Suggestion, b: Suggestion) => a.evidence.some((e) => b.evidence.some((f) => e.start < f.end && f.start < e.end));
  const saysMore = (o: Suggestion, s: Suggestion) => o !== s && !'ZX'.includes(o.code[6]!) && o.code.slice(0, 6) === s.code.slice(0, 6) && overlaps(o, s);
  // A defibrillator lead also paces: 'RV defibrillator lead' is 02HK3KZ, not also the pacemaker lead its 'RV lead' reads.
  const defibrillatorLead = (o: Suggestion, s: Suggestion) => s.code.startsWith('02H') && s.code[5] === 'J' && o.code[5] === 'K' && o.code.slice(0, 5) === s.code.slice(0, 5) && overlaps(o, s);
  return found.filter((s) => (s.code[6] !== 'Z' || !found.some((o) => saysMore(o, s))) && !found.some((o) => defibrillatorLead(o, s)));
}

/**
 * A mention that starts at the 'scan' of a 'CT scan': that scan is the CT's, not a bone scan of the bone its finding
 * names ('The CT scan showed a fracture in the hamate bone').
 */
function scanOfCt(text: string, m: Mention): boolean {
  return /^scan/i.test(text.slice(m.start, m.end)) && /\b(?:ct|cat|tac)[\s-]*$/i.test(text.slice(Math.max(0, m.start - 6), m.start));
}

/** Words of a function lost or lessened, said before its name: 'decreased visual acuity', 'loss of visual acuity'. */
const LESSENED_BEFORE = /\b(?:decreas\w*|loss|lost|los(?:es|ing)|reduc\w*|diminish\w*|worsen\w*|impair\w*|poor|low|lower|deficit|drop|fall|blurred)(?: (?:of|in))?(?: (?:the|his|her|their))?\s*$/i;
/** Or after it: 'visual acuity deficit (VA) in the right eye'. */
const LESSENED_AFTER = /^\s*(?:\([^)]{1,10}\)\s*)?(?:deficit|loss|impairment|decrease|reduction)\b/i;
/** A value the clause gives the measurement, not a duration: 'decrease in VA to 0.05', 'reduced visual acuity of 0.3', 'counting fingers'. */
const MEASURED = /^[^.;]{0,40}?(?:\b(?:of|to|was|is|:)\s*(?:\d+(?:[.,]\d+)?(?!\s*(?:hours?|days?|weeks?|months?|years?)\b)|counting|hand motion|light perception)|\d+\/\d+)/i;

/**
 * A Measurement (section 4) read from words that name its function lost ('bilateral eye pain, photophobia and
 * decreased visual acuity') is the complaint, not a test done: coded only where a value is given with it.
 */
function isSymptomNotMeasurement(view: CodeTableView, text: string, m: Mention): boolean {
  if (view.table.codes[m.codeIndex]![0] !== '4') return false;
  const lessened = LESSENED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || LESSENED_AFTER.test(text.slice(m.end, m.end + 30));
  return lessened && !MEASURED.test(text.slice(m.end, m.end + 60));
}

/**
 * A biopsy of the lining of the digestive tract or the bladder ('gastric biopsy', 'bladder biopsies') is taken through
 * the scope that reaches it by its natural opening, unless the note says the abdomen was opened; so is a polyp taken
 * out of it ('One 4 mm polyp in the ascending colon removed with cold biopsy forceps').
 */
const throughLuminalScope = (code: string, clause: string) => /^0(?:DB[1-9A-CE-HK-NP]|TB[BC])/.test(code) && (code[6] === 'X' || /\bpolyps?\b/i.test(clause));

function withApproach(view: CodeTableView, i: number, around: string): number {
  const code = view.table.codes[i]!;
  // Outside Medical and Surgical, measurements and monitoring are external unless said otherwise (ECG: 4A02X4Z).
  if (code[0] !== '0') return code[0] === '4' && code[4] !== 'X' ? (view.indexOf(`${code.slice(0, 4)}X${code.slice(5)}`) ?? i) : i;
  const approach = APPROACHES.find(([pattern]) => pattern.test(around))?.[1] ?? (throughLuminalScope(code, around) ? '8' : undefined);
  if (!approach || approach === code[4]) return i;
  const stated = view.indexOf(code.slice(0, 4) + approach + code.slice(5));
  // A body part no natural opening reaches is reached by a scope through the skin: an 'endoscopic' vein harvest is
  // percutaneous endoscopic (06BQ4ZZ).
  if (stated === undefined && approach === '8' && /\bendoscop/i.test(around)) return view.indexOf(`${code.slice(0, 4)}4${code.slice(5)}`) ?? i;
  return stated ?? i;
}
