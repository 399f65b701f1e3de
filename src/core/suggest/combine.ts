import { formatCode } from '../codeset/format';
import type { CodeTableView } from '../search/code-table-view';
import type { Evidence, RawCode } from '../types';
import type { Finding } from './assemble';
import { BILE_DUCT_CALCULUS_RULES, type CombinationRule } from './bile-duct-calculus';
import { DIGESTIVE_COMBINATION_RULES } from './digestive-combinations';
import { foldLacerationIntoBite, foldUnspecifiedInjury } from './injury-same-wound';
import { foldBoilIntoAbscess } from './boil-abscess';
import { foldAgentNamed, foldFallIntoNamedFall, foldFallIntoRepeatedFalls, foldIntoNamed, foldUnplacedInjury } from './fold-named';
import { counselingOfItemSubject } from './counseling-subject';
import { foldMassIntoNeoplasm } from './mass-neoplasm';
import { foldRetinopathySigns } from './retinopathy-signs';
import { foldDisseminatedIntoSites } from './disseminated-neoplasm';
import { foldOrganResidual } from './organ-residual';
import { foldMultipleValves } from './multiple-valves';
import { foldSchizoaffectiveType } from './schizoaffective-type';
import { foldMultipleRibs } from './multiple-ribs';
import { foldWristIntoForearm } from './wrist-fracture';
import { glaucomaStages } from './glaucoma-stage';
import { foldUnwrittenStage } from './pressure-ulcer-stage';
import { CALCULOUS_HYDRONEPHROSIS_WHY, calculousHydronephrosis } from './calculous-hydronephrosis';
import { GLOMERULAR_WHY, glomerularCombination } from './glomerular-morphology';
import { foldInfectiveEndocarditis, foldSepsisOrganism } from './named-organism';
import { foldPneumoniaOrganism } from './pneumonia-organism';
import { foldStateDelirium, foldSubstancePlain, liftSubstanceLevel } from './substance-use';
import { STROKE_SEQUELA_RULES } from './stroke-sequela';
import { diabeticNeuropathyOfWords } from './diabetic-neuropathy';
import { VARICOSE_ULCER_RULE } from './varicose-ulcer';
import { CORONARY_ANGINA_RULE } from './coronary-angina';
import { COPD_INFECTION_RULE } from './copd-infection';
import { DEMAND_ISCHEMIA_INFARCTION_RULE } from './demand-ischemia';
import { STATUS_ASTHMATICUS_RULE, THYROID_STORM_RULE } from './crisis-combinations';
import { foldPulmonaryEmbolism } from './pulmonary-embolism';


const isCkd = (c: RawCode) => /^N18/.test(c);
const isEndStageCkd = (c: RawCode) => c === 'N185' || c === 'N186';
const isHeartFailure = (c: RawCode) => /^I50/.test(c);
const isPlainHypertension = (c: RawCode) => c === 'I10';

/**
 * Infections classified by site, to which an organism is added as a B95-B97 code: skin and soft tissue, bone and
 * joint, urinary, respiratory, abdominal, cardiac, meningeal, ear and eye, and those of procedures and devices.
 */
const INFECTION_ELSEWHERE = /^(L0[0-8]|M0[01]|M86|N390|N10|N30|N41|N45|N70|N73|J0[0-6]|J1[2-8]|J20|J85|J86|K61|K65|K750|K810|I33|G0[0-4]|H10|H66|T814|T82[67]|T84[5-7]|T857)/;

