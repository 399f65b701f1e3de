import type { ConceptArtifact } from './concept-format';
import type { ChartTerm } from './chart-terms';
import { isQualifier, OTHER } from './concept-core';

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
  /**
   * The same concept with a word said twice taken from before the anchor ('chronic renal failure, chronic
   * pancreatitis': the nearest 'chronic' to 'failure' is the pancreatitis's): read instead where this match crosses
   * list items and that one does not (see findMentions). A modifier stands before its head.
   */
  earlier?: ConceptMatch;
}

/**
 * Whether the words between two terms are whole items of a list, the second term starting the next item: in 'burns
 * of right upper arm, left forearm and chest wall' the burns are the chest wall's too, though 'right upper arm, left
 * forearm' stands between them. A concept's width (see `reach`) does not count such items.
 */
export type ListBridge = (before: ChartTerm, after: ChartTerm) => boolean;

/** The loaded concept dictionary: concepts grouped by anchor term for lookup while reading a sentence. */
export class ConceptIndex {
  /**
   * Each anchor's last concept (its others chained through `previous`), replaced by its concepts split by their second
   * term (see AnchorGroup) when a sentence first holds the anchor. A word that anchors nothing (most words) costs one
   * lookup here, in a map of anchors only.
   */
  private readonly byAnchor = new Map<string, number | AnchorGroup>();
  /**
   * The concept before each one with the same anchor, -1 for an anchor's first: a chain instead of an array per anchor
   * made the 107,000 ICD-10-CM concepts' index in half the time, before the first chart is read.
   */
  private readonly previous: Int32Array;
  /**
   * Each anchor's group (null: the term anchors nothing) by the term's number (ChartTerm.id), once a sentence held the
   * term: an array read instead of the map of anchors for every term of every sentence.
   */
  private readonly groups: (AnchorGroup | null | undefined)[] = [];
  /** Each concept's other terms, split when a sentence first holds its anchor and second term: most are never met. */
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
    /**
     * Whether a concept's 'other' is the opening word of an 'Other ...' title (ICD-10-CM, see coreTerms), said just
     * before the phrase's other words; a PCS or HCPCS title's 'other' ('Introduction of Other Therapeutic Substance')
     * is one of its words like any.
     */
    readonly otherOpens = false,
  ) {
    const anchors = artifact.anchors;
    this.previous = new Int32Array(anchors.length);
    for (let i = 0; i < anchors.length; i++) {
      const last = this.byAnchor.get(anchors[i]!) as number | undefined;
      this.previous[i] = last ?? -1;
      this.byAnchor.set(anchors[i]!, i);
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
   * is the terms grouped by name (termsByName), for a caller that matches one sentence against several indexes;
   * `bridge` tells the list items a phrase's head is shared across (see ListBridge).
   */
  match(terms: ChartTerm[], where: TermsByName = termsByName(terms), bridge?: ListBridge): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    // forEach: no [key, value] array per entry, as for...of over the entries makes
    where.forEach((anchorTerms, anchor) => {
      const id = anchorTerms[0]!.id;
      let group = this.groups[id];
      if (group === undefined) {
        while (this.groups.length <= id) this.groups.push(undefined);
        group = this.groups[id] = this.groupOf(anchor) ?? null;
      }
      if (!group) return;
      // The concepts of the anchor alone, then those whose second term the sentence holds (a common anchor, 'pain'
      // or 'fracture', has thousands of concepts, of which a sentence holds the second term of a few): by whichever
      // of the two maps is the smaller.
      if (group.bare.length) this.matchList(group.bare, 0, anchorTerms, where, matches, bridge);
      const bySecond = group.bySecond;
      if (bySecond.size < where.size) {
        bySecond.forEach((list, second) => {
          if (where.has(second)) this.matchList(list, 1, anchorTerms, where, matches, bridge);
        });
      } else {
        for (const term of where.keys()) {
          const list = bySecond.get(term);
          if (list) this.matchList(list, 1, anchorTerms, where, matches, bridge);
        }
      }
    });
    return matches;
  }

  /**
   * Adds the matches of the concepts in `list` whose other terms the sentence all holds, placed at the first of the
   * anchor's words that gives one; the first `held` other terms are known to be there (the list's second term).
   */
  private matchList(list: readonly number[], held: number, anchorTerms: ChartTerm[], where: TermsByName, matches: ConceptMatch[], bridge?: ListBridge): void {
    for (const concept of list) {
      const others = this.othersOf(concept);
      let all = true;
      for (let k = held; k < others.length && all; k++) all = where.has(others[k]!);
      if (!all) continue;
      for (const at of anchorTerms) {
        const match = this.place(concept, at, others, where, false, bridge);
        if (match) {
          // Only a term the sentence says twice can be placed before the anchor instead: most say each once.
          const earlier = others.some((o) => where.get(o)!.length > 1) ? this.place(concept, at, others, where, true, bridge) : undefined;
          if (earlier) match.earlier = earlier;
          matches.push(match);
          break;
        }
      }
    }
  }

  private groupOf(anchor: string): AnchorGroup | undefined {
    const last = this.byAnchor.get(anchor);
    if (last === undefined || typeof last !== 'number') return last;
    const concepts: number[] = [];
    for (let concept = last; concept >= 0; concept = this.previous[concept]!) concepts.push(concept);
    const group: AnchorGroup = { bare: [], bySecond: new Map() };
    for (const concept of concepts.reverse()) {
      // The second term alone, its other terms split only if a sentence holds it: most concepts are never met.
      const others = this.artifact.others[concept]!;
      const space = others.indexOf(' ');
      const second = others === '' ? undefined : space < 0 ? others : others.slice(0, space);
      if (second === undefined) group.bare.push(concept);
      else {
        const list = group.bySecond.get(second);
        if (list) list.push(concept);
        else group.bySecond.set(second, [concept]);
      }
    }
    this.byAnchor.set(anchor, group);
    return group;
  }

  /**
   * Places a concept's other terms at the anchor's word: each at its nearest word, or (`before`) at the nearest word
   * before the anchor where one is (undefined when no term has such a choice, the nearest placement being the same).
   */
  private place(concept: number, at: ChartTerm, others: string[], where: Map<string, ChartTerm[]>, before = false, bridge?: ListBridge): ConceptMatch | undefined {
    let chosen = [at];
    let readings = !!at.readings;
    let moved = false;
    let opening = false;
    for (const other of others) {
      // The 'other' of an 'Other ...' title is placed last, before the phrase's first word (see below).
      if (other === OTHER && this.otherOpens) {
        opening = true;
        continue;
      }
      let nearest: ChartTerm | undefined;
      for (const t of where.get(other)!) {
        if (!nearest || Math.abs(t.position - at.position) < Math.abs(nearest.position - at.position)) nearest = t;
      }
      if (before && nearest!.position > at.position) {
        const earlier = where.get(other)!.filter((t) => t.position < at.position).pop();
        if (earlier) {
          nearest = earlier;
          moved = true;
        }
      }
      chosen.push(nearest!);
      readings ||= !!nearest!.readings;
    }
    if (before && !moved) return undefined;
    // usesWholeReading holds of a term read from no abbreviation or synonym: checked only when one is.
    if (readings && !chosen.every((c) => usesWholeReading(c, chosen))) {
      const regrouped = wholeReadings(chosen, where);
      const said = regrouped.every((c) => usesWholeReading(c, regrouped)) ? regrouped : saidApart(chosen, where);
      if (!said) return undefined;
      chosen = said;
    }
    placeNumbers(chosen, where);
    const positions = distinctAscending(chosen);
    // The 'other' of an 'Other ...' title opens the phrase, the word before its first: 'other fractures' elsewhere in
    // a sentence, or 'the other kidney', are plain English, not the classification's 'other' code.
    if (opening) {
      const word = where.get(OTHER)!.find((t) => t.position === positions[0]! - 1);
      if (!word) return undefined;
      chosen.push(word);
      positions.unshift(word.position);
    }
    const width = positions[positions.length - 1]! - positions[0]! + 1;
    if (width > this.reach(positions.length) && !(bridge && width - bridged(chosen, bridge) <= this.reach(positions.length))) return undefined;
    // A number qualifies the word beside it: the 2 of 'type 2 diabetes' is not the stage of 'CKD stage 3a'.
    let start = chosen[0]!.start;
    let end = chosen[0]!.end;
    for (const c of chosen) {
      const first = c.term.charCodeAt(0);
      if (first >= 48 && first <= 57 && !chosen.some((o) => o !== c && Math.abs(o.position - c.position) <= 1)) return undefined;
      if (c.start < start) start = c.start;
      if (c.end > end) end = c.end;
    }
    let weight = this.idf(at.term);
    for (const other of others) weight += this.idf(other);
    return { concept, codeIndex: this.artifact.codes[concept]!, positions, start, end, weight };
  }
}

