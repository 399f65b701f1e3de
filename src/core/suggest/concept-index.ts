import type { ConceptArtifact } from './concept-format';
import type { ChartTerm } from './chart-terms';
import { isQualifier } from './concept-core';

/** A concept said in the text: which code, through which words. */
export interface ConceptMatch {
  concept: number;
  codeIndex: number;
  /** Content-word positions of the matched terms, ascending. */
  positions: number[];
  start: number;
  end: number;
  /** Sum of the idf of the matched terms: how much the words say. */
  weight: number;
}

/** The loaded concept dictionary: concepts grouped by anchor term for lookup while reading a sentence. */
export class ConceptIndex {
  private readonly byAnchor = new Map<string, number[]>();
  /**
   * Each met anchor's concepts split by their second term (see AnchorGroup), made when a sentence first holds it;
   * null for a term met that anchors nothing (most words), so that it costs one lookup the next time.
   */
  private readonly groups = new Map<string, AnchorGroup | null>();
  /** Each concept's other terms, split when a sentence first holds its anchor: most concepts are never met. */
  private readonly others: (string[] | undefined)[];

  constructor(
    readonly artifact: ConceptArtifact,
    private readonly idf: (term: string) => number,
    /**
     * How many positions a concept of n terms may span. Diagnoses: n + 3 ('fracture of the left distal radius');
     * wider phrases joined more unrelated words than real findings on the dev charts (precision of spread matches 35%).
     * Procedure notes spread their axes further ('CT of the abdomen, pelvis and chest'): 2n + 3 there.
     */
    private readonly reach: (n: number) => number = (n) => n + 3,
  ) {
    const anchors = artifact.anchors;
    for (let i = 0; i < anchors.length; i++) {
      const list = this.byAnchor.get(anchors[i]!);
      if (list) list.push(i);
      else this.byAnchor.set(anchors[i]!, [i]);
    }
    this.others = new Array(anchors.length);
  }

  private othersOf(concept: number): string[] {
    let others = this.others[concept];
    if (!others) {
      const text = this.artifact.others[concept]!;
      others = text ? text.split(' ') : [];
      this.others[concept] = others;
    }
    return others;
  }

  /** The core terms of a concept, its anchor first. */
  termsOf(concept: number): string[] {
    return [this.artifact.anchors[concept]!, ...this.othersOf(concept)];
  }

  /**
   * Every concept whose core terms all appear among the terms (one sentence), close together (see `reach`); `where`
   * is the terms grouped by name (termsByName), for a caller that matches one sentence against several indexes.
   */
  match(terms: ChartTerm[], where: TermsByName = termsByName(terms)): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    // forEach: no [key, value] array per entry, as for...of over the entries makes
    where.forEach((anchorTerms, anchor) => {
      for (const list of this.candidates(anchor, where)) {
        for (const concept of list) {
          const others = this.othersOf(concept);
          if (!others.every((o) => where.has(o))) continue;
          for (const at of anchorTerms) {
            const match = this.place(concept, at, others, where);
            if (match) {
              matches.push(match);
              break;
            }
          }
        }
      }
    });
    return matches;
  }

  /**
   * The concepts of an anchor whose second term (if any) the sentence holds, as lists (those of the anchor alone,
   * then by second term): a common anchor ('pain', 'fracture') has thousands of concepts, of which a sentence can
   * hold the second term of a few.
   */
  private candidates(anchor: string, where: ReadonlyMap<string, unknown>): readonly (readonly number[])[] {
    const group = this.groupOf(anchor);
    if (!group) return [];
    const lists: (readonly number[])[] = group.bare.length ? [group.bare] : [];
    if (group.bySecond.size < where.size) {
      // forEach: no [key, value] array per entry, as for...of over the entries makes
      group.bySecond.forEach((list, second) => {
        if (where.has(second)) lists.push(list);
      });
    } else {
      for (const term of where.keys()) {
        const list = group.bySecond.get(term);
        if (list) lists.push(list);
      }
    }
    return lists;
  }

  private groupOf(anchor: string): AnchorGroup | undefined {
    let group = this.groups.get(anchor);
    if (group !== undefined) return group ?? undefined;
    const concepts = this.byAnchor.get(anchor);
    if (!concepts) {
      if (this.groups.size < 100_000) this.groups.set(anchor, null); // bounded: a session reads many charts' words
      return undefined;
    }
    group = { bare: [], bySecond: new Map() };
    for (const concept of concepts) {
      const second = this.othersOf(concept)[0];
      if (second === undefined) group.bare.push(concept);
      else {
        const list = group.bySecond.get(second);
        if (list) list.push(concept);
        else group.bySecond.set(second, [concept]);
      }
    }
    this.groups.set(anchor, group);
    return group;
  }

  private place(concept: number, at: ChartTerm, others: string[], where: Map<string, ChartTerm[]>): ConceptMatch | undefined {
    let chosen = [at];
    for (const other of others) {
      let nearest: ChartTerm | undefined;
      for (const t of where.get(other)!) {
        if (!nearest || Math.abs(t.position - at.position) < Math.abs(nearest.position - at.position)) nearest = t;
      }
      chosen.push(nearest!);
    }
    if (!chosen.every((c) => usesWholeReading(c, chosen))) {
      const regrouped = wholeReadings(chosen, where);
      if (!regrouped.every((c) => usesWholeReading(c, regrouped))) return undefined;
      chosen = regrouped;
    }
    const positions = [...new Set(chosen.map((c) => c.position))].sort((a, b) => a - b);
    const width = positions[positions.length - 1]! - positions[0]! + 1;
    if (width > this.reach(positions.length)) return undefined;
    // A number qualifies the word beside it: the 2 of 'type 2 diabetes' is not the stage of 'CKD stage 3a'.
    for (const c of chosen) {
      if (/^\d/.test(c.term) && !chosen.some((o) => o !== c && Math.abs(o.position - c.position) <= 1)) return undefined;
    }
    return {
      concept,
      codeIndex: this.artifact.codes[concept]!,
      positions,
      start: Math.min(...chosen.map((c) => c.start)),
      end: Math.max(...chosen.map((c) => c.end)),
      weight: [at.term, ...others].reduce((sum, t) => sum + this.idf(t), 0),
    };
  }
}