const RULES: CombinationRule[] = [
  {
    why: 'hypertension with heart failure and CKD are presumed linked (Guidelines I.C.9.a.3)',
    match(codes) {
      const ckd = codes.find(isCkd);
      const hf = codes.find(isHeartFailure);
      if (!codes.includes('I10') || !ckd || !hf) return undefined;
      return { replace: ['I10'], by: isEndStageCkd(ckd) ? 'I132' : 'I130', keep: [hf, ckd] };
    },
  },
  {
    why: 'hypertensive CKD with heart failure is hypertensive heart and CKD (Guidelines I.C.9.a.3); I50 gives the type, N18 the stage',
    match(codes) {
      const hypertensiveCkd = codes.find((c) => /^I12[09]$/.test(c));
      const hf = codes.find(isHeartFailure);
      if (!hypertensiveCkd || !hf) return undefined;
      const ckd = codes.find(isCkd);
      return { replace: [hypertensiveCkd], by: hypertensiveCkd === 'I120' || (ckd && isEndStageCkd(ckd)) ? 'I132' : 'I130', keep: ckd ? [hf, ckd] : [hf] };
    },
  },
  {
    why: 'hypertension with CKD is presumed linked (Guidelines I.C.9.a.2); N18 gives the stage',
    match(codes) {
      const ckd = codes.find(isCkd);
      if (!codes.some(isPlainHypertension) || !ckd) return undefined;
      return { replace: ['I10'], by: isEndStageCkd(ckd) ? 'I120' : 'I129', keep: [ckd] };
    },
  },
  {
    why: 'hypertension with heart failure is presumed linked (Guidelines I.C.9.a.1); I50 gives the type',
    match(codes) {
      const hf = codes.find(isHeartFailure);
      if (!codes.some(isPlainHypertension) || !hf) return undefined;
      return { replace: ['I10'], by: 'I110', keep: [hf] };
    },
  },
  {
    why: 'diabetes with CKD: the classification presumes the link ("with", Guidelines I.A.15); N18 gives the stage',
    match(codes) {
      const ckd = codes.find(isCkd);
      const dm = codes.find((c) => /^E(0[89]|1[013])/.test(c));
      if (!ckd || !dm || codes.some((c) => /^E(0[89]|1[013])2[129]$/.test(c))) return undefined;
      const plain = codes.filter((c) => /^E(0[89]|1[013])9$/.test(c));
      return { replace: plain, by: `${dm.slice(0, 3)}22`, keep: [ckd, dm] };
    },
  },
  {
    why: 'calculus of the gallbladder with acute cholecystitis is one code (K80.0-); K81 excludes cholecystitis with cholelithiasis',
    match(codes) {
      const calculus = codes.find((c) => /^K80(1[0189]|2[01])$/.test(c));
      if (!codes.includes('K810') || !calculus) return undefined;
      return { replace: ['K810', calculus], by: `K800${OBSTRUCTED.test(calculus) ? '1' : '0'}`, keep: [] };
    },
  },
  {
    why: 'calculus of the gallbladder with chronic cholecystitis is one code (K80.1-)',
    match(codes) {
      const calculus = codes.find((c) => /^K802[01]$/.test(c));
      if (!codes.includes('K811') || !calculus) return undefined;
      return { replace: ['K811', calculus], by: `K801${OBSTRUCTED.test(calculus) ? '1' : '0'}`, keep: [] };
    },
  },
  ...BILE_DUCT_CALCULUS_RULES,
  ...DIGESTIVE_COMBINATION_RULES,
  {
    why: "low back pain with sciatica is one code ('Lumbago with sciatica M54.4-'), on the sciatica's side",
    match(codes) {
      const back = codes.find((c) => /^M545/.test(c));
      const sciatica = codes.find((c) => /^M543[012]$/.test(c));
      if (!back || !sciatica) return undefined;
      // 'Low back pain radiating to right leg, sciatica': the side of the leg's pain is the sciatica's.
      const leg = codes.find((c) => /^M79(?:60[45]|66[12])$/.test(c));
      const side = sciatica[4] !== '0' || !leg ? sciatica[4] : /[4]$|1$/.test(leg) ? '1' : '2';
      return { replace: [back, sciatica], by: `M544${side}`, keep: [] };
    },
  },
  {
    why: "nausea with vomiting is one code ('Nausea, with vomiting R11.2'): R11.0 is nausea without vomiting",
    match(codes) {
      if (!codes.includes('R110') || !codes.includes('R1110')) return undefined;
      return { replace: ['R110', 'R1110'], by: 'R112', keep: [] };
    },
  },
  {
    why: 'a Staphylococcus aureus that causes an infection coded elsewhere is its agent code (B95.61/B95.62), not A49.0- (A49 Excludes1: bacterial agents as the cause of diseases classified elsewhere)',
    match(codes) {
      const organism = codes.find((c) => c === 'A4901' || c === 'A4902');
      const infection = codes.find((c) => INFECTION_ELSEWHERE.test(c));
      if (!organism || !infection) return undefined;
      return { replace: [organism], by: organism === 'A4901' ? 'B9561' : 'B9562', keep: [infection] };
    },
  },
  {
    why: 'benign prostatic hyperplasia with lower urinary tract symptoms is N40.1; the symptoms are coded in addition',
    match(codes) {
      const symptoms = codes.filter((c) => /^(R3[35]|R391|R32|N394|N138)/.test(c));
      if (!codes.includes('N400') || symptoms.length === 0) return undefined;
      return { replace: ['N400'], by: 'N401', keep: symptoms };
    },
  },
  {
    why: "the retention of an enlarged prostate is 'other retention of urine' R33.8, coded after N40.1/N40.3 (N40.1 'Use additional code for associated symptoms, when specified: urinary retention (R33.8)')",
    match(codes) {
      const prostate = codes.find((c) => c === 'N401' || c === 'N403');
      if (!prostate || !codes.includes('R339')) return undefined;
      return { replace: ['R339'], by: 'R338', keep: [prostate] };
    },
  },
  ...STROKE_SEQUELA_RULES,
  VARICOSE_ULCER_RULE,
  CORONARY_ANGINA_RULE,
  DEMAND_ISCHEMIA_INFARCTION_RULE,
  COPD_INFECTION_RULE,
  THYROID_STORM_RULE,
  STATUS_ASTHMATICUS_RULE,
  { why: GLOMERULAR_WHY, match: glomerularCombination },
  { why: CALCULOUS_HYDRONEPHROSIS_WHY, match: calculousHydronephrosis },
  {
    why: 'diabetes "with" a complication the classification links to it is one code (Guidelines I.A.15)',
    match(codes) {
      const linked = diabetesComplications(codes).find((c) => !c.present);
      if (!linked) return undefined;
      const plain = codes.filter((c) => /^E(0[89]|1[013])9$/.test(c));
      return {
        replace: [...plain, ...(linked.keep ? [] : [linked.found])],
        by: linked.by,
        keep: linked.keep ? [linked.found] : [],
      };
    },
  },
  {
    why: 'a complication the diabetes code already on the list includes is that code (Guidelines I.A.15, "with")',
    match(codes) {
      // 'Drug-induced hypoglycemia from glipizide, T2DM' beside 'T2DM w/ hypoglycemia' (E11.649): E16.0 is the same one.
      const included = diabetesComplications(codes).find((c) => c.present && !c.keep);
      return included ? { replace: [included.found], by: included.by, keep: [] } : undefined;
    },
  },
  {
    why: 'a leukemia or myeloma in remission is the in-remission code of its own type',
    match(codes) {
      const active = codes.find((c) => /^C9[0-5]\d0$/.test(c));
      const remission = active && codes.find((c) => c !== active && c.slice(0, 3) === active.slice(0, 3) && /^C9[0-5]\d1$/.test(c));
      if (!active || !remission) return undefined;
      return { replace: [active, remission], by: `${active.slice(0, 4)}1`, keep: [] };
    },
  },
  {
    why: 'pneumonia in COVID-19 is J12.82, after U07.1 (Guidelines I.C.1.g.1.c)',
    match(codes) {
      const pneumonia = codes.filter((c) => c === 'J189' || c === 'J128' || c === 'J129');
      if (!codes.includes('U071') || pneumonia.length === 0) return undefined;
      return { replace: pneumonia, by: 'J1282', keep: ['U071'] };
    },
  },
];