/**
 * A number goes with the words it stands beside: of two 3s, the one of 'stage 3 pressure ulcer of sacrum, 3 x 2 cm'
 * beside 'stage' and 'pressure' is the stage, not the one nearest 'sacrum'. Each number of the phrase moves to the
 * place with the most of the phrase's other words beside it (ties keep the nearest).
 */
function placeNumbers(chosen: ChartTerm[], where: Map<string, ChartTerm[]>): void {
  for (let i = 1; i < chosen.length; i++) {
    const c = chosen[i]!;
    const first = c.term.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    const places = where.get(c.term)!;
    if (places.length < 2) continue;
    const beside = (t: ChartTerm) => chosen.filter((o, k) => k !== i && o.term !== c.term && Math.abs(o.position - t.position) === 1).length;
    let best = c;
    let most = beside(c);
    for (const t of places) {
      const n = beside(t);
      if (n > most) {
        best = t;
        most = n;
      }
    }
    chosen[i] = best;
  }
}

/** The positions of the terms, each once, ascending. */
/** How many positions between the chosen terms are whole list items (see ListBridge), which a width does not count. */
function bridged(chosen: readonly ChartTerm[], bridge: ListBridge): number {
  const ordered = [...chosen].sort((a, b) => a.position - b.position);
  let items = 0;
  for (let i = 1; i < ordered.length; i++) {
    const gap = ordered[i]!.position - ordered[i - 1]!.position - 1;
    if (gap > 0 && bridge(ordered[i - 1]!, ordered[i]!)) items += gap;
  }
  return items;
}

