import { formatCode } from '../codeset/format';
import type { TabularList } from '../codeset/tabular';
import type { CodeSearch } from '../search/code-search';
import { CodeTableView } from '../search/code-table-view';
import { loadConcepts, type SearchCatalog } from '../search/search-artifacts';
import type { SearchIndex } from '../search/search-index';
import type { CodeTable, SetAside, Setting, Suggestion } from '../types';
import { assembleFindings, confidenceOf, type Finding } from './assemble';
import { expandChartPhrase } from './chart-expand';
import { notesOf, relationPrompts } from './code-rules';
import { combineFindings } from './combine';
import { ConceptIndex } from './concept-index';
import { findMentions } from './find-mentions';
import { moreSpecificPrompt } from './more-specific';
import { readChart } from './read-chart';

export interface SuggestDeps {
  cm: { table: CodeTable; index: SearchIndex };
  pcs?: { table: CodeTable; index: SearchIndex };
  tabular?: TabularList;
  search: CodeSearch;
}

/** Reads charts into ranked code suggestions: concepts found, context decided, rules applied, prompts attached. */
export class SuggestionEngine {
  private readonly view: CodeTableView;

  private constructor(
    private readonly deps: SuggestDeps,
    private readonly concepts: ConceptIndex,
  ) {
    this.view = new CodeTableView(deps.cm.table);
  }

  static async load(read: (name: string) => Promise<string>, catalog: SearchCatalog, deps: SuggestDeps): Promise<SuggestionEngine> {
    const artifact = await loadConcepts(read, catalog, deps.cm.table);
    if (!artifact) throw new Error(`suggest: no concept dictionary was built for ICD-10-CM ${deps.cm.table.year}`);
    const { index } = deps.cm;
    const idf = (term: string) => {
      const id = index.termId(term);
      return id === undefined ? Math.log(index.docCount) : index.idf(id);
    };
    return new SuggestionEngine(deps, new ConceptIndex(artifact, idf));
  }

  suggest(text: string, options: { setting: Setting; limit?: number }): { suggestions: Suggestion[]; setAside: SetAside[] } {
    const reading = readChart(text);
    const mentions = findMentions(text, reading, this.concepts, expandChartPhrase);
    const { findings, setAside } = assembleFindings(this.view, mentions, options.setting);
    const ordered = combineFindings(this.view, findings)
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .slice(0, options.limit ?? 50);
    return { suggestions: this.withPrompts(ordered), setAside };
  }

  private withPrompts(findings: Finding[]): Suggestion[] {
    const codes = findings.map((f) => f.code);
    const { table } = this.deps.cm;
    return findings.map((f, position) => {
      const i = this.view.indexOf(f.code)!;
      const prompts = [
        ...f.notes.map((message) => ({ kind: 'sequencing' as const, message })),
        ...moreSpecificPrompt(this.view, i),
        ...relationPrompts(notesOf(f.code, table, this.deps.tabular), codes.filter((c) => c !== f.code), position, codes),
      ];
      return {
        set: 'icd10cm',
        code: f.code,
        display: formatCode('icd10cm', f.code),
        title: table.titles[i]!,
        kind: 'diagnosis',
        billable: this.view.isBillable(i),
        confidence: confidenceOf(f.score),
        evidence: f.evidence.sort((a, b) => a.start - b.start),
        context: f.context,
        prompts,
      };
    });
  }
}