/**
 * Complications the Tabular lists under diabetes 'with': [the complication's code, the diabetes code's ending, whether
 * the complication is still coded (a 'use additional code' the diabetes code asks for)]. Type 2 shown; the other
 * types share the endings.
 */
const DIABETES_LINKED: [RegExp, string, boolean][] = [
  [/^G6[23]/, '42', false], // polyneuropathy: E11.42 diabetic polyneuropathy (E11.40 by the words, diabetic-neuropathy.ts)
  [/^G909$/, '43', false], // autonomic neuropathy: E11.43 diabetic autonomic (poly)neuropathy
  [/^G589$/, '41', false], // mononeuropathy: E11.41 diabetic mononeuropathy
  [/^K3184/, '43', true], // gastroparesis: E11.43, K31.84 in addition
  [/^I739/, '51', false], // peripheral vascular disease: E11.51 diabetic peripheral angiopathy
  [/^L97/, '621', true], // foot or lower limb ulcer: E11.621/E11.622 with the L97 site
  // Hypoglycemia, the drug-induced one too (E16.0: a diabetic's is 'Diabetes, with hypoglycemia', the drug's adverse
  // effect coded beside it): E11.649; the hypoglycemic coma (E15 excludes the diabetic's): E11.641.
  [/^E15$/, '641', false],
  [/^E16[02]|^E1649/, '649', false],
  [/^R739/, '65', false], // hyperglycemia: E11.65
  // The Index's other 'Diabetes, with' entries: 'osteomyelitis E11.69' (the M86 code in addition), 'periodontal
  // disease E11.630', 'Charcot's joints E11.610' (the word alone is the tabetic A52.16), 'skin ulcer NEC E11.622' (with
  // the L98.4 site).
  [/^M86/, '69', true],
  [/^K05[2-6]/, '630', true],
  [/^A5216$/, '610', false],
  [/^L984/, '622', true],
];

/**
 * The complications of DIABETES_LINKED on the list, each with the diabetes code of the chart's type that links it and
 * whether that code is already there.
 */
function diabetesComplications(codes: RawCode[]): { found: RawCode; by: RawCode; keep: boolean; present: boolean }[] {
  const dm = codes.find((c) => /^E(0[89]|1[013])/.test(c));
  if (!dm) return [];
  return DIABETES_LINKED.flatMap(([pattern, suffix, keep]) => {
    const found = codes.find((c) => pattern.test(c));
    const by = `${dm.slice(0, 3)}${suffix}`;
    return found ? [{ found, by, keep, present: codes.includes(by) }] : [];
  });
}

/** The K80 codes 'with obstruction' end in 1 (K80.01, K80.11, K80.21) or 9 (K80.19). */
const OBSTRUCTED = /[19]$/;

/** The codes of the findings not read as uncertain, which the combination rules join. */
const affirmedCodes = (findings: readonly Finding[]): RawCode[] => findings.filter((f) => f.context !== 'uncertain').map((f) => f.code);