function distinctAscending(terms: readonly ChartTerm[]): number[] {
  const positions: number[] = [];
  for (const t of terms) if (!positions.includes(t.position)) positions.push(t.position);
  return positions.length > 1 ? positions.sort((a, b) => a - b) : positions;
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

/**
 * The other terms placed instead at the words that say them alone, where the nearest was part of a word read as
 * several ('echocardiogram' as ultrasonography of the heart): in 'The echocardiogram showed a hypoplastic left heart'
 * the heart of the hypoplasia is the last word, not the study's (Q23.4 beside B24.5ZZZ).
 */
function saidApart(chosen: readonly ChartTerm[], where: ReadonlyMap<string, ChartTerm[]>): ChartTerm[] | undefined {
  const at = chosen[0]!;
  const out = chosen.map((c, k) => {
    if (k === 0 || usesWholeReading(c, chosen)) return c;
    let nearest: ChartTerm | undefined;
    for (const t of where.get(c.term)!) {
      if (!t.readings && (!nearest || Math.abs(t.position - at.position) < Math.abs(nearest.position - at.position))) nearest = t;
    }
    return nearest ?? c;
  });
  return out.every((c) => usesWholeReading(c, out)) ? out : undefined;
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
 * match is dropped ('type 2 diabetes' inside 'type 2 diabetes with hyperglycemia'), unless `beside` says it is coded
 * beside that one from the same words: the external cause of an injury ('gunshot wound in the elbow' is the open wound
 * S51.0- and the discharge of a firearm W34.00).
 */
export function keepMostSpecific(matches: ConceptMatch[], beside?: (kept: ConceptMatch, match: ConceptMatch) => boolean): ConceptMatch[] {
  const ordered = [...matches].sort((a, b) => b.positions.length - a.positions.length || b.weight - a.weight);
  const kept: ConceptMatch[] = [];
  for (const m of ordered) {
    const subsumed = kept.some((k) => m.positions.every((p) => k.positions.includes(p)) && !beside?.(k, m));
    if (!subsumed) kept.push(m);
  }
  return kept;
}