/** A sentence's terms by name, each name's in text order (see ConceptIndex.match). */
export type TermsByName = Map<string, ChartTerm[]>;

/** Groups a sentence's terms by name: one grouping serves every concept index a sentence is matched against. */
export function termsByName(terms: readonly ChartTerm[]): TermsByName {
  const where: TermsByName = new Map();
  for (const t of terms) {
    const list = where.get(t.term);
    if (list) list.push(t);
    else where.set(t.term, [t]);
  }
  return where;
}

/**
 * The nearest word for each term can split a reading: in 'left lower leg', 'lower' is taken from the word and 'limb'
 * from 'leg' read as 'lower limb', which that reading does not allow. Takes each term of a reading the concept uses
 * whole from the reading's own word instead.
 */
function wholeReadings(chosen: readonly ChartTerm[], where: ReadonlyMap<string, ChartTerm[]>): ChartTerm[] {
  const out = [...chosen];
  for (const c of chosen) {
    const reading = c.readings?.find((r) => r.every((t) => isQualifier(t) || out.some((o) => o.term === t)));
    if (!reading) continue;
    for (let k = 0; k < out.length; k++) {
      if (out[k]!.position === c.position || !reading.includes(out[k]!.term)) continue;
      const here = where.get(out[k]!.term)?.find((t) => t.position === c.position);
      if (here) out[k] = here;
    }
  }
  return out;
}

/** An anchor's concepts: those of the anchor alone, and the others by their second term. */
interface AnchorGroup {
  bare: number[];
  bySecond: Map<string, number[]>;
}

/**
 * Whether the concept's terms at an expanded word make up one of its readings (qualifier words such as 'mellitus'
 * need not be there: concepts drop them). 'COPD, duodenal ulcer' must not read as 'disease of duodenum'.
 */
function usesWholeReading(term: ChartTerm, chosen: readonly ChartTerm[]): boolean {
  if (!term.readings) return true;
  const used = new Set(chosen.filter((c) => c.position === term.position).map((c) => c.term));
  return term.readings.some((reading) => reading.every((t) => used.has(t) || isQualifier(t)));
}

/**
 * Keeps the most specific reading of each stretch of words: a match whose words all belong to a longer accepted
 * match is dropped ('type 2 diabetes' inside 'type 2 diabetes with hyperglycemia').
 */
export function keepMostSpecific(matches: ConceptMatch[]): ConceptMatch[] {
  const ordered = [...matches].sort((a, b) => b.positions.length - a.positions.length || b.weight - a.weight);
  const kept: ConceptMatch[] = [];
  for (const m of ordered) {
    const subsumed = kept.some((k) => m.positions.every((p) => k.positions.includes(p)));
    if (!subsumed) kept.push(m);
  }
  return kept;
}