/**
 * Applies the combination rules, then folds an unspecified code into a more specific one of the same category
 * (J44.9 beside J44.1, E11.9 beside E11.65: a coder reports the specific one), and merges findings of one code.
 */
export function combineFindings(view: CodeTableView, findings: Finding[], text = ''): Finding[] {
  let current = [...findings];
  // The codes the rules read, listed again only when a rule has combined some (most charts meet no rule).
  let affirmed = affirmedCodes(current);
  for (const rule of RULES) {
    const applied = rule.match(affirmed);
    if (!applied || view.indexOf(applied.by) === undefined) continue;
    const replaced = current.filter((f) => applied.replace.includes(f.code));
    const sources = [...replaced, ...current.filter((f) => applied.keep.includes(f.code))];
    const merged: Finding = {
      code: applied.by,
      evidence: sources.flatMap((f) => f.evidence),
      score: Math.max(...sources.map((f) => f.score)) + 1,
      context: 'affirmed',
      notes: [`combination code: ${rule.why}`],
    };
    current = [...current.filter((f) => !applied.replace.includes(f.code)), merged];
    affirmed = affirmedCodes(current);
  }
  current = diabetesOfDocumentedType(view, diabeticNeuropathyOfWords(view, current, text), text);
  // Innermost first: each fold reads what the ones before it left.
  const folds: ((f: Finding[]) => Finding[])[] = [
    (f) => mergeSameCode(liftSubstanceLevel(view, counselingOfItemSubject(f, text))),
    (f) => foldStateDelirium(view, f, text),
    (f) => foldSubstancePlain(view, f),
    (f) => foldUnspecified(view, f),
    foldSiteless,
    (f) => foldIntoNamed(view, f),
    (f) => foldAgentNamed(view, f),
    foldUnplacedInjury,
    foldFallIntoRepeatedFalls,
    foldFallIntoNamedFall,
    (f) => foldUnspecifiedInjury(view, f),
    (f) => foldLacerationIntoBite(view, f),
    (f) => foldBoilIntoAbscess(f, text),
    foldWristIntoForearm,
    foldIntoSameWords,
    (f) => foldPulmonaryEmbolism(f, text),
    (f) => foldMassIntoNeoplasm(f, text),
    foldRetinopathySigns,
    foldDisseminatedIntoSites,
    foldKnownBehavior,
    foldOrganResidual,
    (f) => foldMultipleValves(f, text),
    (f) => foldSchizoaffectiveType(f, text),
    (f) => foldMultipleRibs(f, text),
    (f) => glaucomaStages(f, text),
    (f) => foldUnwrittenStage(f, text),
    foldUnknownCauseOfDeath,
    foldNoninfective,
    foldRespiratoryFailure,
    foldUrinarySite,
    foldUnnamedInfection,
    (f) => foldPneumoniaOrganism(f, text),
    foldSepsisOrganism,
    foldInfectiveEndocarditis,
    (f) => withImpliedFirst(view, f, text),
  ];
  return folds.reduce((f, fold) => fold(f), current);
}

const TYPE_TWO = /\btype (?:2|II)\b|\bnon[- ]?insulin[- ]dependent\b/i;

/** The diabetes categories other than type 2, and the words a note gives for each. */
const DIABETES_TYPES: Record<string, string> = {
  E08: 'due to an underlying condition',
  E09: 'drug or chemical induced',
  E10: 'type 1',
  E13: 'other specified type',
};

/**
 * 'Type 1 diabetes ... diabetic ketoacidosis', 'steroid-induced diabetes with diabetic nephropathy': a complication
 * read without its type (type 2 by default, Guidelines I.C.4.a.2) takes the one other type the chart documents, as
 * the Index sends each 'Diabetes, due to drug or chemical ... with' or 'type 1 ... with' to its own category. Type 2
 * written in the chart is its own type ('type 2 diabetes mellitus secondary to chronic pancreatitis' stays E11).
 */
function diabetesOfDocumentedType(view: CodeTableView, findings: Finding[], text: string): Finding[] {
  const types = new Set(findings.filter((f) => f.context === 'affirmed' && DIABETES_TYPES[f.code.slice(0, 3)]).map((f) => f.code.slice(0, 3)));
  const typeTwo = findings.some((f) => f.code.startsWith('E11') && f.evidence.some((e) => TYPE_TWO.test(text.slice(e.start, e.end))));
  if (types.size !== 1 || typeTwo) return findings;
  const [type] = [...types] as [string];
  return findings.map((f) => {
    const typed = f.code.startsWith('E11') ? `${type}${f.code.slice(3)}` : undefined;
    return typed && view.indexOf(typed) !== undefined ? { ...f, code: typed, notes: [...f.notes, `${DIABETES_TYPES[type]}, as the chart documents`] } : f;
  });
}

