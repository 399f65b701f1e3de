import { formatCode } from '../codeset/format';
import type { Later, ReadArtifact } from '../codeset/load-table';
import type { TabularList } from '../codeset/tabular';
import { CodeTableView } from '../search/code-table-view';
import { loadConcepts } from '../search/concept-artifacts';
import type { SearchCatalog } from '../search/search-artifacts';
import type { CodeTable, SetAside, Setting, Suggestion } from '../types';
import { withAllergyStatus } from './allergy-status';
import { withFeverOfCondition } from './fever-with-condition';
import { withPoorControl } from './diabetes-control';
import { withReceptorStatus } from './receptor-status';
import { withStatusCodes } from './status-codes';
import { withLongTermUse } from './long-term-use';
import { withDrugResistance } from './drug-resistance';
import { withDrugIntent } from './drug-intent';
import { withUnderdosingReason } from './underdosing-reason';
import { withNoncomplianceReason } from './noncompliance-reason';
import { withBeverageAlcohol } from './alcohol-beverage';
import { withBurnExtent } from './burn-extent';
import { withNotCarriedOut } from './not-carried-out';
import { keepExposureBeforeNegativeTest, negateNegativeTestReports } from './test-reports';
import { inPregnancy } from './pregnancy-codes';
import { inChildbirth } from './childbirth-codes';
import { FIRST_LISTED_ENCOUNTER, withChemotherapyEncounter } from './chemotherapy-encounter';
import { isScreeningEncounter } from './screening-encounter';
import { withInducedAdverseEffects } from './induced-adverse-effect';
import { withUlcerSeverity } from './ulcer-severity';
import { pumpFailureOrder, withInsulinPumpFailure } from './insulin-pump';
import { withChildExamination } from './general-exam';
import { withPreviousCesarean } from './previous-cesarean';
import { isPrenatalSupervisionFirst, withElderlyGravida } from './elderly-gravida';
import { withPreventiveVisit } from './preventive-visit';
import { BIRTH_EPISODE, withNewbornEncounter } from './newborn-encounter';
import { assembleFindings, confidenceOf, type Finding } from './assemble';
import { expandChartPhrase } from './chart-expand';
import { type CodeNotes, notesOf, relationPrompts } from './code-rules';
import { combineFindings } from './combine';
import { withHivDisease } from './hiv-disease';
import { dementiaAfterItsDisease, withAlzheimerDementia } from './alzheimer-dementia';
import { codeFirstOrder } from './code-first-order';
import { withoutAnimalTrippedOver } from './tripped-over-animal';
import { takesSecondaryTo } from './secondary-to';
import { foldExcluded } from './excludes';
import { conceptIdf } from './concept-idf';
import { ConceptIndex } from './concept-index';
import { findMentions } from './find-mentions';
import { measureFindings } from './measures';
import { siteNeoplasms } from './neoplasm-site';
import { integralPrompt, isIntegralTo } from './integral-symptoms';
import { moreSpecificPrompt } from './more-specific';
import { procedureMentions, procedureSuggestions } from './procedures';
import { proceduresForSetting } from './procedure-setting';
import { supplySuggestions } from './supplies';
import { ventilationSuggestions } from './ventilation';
import { principalFindings, principalOrder, rankKey, readingFactor, tierOf, weakerReadings } from './rank-order';
import { readChart } from './read-chart';
import { withTransportAccidents } from './transport-accident';
import { withExternalCauseIntent } from './external-cause-intent';
import { withPlaceActivityStatus } from './place-activity-status';
import { refineFindings } from './refine';
import { withLimbAtherosclerosis } from './limb-atherosclerosis';
import { withStrokeArtery } from './stroke-artery';
import { withEpilepsyType } from './epilepsy-type';
import { withThrombolysisElsewhere } from './thrombolysis-elsewhere';
import { withOldInfarction } from './old-infarction';
import { withSepsisAfterProcedure, withSystemicInfection } from './severe-sepsis';
import { withoutDevicesPlacedNow } from './device-placed-now';
import { bypassSuggestions } from './coronary-bypass';
import { withoutSitelessDefault } from './siteless-default';
import { withSkinNeoplasmSites } from './skin-neoplasm-site';
import { withDeviceInfections } from './device-infection';
import { withRoutinePrompts } from './routine-procedures';
import { withInfluenzaType } from './influenza-type';
import { withMetastaticTo } from './metastatic-to';

