import { formatCode } from '../codeset/format';
import type { CodeTableView } from '../search/code-table-view';
import type { ContextDecision, Evidence, Prompt, RawCode, SetAside, Setting, Suggestion } from '../types';
import type { Mention } from './find-mentions';
import { familyHistoryCode, isChronic, isHistoryCode, lastsAsWorded, personalHistoryCode } from './history-codes';
import { clauseOf } from './procedure-context';
import { sequelaOfPastStroke, toldAsResidual } from './stroke-sequela';

/** Words that make the injury after them the cause of a condition now: 'late effect of', 'sequela of', 'due to old'. */
const INJURY_SEQUELA_BEFORE = /\b(?:late effects? of|sequelae? of|residual of|due to (?:an? )?(?:old|remote|prior|previous))(?: (?:a|an|the|his|her))?(?: [\w-]+){0,4}\s*$/i;

/** An event a patient may have again, whose past occurrences have their own history code beside today's: a suicide attempt. */
const RECURRING_EVENT = /^T1491/;

/** A code with all the places that support it, before prompts and ordering. */
export interface Finding {
  code: RawCode;
  evidence: Evidence[];
  score: number;
  /** The weight (the words' specificity) of its most specific mention; absent for a finding a rule placed. */
  specificity?: number;
  context: ContextDecision;
  /** Why the context was decided so, or what rule placed the code. */
  notes: string[];
  /** What a rule asks the coder before the code stands (a query to the provider), beside the code's own prompts. */
  prompts?: Prompt[];
}

/** Why a lasting condition told in the history is coded as current. */
const CHRONIC_IN_HISTORY = 'chronic condition documented in the history: still present, coded as current';

/** Sections whose words a coder reads as the diagnoses of the encounter. */
export const DIAGNOSIS_SECTIONS: ReadonlySet<string> = new Set(['assessment', 'plan', 'diagnoses', 'dischargeDiagnoses', 'admissionDiagnoses', 'problemList', 'impression']);
const SUSPECTED_IN_TITLE = /\(suspected\)/;
const DECISION_ORDER: ContextDecision[] = ['affirmed', 'uncertain', 'historical', 'family', 'hypothetical', 'negated'];

/**
 * Groups mentions by code and applies the setting's rules: affirmed findings are coded; uncertain ones only
 * inpatient (Guidelines II.H; outpatient IV.H codes the symptoms instead); a past condition becomes its personal
 * history code unless it lasts (chronic conditions stay coded); a relative's becomes a family history code;
 * negated and hypothetical ones are set aside, with the reason kept for the coder to see.
 */