/**
 * Codes whose own words say the code that must be listed before them: 'COVID-19 pneumonia' is J12.82, which says
 * 'Code first COVID-19 (U07.1)' of the same words. 'Anemia in ESRD' is D63.1, which says 'Code first underlying chronic
 * kidney disease (N18.-)': end stage N18.6 where its words say so, N18.9 where they name no stage (a stage named
 * elsewhere is its own N18 code, kept).
 */
const IMPLIED_FIRST: Record<RawCode, RawCode | ((words: string) => RawCode)> = {
  J1282: 'U071',
  J1281: 'U071',
  D631: (words) => (/\besrd\b|\bend[- ]stage\b/i.test(words) ? 'N186' : 'N189'),
};

function withImpliedFirst(view: CodeTableView, findings: Finding[], text: string): Finding[] {
  const added: Finding[] = [];
  for (const f of findings) {
    const implied = IMPLIED_FIRST[f.code];
    if (!implied) continue;
    const first = typeof implied === 'string' ? implied : implied(f.evidence.map((e) => text.slice(e.start, e.end)).join(' '));
    const category = first.slice(0, 3);
    if (view.indexOf(first) === undefined || [...findings, ...added].some((o) => o.code.startsWith(category))) continue;
    added.push({ code: first, evidence: [...f.evidence], score: f.score + 0.5, context: f.context, notes: [`code first, as ${formatCode('icd10cm', f.code)} says`] });
  }
  return [...findings, ...added];
}

/**
 * 'C. diff colitis': the colitis is the infection's (A00-A09), not a noninfective colitis (K52.8-K52.9) of its own;
 * its evidence moves to the infection.
 */
function foldNoninfective(findings: Finding[]): Finding[] {
  const infection = findings.find((f) => /^A0\d/.test(f.code) && f.context === 'affirmed');
  if (!infection) return findings;
  return findings.filter((f) => {
    if (!/^K52[89]/.test(f.code)) return true;
    infection.evidence.push(...f.evidence);
    return false;
  });
}

/**
 * 'Acute on chronic hypoxic and hypercapnic respiratory failure': an acute (J96.0-) and a chronic (J96.1-) failure of
 * the same gas are one acute and chronic failure (J96.2-, Index: Failure, respiratory, acute and chronic), and an acute
 * and chronic one includes the acute or chronic one of its gas. Each gas keeps its own code (J96.21 with J96.22).
 */
function foldRespiratoryFailure(findings: Finding[]): Finding[] {
  let current = findings;
  for (const gas of ['0', '1', '2']) {
    const affirmed = (code: string) => current.find((f) => f.code === code && f.context === 'affirmed');
    const acute = affirmed(`J960${gas}`);
    const chronic = affirmed(`J961${gas}`);
    const both = affirmed(`J962${gas}`) ?? (acute && chronic ? { ...acute, code: `J962${gas}`, evidence: [], notes: ['acute and chronic respiratory failure (Index: Failure, respiratory, acute and chronic)'] } : undefined);
    if (!both) continue;
    const parts = [acute, chronic].filter((f): f is Finding => f !== undefined);
    if (parts.length === 0) continue;
    for (const part of parts) both.evidence.push(...part.evidence);
    both.score = Math.max(both.score, ...parts.map((f) => f.score));
    current = [...current.filter((f) => !parts.includes(f) && f !== both), both];
    // The failure of no stated gas read beside it ('chronic ..., now acute ... respiratory failure') is the same one.
    const unspecified = current.find((f) => f.code === 'J9620');
    if (unspecified) {
      both.evidence.push(...unspecified.evidence);
      current = current.filter((f) => f !== unspecified);
    }
  }
  return current;
}

/**
 * 'Sepsis due to E. coli UTI ... acute pyelonephritis': a urinary tract infection whose site the chart names (the
 * kidney's N10-N12, the bladder's acute cystitis N30.0-, the urethra's N34.-, the prostate's N41.-) is coded at that
 * site; N39.0 is the infection of a site not specified, and its evidence moves to the named one.
 */
function foldUrinarySite(findings: Finding[]): Finding[] {
  const sited = findings.find((f) => /^(?:N1[0-2]|N136|N151|N300|N34|N41)/.test(f.code) && f.context === 'affirmed');
  if (!sited) return findings;
  return findings.filter((f) => {
    if (f.code !== 'N390' || f.context !== 'affirmed') return true;
    sited.evidence.push(...f.evidence);
    return false;
  });
}

/**
 * 'Infected with HCV genotype 1a and human immunodeficiency virus', 'Mycoplasma pneumoniae infection': the word beside
 * the infection it names is that infection, not the Index's 'Infection B99.9' of its own; so is the word beside the
 * agent a culture names ('urinary infection by E. coli', 'Helicobacter pylori infection', B95-B97).
 */