export interface SuggestDeps {
  cm: { table: CodeTable };
  pcs?: { table: CodeTable };
  hcpcs?: { table: CodeTable };
  tabular?: TabularList;
}

/**
 * Codes that are never first-listed, after the conditions they describe: external causes (V00-Y99, Guidelines
 * I.C.20), weeks of gestation (Z3A), BMI (Z68), infectious agents (B95-B97) and their drug resistance (Z16, I.C.1.c),
 * which the Tabular says to code in addition to or after another code; and the histories and statuses (Z77-Z99: long-term drug use, personal and
 * family history, allergy, absence and device statuses), which tell what else bears on care (Guidelines I.C.21.c.3,
 * c.4), so a coder lists them after today's conditions; and tobacco dependence (F17), which the Tabular's notes
 * ask for as an additional code ('Use additional code to identify ... tobacco dependence (F17.-)'); and the coma scale
 * codes, sequenced after the diagnosis codes (Guidelines I.C.18.e); and a drug's adverse effect or underdosing (T36-T50
 * with the 6th character 5 or 6), which follow the nature of the effect and the condition the drug treats (Guidelines
 * I.C.19.e.5.a, I.C.19.e.5.c: underdosing is never first-listed).
 */
const isSecondaryOnly = (code: string): number => (/^[V-Y]|^Z3A|^Z68|^B9[5-7]|^Z16|^Z(?:7[7-9]|[89]\d)|^F17|^R402[1-4]|^T(?:3[6-9]|4\d|50)\w{2}[56]/.test(code) ? 1 : 0);