export function assembleFindings(view: CodeTableView, mentions: Mention[], setting: Setting, text = ''): { findings: Finding[]; setAside: SetAside[] } {
  const byCode = new Map<number, Mention[]>();
  for (const m of mentions) byCode.set(m.codeIndex, [...(byCode.get(m.codeIndex) ?? []), m]);
  const findings = new Map<RawCode, Finding>();
  const setAside: SetAside[] = [];
  const add = (code: RawCode, found: Mention[], context: ContextDecision, note?: string) => {
    const finding = findings.get(code) ?? { code, evidence: [], score: 0, context, notes: [] };
    for (const m of found) finding.evidence.push({ start: m.start, end: m.end, section: m.section });
    finding.score += scoreOf(found);
    finding.specificity = Math.max(finding.specificity ?? 0, ...found.map((m) => m.weight));
    if (note && !finding.notes.includes(note)) finding.notes.push(note);
    findings.set(code, finding);
  };
  for (const [codeIndex, found] of byCode) {
    const code = view.table.codes[codeIndex]!;
    const decision = DECISION_ORDER.find((d) => found.some((m) => m.decision === d))!;
    const deciding = found.filter((m) => m.decision === decision);
    const trigger = deciding.find((m) => m.trigger)?.trigger;
    const aside = (reason: string) =>
      setAside.push({
        code,
        display: formatCode('icd10cm', code),
        title: view.table.titles[codeIndex]!,
        context: decision as SetAside['context'],
        evidence: deciding.map((m) => ({ start: m.start, end: m.end, section: m.section })),
        reason: trigger ? `${reason}: ${trigger}` : reason,
      });
    const pastOneToo = (current: RawCode, all: Mention[]) => {
      const past = all.filter((m) => m.decision === 'historical');
      // 'h/o HTN, HLD, GERD' beside 'chest pain, likely MSK vs GERD': a lasting condition the history lists is there
      // still, coded as current from the history's words (as in the historical case below), not as over (Z87.19).
      if (past.length > 0 && isChronic(current)) {
        add(current, past, 'affirmed', CHRONIC_IN_HISTORY);
        return;
      }
      const history = past.length > 0 ? personalHistoryCode(current) : undefined;
      if (history && view.indexOf(history) !== undefined) add(history, past, 'affirmed', `history of ${formatCode('icd10cm', current)}`);
    };
    switch (decision) {
      case 'affirmed':
        // A history or status code is coded from the history as well ('h/o atrial fibrillation on apixaban' is
        // Z79.01): its words there stay its evidence beside the plan's ('hold apixaban'), which later steps may drop.
        add(code, isHistoryCode(code) ? found.filter((m) => m.decision === 'affirmed' || m.decision === 'historical') : deciding, decision);
        // An attempt now and attempts before ('in a suicide attempt ... Two prior suicide attempts by overdose'): the
        // earlier ones are the patient's history of suicidal behavior (Z91.51), coded beside today's.
        if (RECURRING_EVENT.test(code) && found.some((m) => m.decision === 'historical')) {
          const history = personalHistoryCode(code);
          if (history) add(history, found.filter((m) => m.decision === 'historical'), 'affirmed', `history of ${formatCode('icd10cm', code)}`);
        }
        break;
      case 'uncertain':
        // 'Suspected fetal cardiac anomaly': a code titled '(suspected)' (O35 maternal care, Z20 and Z77 exposures) names
        // the suspicion itself, in either setting.
        if (SUSPECTED_IN_TITLE.test(view.table.titles[codeIndex]!)) {
          add(code, deciding, 'affirmed', 'the suspicion is the code\'s own: its title says (suspected)');
          break;
        }
        if (setting === 'inpatient') {
          add(code, deciding, decision, 'uncertain diagnosis coded as if established (inpatient, Guidelines II.H)');
          break;
        }
        aside('uncertain diagnosis: not coded in the outpatient setting; code the signs and symptoms (Guidelines IV.H)');
        // 'H/o melanoma of the back s/p WLE ... shave bx of the shoulder, r/o melanoma': the suspicion is not coded
        // outpatient, but the past one still is, by its history code (Z85.820).
        pastOneToo(code, found);
        break;
      case 'historical': {
        if (isHistoryCode(code)) {
          add(code, deciding, 'affirmed');
          break;
        }
        // 'A history of COPD, a 15 pack-year smoker': the background of a case report, a habit that goes on.
        if (code.startsWith('F17') && deciding.some((m) => ongoingTobacco(text, m))) {
          add(code, deciding, 'affirmed', 'tobacco use told as ongoing (a smoker, an amount a day, a habit): coded as current');
          break;
        }
        // 'history of chronic prostatitis', 'PMH: valvular heart disease': the chart itself says the condition lasts.
        // So does a code whose own title says chronic, the Index's default for the term: 'a history of maxillary
        // sinusitis and pansinusitis' ('Sinusitis, maxillary J32.0', chronic unless said acute).
        if (isChronic(code) || CHRONIC_TITLE.test(view.table.titles[codeIndex]!) || deciding.some((m) => lastsAsWorded(code, text.slice(m.start, m.end)))) {
          add(code, deciding, 'affirmed', CHRONIC_IN_HISTORY);
          break;
        }
        // 'History of prostate adenocarcinoma treated with LHRH analogues': a cancer still under treatment is current
        // (Guidelines I.C.2.d); Z85 only once it is excised or eradicated and no treatment is directed to it.
        if (/^C/.test(code) && deciding.some((m) => underTreatment(text, m))) {
          add(code, deciding, 'affirmed', 'malignancy still under treatment: coded as current, not as history (Guidelines I.C.2.d)');
          break;
        }
        // 'Stiffness as a late effect of a Colles fracture 2 years ago': the old injury is the cause of a condition
        // there now, coded with its 7th character S after that condition (Guidelines I.C.19.a), not as history.
        if (/^[ST]/.test(code) && deciding.some((m) => INJURY_SEQUELA_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)))) {
          add(code, deciding, 'affirmed', 'the cause of a late effect: an injury coded as its sequela (7th character S)');
          break;
        }
        // 'A history of hyperglycemia on dietetic treatment': a condition told as treated now, right after its name,
        // is there now and coded as current, whatever its kind.
        if (deciding.some((m) => treatedRightAfter(text, m))) {
          add(code, deciding, 'affirmed', 'a condition told as under treatment now: coded as current');
          break;
        }
        if (deciding.some((m) => toldAsResidual(text, m))) {
          add(code, deciding, 'affirmed', 'a residual deficit of a past condition: there now, coded as current');
          break;
        }
        const sequela = sequelaOfPastStroke(code, text, deciding);
        if (sequela && view.indexOf(sequela) !== undefined) {
          add(sequela, deciding, 'affirmed', 'a past stroke with a residual deficit is its sequela (Guidelines I.C.9.d)');
          aside(`past condition: coded as its sequela ${formatCode('icd10cm', sequela)}`);
          break;
        }
        const history = personalHistoryCode(code);
        if (history && view.indexOf(history) !== undefined) add(history, deciding, 'affirmed', `history of ${formatCode('icd10cm', code)}`);
        aside(history ? `past condition: coded as personal history ${formatCode('icd10cm', history)}` : 'past condition, not current');
        break;
      }
      case 'family': {
        const family = familyHistoryCode(code);
        if (family && view.indexOf(family) !== undefined) add(family, deciding, 'affirmed', `family history of ${formatCode('icd10cm', code)}`);
        aside(family ? `a relative's condition: coded as family history ${formatCode('icd10cm', family)}` : "a relative's condition, not the patient's");
        break;
      }
      case 'hypothetical':
        aside('hypothetical: a risk or an instruction, not a finding');
        break;
      case 'negated':
        // 'Depression screening negative', 'colon cancer screening: negative': the result of a screening said after it;
        // the encounter for the screening (Z11-Z13) took place whatever it found.
        if (/^Z1[1-3]/.test(code) && deciding.every((m) => m.triggerStart !== undefined && m.triggerStart >= m.end)) {
          add(code, deciding, 'affirmed', 'a screening with a negative result: the screening itself was done');
          break;
        }
        aside('negated: documented as absent');
        break;
    }
  }
  return { findings: [...findings.values()], setAside };
}