function foldUnnamedInfection(findings: Finding[]): Finding[] {
  const isNamed = (f: Finding) => f.context === 'affirmed' && (/^(A|B[0-8]|B9[0-7])/.test(f.code) || INFECTION_ELSEWHERE.test(f.code));
  const near = (a: Evidence, b: Evidence) => a.start < b.end + NEAR && b.start < a.end + NEAR;
  return findings.filter((f) => {
    if (f.code !== 'B999') return true;
    const named = findings.find((o) => isNamed(o) && f.evidence.every((e) => o.evidence.some((n) => near(e, n))));
    if (!named) return true;
    named.evidence.push(...f.evidence);
    return false;
  });
}
/** Characters between an infection's name and the word 'infection(s)' that still reads as one phrase. */
const NEAR = 40;

/**
 * R99 (ill-defined and unknown cause of mortality) is for a death whose cause is not known: when the chart names any
 * other affirmed diagnosis, 'death' is how that illness ended, not a code of its own.
 */
function foldUnknownCauseOfDeath(findings: Finding[]): Finding[] {
  const cause = findings.some((f) => f.code !== 'R99' && f.context === 'affirmed' && !/^[V-Z]/.test(f.code));
  return cause ? findings.filter((f) => f.code !== 'R99') : findings;
}

/**
 * The body system of each D49 code (neoplasm of unspecified behavior) and the malignant (C) and benign or in situ
 * (D0-D3) categories of that system, as the Table of Neoplasms pairs them: the lip, mouth, salivary glands and
 * pharynx (C00-C14, D10-D11), the retroperitoneum and peritoneum (C48, D20, D48.3-D48.4) are D49.0 rows, and a
 * gastrointestinal stromal tumour (C49.A-) is one of the digestive tract.
 */
const UNKNOWN_BEHAVIOR: [RegExp, RegExp][] = [
  [/^D490/, /^(C0\d|C1\d|C2[0-6]|C48|C49A|D0[01]|D1[0-3]|D20|D37|D48[34])/],
  [/^D491/, /^(C3[0-9]|D02|D14|D38)/],
  [/^D492/, /^(C4[0-9]|D0[34]|D1[6-9]|D2[1-3]|D48)/],
  [/^D493/, /^(C50|D05|D24)/],
  [/^D494/, /^(C67|D090|D303|D414)/],
  [/^D495/, /^(C5[1-9]|C6[0-68]|D0[67]|D2[5-9]|D30|D39|D40|D41)/],
  [/^D496/, /^(C71|D33[0-2]|D43[0-2])/],
  [/^D497/, /^(C69|C7[0235]|D3[1-5]|D4[2-4])/],
];

/**
 * 'A tumor in the bladder' read as D49.4 until the pathology says carcinoma: once the chart names the behavior of a
 * neoplasm of the same body system (C67.9), the unknown-behavior code is dropped and its evidence moves there.
 */
function foldKnownBehavior(findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    const system = UNKNOWN_BEHAVIOR.find(([d49]) => d49.test(f.code))?.[1];
    const known = system && findings.find((o) => o !== f && system.test(o.code));
    if (!known) return true;
    known.evidence.push(...f.evidence);
    return false;
  });
}

/** Neoplasm codes of no site: coded only when the chart names none (Guidelines I.C.2: the site decides the code). */
export const SITELESS_NEOPLASM: ReadonlySet<RawCode> = new Set(['C801', 'C799', 'D499', 'D489', 'D369', 'D099']);
const isNeoplasm = (code: RawCode) => /^(C|D[0-4])/.test(code);

/**
 * Drops a neoplasm code of no site when a neoplasm of a named site is also found, moving its evidence there; failing
 * that, the neoplasm of unspecified behavior (D49.9, 'a tumor') yields to a siteless one whose behavior the chart
 * names ('the tumor is reported as a high grade carcinoma': C80.1).
 */
function foldSiteless(findings: Finding[]): Finding[] {
  const sited = findings.find((f) => isNeoplasm(f.code) && !SITELESS_NEOPLASM.has(f.code));
  const known = sited ?? findings.find((f) => isNeoplasm(f.code) && f.code !== 'D499');
  if (!known) return findings;
  const folds = (f: Finding) => (sited ? SITELESS_NEOPLASM.has(f.code) : f.code === 'D499');
  return findings.filter((f) => {
    if (!folds(f)) return true;
    known.evidence.push(...f.evidence);
    return false;
  });
}

/**
 * A code a default or a spread reading gave that yields to a more specific one read from the same words: its evidence
 * joins that code's. 'Squamous cell carcinoma of the lung': the morphology's default site, skin (C44.9-), yields to
 * the lung (C34.90); 'abdominal ... umbilical hernia': the unspecified abdominal hernia (K46.-) to the umbilical one
 * (K42.9); an acute infarction read inside the words of an old one to the old one (I25.2). Told apart, in words of
 * their own, both stay.
 */