/** Evidence in text order, each span once. */
function uniqueSpans(evidence: Suggestion['evidence']): Suggestion['evidence'] {
  const seen = new Set<string>();
  return [...evidence]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((e) => {
      const key = `${e.start}:${e.end}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    });
}

/**
 * A sign or symptom routinely part of a disease also found (Guidelines I.B.5) is listed lower than the findings a coder
 * reports: it stays, with its prompt, for the case where the provider says it is not part of the disease (I.B.6).
 */
const INTEGRAL_FACTOR = 0.5;
const EXTERNAL_CAUSE = /^[V-Y]/;
/** Injuries and the effects of external causes (S00-T34, T66-T79), which an external cause code goes with. */
const INJURY = /^(S|T[0-2]|T3[0-4]|T6[6-9]|T7)/;

/** Reads charts into ranked code suggestions: concepts found, context decided, rules applied, prompts attached. */
export class SuggestionEngine {
  private readonly view: CodeTableView;

  private readonly pcsView?: CodeTableView;
  private readonly hcpcsView?: CodeTableView;

  private constructor(
    private readonly deps: SuggestDeps,
    private readonly concepts: ConceptIndex,
    private readonly pcsConcepts?: ConceptIndex,
    private readonly hcpcsConcepts?: ConceptIndex,
  ) {
    this.view = new CodeTableView(deps.cm.table);
    if (deps.pcs) this.pcsView = new CodeTableView(deps.pcs.table);
    if (deps.hcpcs) this.hcpcsView = new CodeTableView(deps.hcpcs.table);
  }

  /**
   * An external cause (V00-Y99) is coded beside the injury its words also name (Guidelines I.C.20): 'gunshot wound'
   * is an open wound and W34.00; beside a disease ('cat scratch disease' A28.1) it is no injury's cause.
   */
  private readonly causeBesideInjury = (kept: number, codeIndex: number) => {
    const [a, b] = [this.view.table.codes[kept]!, this.view.table.codes[codeIndex]!];
    return (EXTERNAL_CAUSE.test(a) && INJURY.test(b)) || (INJURY.test(a) && EXTERNAL_CAUSE.test(b));
  };

  /** An absence code names a part's absence ('Acquired absence of kidney', 'Congenital absence of ...'). */
  private readonly namesAbsence = (codeIndex: number) => /\babsence of\b/i.test(this.view.table.titles[codeIndex] ?? '');

  /** `later` receives the checksum checks of the concept files (see Later in codeset/load-table). */
  static async load(read: ReadArtifact, catalog: SearchCatalog, deps: SuggestDeps, later?: Later): Promise<SuggestionEngine> {
    const { pcs, hcpcs, ...cmDeps } = deps;
    const artifact = await loadConcepts(read, catalog, deps.cm.table, later);
    if (!artifact) throw new Error(`suggest: no concept dictionary was built for ICD-10-CM ${deps.cm.table.year}`);
    const diagnoses = new SuggestionEngine(cmDeps, new ConceptIndex(artifact, conceptIdf(artifact), undefined, true));
    return pcs || hcpcs ? diagnoses.withProcedures(read, catalog, { pcs, hcpcs }, later) : diagnoses;
  }

  /**
   * This engine with the procedure (ICD-10-PCS) and supply (HCPCS) dictionaries added, the ICD-10-CM one shared: the
   * first chart is answered with diagnoses while these load.
   */
  async withProcedures(read: ReadArtifact, catalog: SearchCatalog, sets: Pick<SuggestDeps, 'pcs' | 'hcpcs'>, later?: Later): Promise<SuggestionEngine> {
    const [pcsArtifact, hcpcsArtifact] = await Promise.all([
      sets.pcs ? loadConcepts(read, catalog, sets.pcs.table, later) : undefined,
      sets.hcpcs ? loadConcepts(read, catalog, sets.hcpcs.table, later) : undefined,
    ]);
    const wide = (n: number) => 2 * n + 3;
    const pcs = sets.pcs && pcsArtifact ? new ConceptIndex(pcsArtifact, conceptIdf(pcsArtifact), wide) : undefined;
    const hcpcs = sets.hcpcs && hcpcsArtifact ? new ConceptIndex(hcpcsArtifact, conceptIdf(hcpcsArtifact), wide) : undefined;
    return new SuggestionEngine({ ...this.deps, ...sets }, this.concepts, pcs, hcpcs);
  }

  suggest(text: string, options: { setting: Setting; limit?: number; dateOfService?: string }): { suggestions: Suggestion[]; setAside: SetAside[] } {
    const reading = readChart(text);
    const found = keepExposureBeforeNegativeTest(text, this.view, negateNegativeTestReports(text, reading, this.view, findMentions(text, reading, this.concepts, expandChartPhrase, true, this.causeBesideInjury, this.namesAbsence,
      (i, start, end) => !takesSecondaryTo(this.view.table.codes[i]!, text, start, end))));
    const mentions = siteNeoplasms(text, reading, this.view, this.concepts, expandChartPhrase, found);
    const { findings, setAside } = assembleFindings(this.view, mentions, options.setting, text);
    findings.push(...measureFindings(text, reading, this.view, findings));
    const { view } = this;
    const title = (code: string) => this.deps.cm.table.titles[view.indexOf(code) ?? -1] ?? '';
    // The rules in turn, each reading the words around the findings so far. The order matters: the injuries' external
    // causes before the statuses, the statuses and the stage of a limb's atherosclerosis before the codes are refined
    // by their details, the details before the combination codes, and the Excludes1 notes read last.
    const steps: ((findings: Finding[]) => Finding[])[] = [
      (f) => withTransportAccidents(text, reading, view, f),
      (f) => withExternalCauseIntent(text, reading, view, f),
      (f) => withoutAnimalTrippedOver(f),
      (f) => withAllergyStatus(text, reading, view, f),
      (f) => withStatusCodes(text, reading, view, f),
      (f) => withReceptorStatus(text, reading, view, f),
      (f) => withLongTermUse(text, reading, f),
      (f) => withDrugResistance(text, reading, view, f),
      (f) => withNotCarriedOut(text, reading, view, f),
      (f) => withPreventiveVisit(text, reading, view, f),
      (f) => withLimbAtherosclerosis(text, reading, view, f),
      (f) => withStrokeArtery(text, reading, view, f),
      (f) => withThrombolysisElsewhere(text, reading, view, f),
      (f) => withOldInfarction(text, reading, f, options.dateOfService),
      (f) => refineFindings(text, view, f),
      (f) => withoutSitelessDefault(text, f),
      (f) => withSkinNeoplasmSites(text, reading, view, f),
      (f) => withMetastaticTo(text, view, f),
      (f) => withEpilepsyType(f),
      (f) => withUlcerSeverity(text, reading, view, f),
      (f) => withDrugIntent(text, reading, view, f),
      (f) => withUnderdosingReason(text, reading, f),
      (f) => withNoncomplianceReason(text, reading, f),
      (f) => withBeverageAlcohol(text, reading, view, f),
      (f) => withBurnExtent(text, reading, view, f),
      (f) => withPlaceActivityStatus(text, reading, view, f),
      (f) => withHivDisease(text, reading, view, f),
      (f) => withAlzheimerDementia(text, view, f),
      (f) => withChemotherapyEncounter(text, reading, view, f),
      (f) => withInsulinPumpFailure(text, reading, view, f),
      (f) => withChildExamination(text, f),
      (f) => withInducedAdverseEffects(text, reading, view, f),
      (f) => withDeviceInfections(text, reading, view, f),
      (f) => withInfluenzaType(text, view, f),
      (f) => withFeverOfCondition(text, view, f),
      (f) => withPoorControl(text, view, f),
      (f) => withSystemicInfection(view, f),
      (f) => withSepsisAfterProcedure(view, f),
      (f) => combineFindings(view, f, text),
      (f) => inPregnancy(text, reading, view, f),
      (f) => withElderlyGravida(text, reading, view, f),
      (f) => withPreviousCesarean(text, reading, view, f),
      (f) => inChildbirth(text, reading, view, f),
      (f) => withNewbornEncounter(text, view, f),
      (f) => foldExcluded(f, (code) => this.notes(code), title, text),
    ];
    const kept = steps.reduce((f, step) => step(f), findings);
    const principal = principalFindings(kept, reading);
    const weaker = weakerReadings(kept);
    const codes = kept.map((f) => f.code);
    const sorted = kept
      .map((f) => ({ f, key: rankKey(f, text, reading) * readingFactor(f, weaker) * (kept.some((o) => isIntegralTo(f.code, o.code)) ? INTEGRAL_FACTOR : 1), after: pumpFailureOrder(f.code, codes) ?? (isSecondaryOnly(f.code) || (FIRST_LISTED_ENCOUNTER.test(f.code) || isPrenatalSupervisionFirst(f.code, codes, options.setting) || BIRTH_EPISODE.test(f.code) || isScreeningEncounter(f, text, reading) ? -1 : principal.has(f) ? principalOrder(f.code) : tierOf(f.code))) }))
      .sort((a, b) => a.after - b.after || b.key - a.key || a.f.code.localeCompare(b.f.code))
      .map(({ f }) => f);
    const ordered = codeFirstOrder(dementiaAfterItsDisease(sorted), (code) => this.notes(code)).slice(0, options.limit ?? 50);
    const procedures =
      this.pcsConcepts && this.pcsView
        ? [
            ...procedureSuggestions(text, this.pcsView, procedureMentions(text, reading, this.pcsConcepts, this.pcsView), reading, setAside),
            ...ventilationSuggestions(text, reading, this.pcsView),
            ...bypassSuggestions(text, reading, this.pcsView),
          ]
        : [];
    const supplies =
      this.hcpcsConcepts && this.hcpcsView
        ? supplySuggestions(text, this.hcpcsView, findMentions(text, reading, this.hcpcsConcepts, expandChartPhrase))
        : [];
    // A device placed now is still read off the procedure in the outpatient setting, which reports no PCS code for it.
    const reported = withRoutinePrompts(proceduresForSetting(procedures, options.setting, setAside));
    return { suggestions: [...this.withPrompts(withoutDevicesPlacedNow(ordered, procedures)), ...reported, ...supplies], setAside };
  }

  private readonly notesCache = new Map<string, CodeNotes>();

  /** A code's notes, read from the Tabular List once per engine. */
  private notes(code: string): CodeNotes {
    let notes = this.notesCache.get(code);
    if (!notes) {
      notes = notesOf(code, this.deps.tabular);
      this.notesCache.set(code, notes);
    }
    return notes;
  }

  private withPrompts(findings: Finding[]): Suggestion[] {
    const codes = findings.map((f) => f.code);
    const { table } = this.deps.cm;
    return findings.map((f, position) => {
      const i = this.view.indexOf(f.code)!;
      const prompts = [
        ...f.notes.map((message) => ({ kind: 'sequencing' as const, message })),
        ...(f.prompts ?? []),
        ...moreSpecificPrompt(this.view, i),
        ...integralPrompt(f.code, codes),
        ...relationPrompts(this.notes(f.code), codes.filter((c) => c !== f.code), position, codes),
      ];
      return {
        set: 'icd10cm',
        code: f.code,
        display: formatCode('icd10cm', f.code),
        title: table.titles[i]!,
        kind: 'diagnosis',
        billable: this.view.isBillable(i),
        confidence: confidenceOf(f.score),
        evidence: uniqueSpans(f.evidence),
        context: f.context,
        prompts,
      };
    });
  }
}