const CEASED = /\b(?:quit|quitted|stopped|gave up|ceased|former|formerly|ex-?smoker|no longer|years ago|in the past)\b/i;
const ONGOING = /\bsmoker\b|\b(?:a|per) day\b|\/\s?day\b|\bdaily\b|\bpacks?\b|\bpack-years?\b|\bhabit\b|\bcurrent(?:ly)?\b|\bactive\b/i;

/** Tobacco use told as going on (an amount, a habit, 'smoker'), with no word of it having stopped, near the mention. */
function ongoingTobacco(text: string, m: Mention): boolean {
  const near = text.slice(Math.max(0, m.start - 40), m.end + 40);
  return !CEASED.test(near) && ONGOING.test(near);
}

const TREATED_NOW = /\b(?:under|in|on|receiving|continues?|continuing|currently)\s+(?:\w+\s+){0,2}(?:treatment|therapy|chemotherapy|radiotherapy|hormonotherapy|immunotherapy)\b|\b(?:currently|now|still) (?:being )?treated\b|\bLHRH\b|\bandrogen (?:deprivation|blockade)\b|\bhormon(?:al|e) (?:therapy|treatment|blockade)\b/i;
const TREATMENT_OVER = /\b(?:completed|finished|ended|years ago|in remission|free of (?:disease|recurrence)|disease[- ]free|cured|no evidence of (?:disease|recurrence)|had received|was treated|were treated)\b/i;

/** The mention's sentence says the cancer is being treated now, and nothing in it says the treatment is over. */
function underTreatment(text: string, m: Mention): boolean {
  const sentence = clauseOf(text, m.start, m.end, 150);
  return TREATED_NOW.test(sentence) && !TREATMENT_OVER.test(sentence);
}

/**
 * A title that names the condition chronic ('Chronic maxillary sinusitis', 'Chronic kidney disease, stage 3a'), not one
 * that leaves it open ('Duodenal ulcer, unspecified as acute or chronic': an ulcer of the history is over, Z87.11).
 */
const CHRONIC_TITLE = /^(?!.*\bacute (?:or|and) chronic\b).*\bchronic\b/i;

/** 'on dietetic treatment', 'under medical treatment', 'in treatment with ...' said right after the condition's name. */
const TREATED_AFTER = /^\s*,?\s*(?:on|under|in|receiving)\s+(?:\w+\s+){0,2}(?:treatment|therapy)\b/i;

function treatedRightAfter(text: string, m: Mention): boolean {
  return TREATED_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * A phrase whose words are spread over its sentence ('vomiting sensation in hands and nausea' read as nausea with
 * vomiting) is a reading of the coder's to check, less sure than the same words said together: it counts for 0.4 of
 * them, so it is listed after the findings the chart states outright (on the dev charts, suggestions whose evidence
 * ran 30 characters or more were right 41% of the time, shorter ones 69%).
 */
const SPREAD = 0.4;

/** More specific words and more mentions score higher, diagnosis sections higher still; repeated mentions add less. */
function scoreOf(found: Mention[]): number {
  const weights = found
    .map((m) => m.weight * (DIAGNOSIS_SECTIONS.has(m.section) ? 1.5 : 1) * (m.decision === 'affirmed' ? 1 : 0.7) * ((m.runs ?? 1) > 1 ? SPREAD : 1))
    .sort((a, b) => b - a);
  return weights.reduce((sum, w, i) => sum + w / (i + 1), 0);
}

/**
 * Adds a finding a rule read from the text (a status, not a concept's mention) to the list, or joins its span to the
 * finding of the same code already there.
 */
export function addRuleFinding(findings: Finding[], code: RawCode, span: { start: number; end: number }, score: number, note: string): void {
  const existing = findings.find((f) => f.code === code);
  if (!existing) {
    findings.push({ code, evidence: [{ start: span.start, end: span.end }], score, context: 'affirmed', notes: [note] });
    return;
  }
  if (!existing.evidence.some((e) => e.start === span.start && e.end === span.end)) existing.evidence.push({ start: span.start, end: span.end });
}

/** Turns a score into a 0..1 confidence. */
export function confidenceOf(score: number): number {
  return Math.round((1 - Math.exp(-score / 12)) * 100) / 100;
}

export type { Suggestion };