const YIELDS_TO_SAME_WORDS: [yields: RegExp, to: (code: RawCode) => boolean][] = [
  [/^C449[0-9]$/, (c) => c.startsWith('C') && !c.startsWith('C44') && !SITELESS_NEOPLASM.has(c)],
  [/^K46/, (c) => /^K4[0-5]/.test(c)],
  // 'Old inferior myocardial infarction': the wall's acute infarction (I21.19) read inside the words of an old one is the
  // old one (I25.2, 'Infarct, myocardium, healed or old').
  [/^I2[12]/, (c) => c === 'I252'],
  // 'Inferior STEMI, RCA culprit', 'STEMI involving the LAD': the wall's or the other sites' STEMI (I21.09, I21.19,
  // I21.29) read from the words that name the culprit artery is that artery's (I21.01, I21.02, I21.11, I21.21).
  [/^I21[012]9$/, (c) => /^I21(?:0[12]|11|21)$/.test(c)],
  // 'Detachment, retina H33.2-' is the Index's default for the bare words; a traction or rhegmatogenous one read from
  // the same words ('tractional retinal detachment of the right eye', H33.41) is that detachment.
  [/^H332/, (c) => /^H33[01345]/.test(c)],
  // A traction detachment read inside the words of a diabetic retinopathy's that names it (E11.352- to E11.354-).
  [/^H33[0-4]/, (c) => /^E(?:0[89]|1[013])35[234]/.test(c)],
  // A mass by its site (mass-index.ts) whose words the neoplasm it turned out to be is sited by ('a mass in the left
  // thigh ... leiomyosarcoma', C49.22): the mass was that neoplasm's presentation (Guidelines I.B.5).
  [/^(?:R22[0-4]|R190[1-6]|R16[01]|J9859)/, (c) => /^(?:C|D[0-4])/.test(c)],
  // 'Fracture, toe, great S92.40-; lesser S92.50-': the 'Other fracture of left great toe' (S92.49-) its title's words
  // give without the 'other' yields to the toe's own fracture read from the same words (the phalanx's S92.41-, S92.52-).
  [/^S92[45]9/, (c) => /^S92[45][0-3]/.test(c)],
];

function foldIntoSameWords(findings: Finding[]): Finding[] {
  const overlaps = (a: Finding, b: Finding) => a.evidence.some((x) => b.evidence.some((y) => x.start < y.end && y.start < x.end));
  // Every rule of the code is tried: a bare detachment (H33.2-) read inside a diabetic retinopathy's words that name its
  // traction yields to the retinopathy, when no traction detachment of its own was read to take it.
  return findings.filter((f) => {
    const rules = YIELDS_TO_SAME_WORDS.filter(([yields]) => yields.test(f.code));
    const into = rules.length > 0 && findings.find((g) => g !== f && rules.some(([, to]) => to(g.code)) && overlaps(f, g));
    if (!into) return true;
    into.evidence.push(...f.evidence);
    return false;
  });
}

/** One finding per code: evidence joined, the higher score kept. */
function mergeSameCode(findings: Finding[]): Finding[] {
  const byCode = new Map<RawCode, Finding>();
  for (const f of findings) {
    const seen = byCode.get(f.code);
    if (!seen) byCode.set(f.code, { ...f, evidence: [...f.evidence], notes: [...f.notes] });
    else {
      seen.evidence.push(...f.evidence);
      seen.score = Math.max(seen.score, f.score) + 0.5;
      for (const note of f.notes) if (!seen.notes.includes(note)) seen.notes.push(note);
      if (f.context === 'affirmed') seen.context = 'affirmed';
    }
  }
  return [...byCode.values()];
}

/**
 * Whether two codes of one category name the same thing: always, except for infectious agents (B95-B97), whose
 * categories list different organisms: 'Unspecified Escherichia coli' (B96.20) is not said again by 'Clostridium
 * perfringens' (B96.7), nor 'Unspecified staphylococcus' (B95.8) by 'Enterococcus' (B95.2); 'Unspecified
 * streptococcus' (B95.5) is by 'Other streptococcus' (B95.4).
 */
function sameAgent(vagueTitle: string, otherTitle: string): boolean {
  const agent = /^Unspecified (\w+).* as the cause of diseases classified elsewhere$/i.exec(vagueTitle);
  return !agent || otherTitle.toLowerCase().includes(agent[1]!.toLowerCase());
}

/** Drops an "unspecified" code when a code of its category that is not unspecified is also found, moving its evidence there. */
function foldUnspecified(view: CodeTableView, findings: Finding[]): Finding[] {
  const titleOf = (code: RawCode) => view.table.titles[view.indexOf(code)!] ?? '';
  const isVague = (code: RawCode) => /\bunspecified\b|without complications/i.test(titleOf(code));
  const withoutComplications = (code: RawCode) => /without complications/i.test(titleOf(code));
  const uncomplicated = (code: RawCode) => /, uncomplicated$/i.test(titleOf(code));
  const namedSide = (code: RawCode) => /\b(right|left|bilateral)\b/i.exec(titleOf(code))?.[1]?.toLowerCase();
  return findings.filter((f) => {
    // K21.9 'without esophagitis' beside K21.00 'with esophagitis': the same condition's sibling says what this one
    // denies (a unilateral hernia without obstruction does not fold into a bilateral one with it).
    // Not a sibling of another side: 'NPDR w/ macular edema, right eye' and 'NPDR without macular edema, left eye' are
    // the two eyes' own codes (E11.3311, E11.3392).
    const denial = /^(.*?)\s*\bwithout (\w+)/i.exec(titleOf(f.code));
    const otherSide = (o: RawCode) => namedSide(o) !== undefined && namedSide(f.code) !== undefined && namedSide(o) !== namedSide(f.code);
    const affirmed = denial && findings.find((o) => o !== f && o.code.slice(0, 3) === f.code.slice(0, 3) && titleOf(o.code).startsWith(`${denial[1]} with ${denial[2]}`) && !otherSide(o.code));
    if (affirmed) {
      affirmed.evidence.push(...f.evidence);
      return false;
    }
    // 'Moderate persistent asthma, uncomplicated' (J45.40) beside J45.41 'with (acute) exacerbation' of its
    // subcategory: the complication is documented (not a state 'in remission', which the chart may tell of the past).
    const complication = uncomplicated(f.code) && findings.find((o) => o !== f && o.code.slice(0, 4) === f.code.slice(0, 4) && !isVague(o.code) && !uncomplicated(o.code) && !/\bin remission\b/i.test(titleOf(o.code)));
    if (complication) {
      complication.evidence.push(...f.evidence);
      return false;
    }
    if (!isVague(f.code) || f.code.length <= 3) return true;
    // E11.9 'without complications' beside E11.40 'with diabetic neuropathy, unspecified': the complication is documented.
    const complicated = withoutComplications(f.code) && findings.find((o) => o !== f && o.code.slice(0, 3) === f.code.slice(0, 3) && !withoutComplications(o.code));
    if (complicated) {
      complicated.evidence.push(...f.evidence);
      return false;
    }
    // The category's residual (R10.9 beside R10.11, K35.80 'Unspecified acute appendicitis' beside K35.32) folds into
    // any code of the category; an unspecified code of a subcategory (R06.00 Dyspnea, unspecified) only into its own
    // subcategory, not into a sibling condition (R06.1 Stridor); nor an injury into another bone or side's.
    // A subcategory .9 titled 'unspecified' is the residual too (E05.90 under E05.9 'Thyrotoxicosis, unspecified').
    const residualSubcategory = f.code.length > 4 && f.code[3] === '9' && /\bunspecified$/i.test(titleOf(f.code.slice(0, 4)));
    const residual = f.code.length === 4 || residualSubcategory || (/^unspecified\b/i.test(titleOf(f.code)) && !/^[ST]/.test(f.code));
    // A six-character code under a subcategory that names a condition folds only within it: D72.829 'Elevated white
    // blood cell count, unspecified' (leukocytosis) into D72.820 lymphocytosis, not into D72.810 lymphocytopenia of
    // the sibling D72.81 'Decreased white blood cell count'.
    const subcategory = f.code.length === 6 && !/^[ST]/.test(f.code) ? titleOf(f.code.slice(0, 5)) : '';
    const namedSubcategory = subcategory !== '' && !/\bunspecified\b/i.test(subcategory);
    const scope = residual ? 3 : namedSubcategory ? 5 : 4;
    // The category's residual also folds into a named subcategory's own unspecified code: I50.9 'Heart failure,
    // unspecified' into I50.20 'Unspecified systolic (congestive) heart failure' ('systolic congestive heart failure'
    // says the kind). Not an injury's: two fractures of one region may be two injuries.
    const namedKind = (o: RawCode) => residual && f.code[3] === '9' && !/^[ST]/.test(f.code) && o.length > 4 && o.slice(0, 4) !== f.code.slice(0, 4) && !/\bunspecified\b/i.test(titleOf(o.slice(0, 4)));
    // An injury of an unspecified part beside one of a named part of the same bone, side and encounter: 'displaced
    // left femoral neck fracture ... displaced subcapital fracture of the left femoral neck' is the one fracture,
    // S72.012A (intracapsular), though its own title leaves the displacement unspecified.
    const sideOf = (code: RawCode) => /\b(?:right|left)\b/i.exec(titleOf(code))?.[0].toLowerCase();
    const namedPart = (o: RawCode) => /^S/.test(f.code) && /\bunspecified part of\b/i.test(titleOf(f.code)) && !/\bunspecified part of\b/i.test(titleOf(o))
      && o.length === 7 && o[6] === f.code[6] && sideOf(o) === sideOf(f.code);
    const specific = findings.find((o) => o !== f && o.code.slice(0, scope) === f.code.slice(0, scope) && (!isVague(o.code) || namedKind(o.code) || namedPart(o.code)) && sameAgent(titleOf(f.code), titleOf(o.code)));
    if (!specific) return true;
    specific.evidence.push(...f.evidence);
    return false;
  });
}
