import type { ReadArtifact } from '../codeset/artifact-read';
import { joinShards } from '../codeset/join-shards';
import { checkNow, type Later } from '../codeset/load-table';
import { ConceptArtifact, type ConceptList } from '../suggest/concept-format';
import { documentFrequencies } from '../suggest/concept-idf';
import type { CodeTable } from '../types';
import { conceptsName, readChecked, type SearchCatalog } from './search-artifacts';
import type { SearchIndex } from './search-index';

// Apart from search-artifacts: the concept dictionaries' schema is the suggestion code's, which a first search
// neither needs nor loads.

/** Loads the concept dictionary of one table; undefined when the build made none for it. */
export async function loadConcepts(
  read: ReadArtifact,
  catalog: SearchCatalog,
  table: CodeTable,
  later: Later = checkNow,
): Promise<ConceptArtifact | undefined> {
  const names: string[] = [];
  for (let i = 0; catalog.files.some((f) => f.name === conceptsName(table.system, table.year, i)); i++) names.push(conceptsName(table.system, table.year, i));
  if (names.length === 0) return undefined;
  const shards = await Promise.all(names.map((name) => readChecked(read, catalog, name, ConceptArtifact, later)));
  if (shards.length === 1) return shards[0];
  return {
    formatVersion: shards[0]!.formatVersion,
    anchors: joinShards(shards.map((s) => s.anchors)),
    others: joinShards(shards.map((s) => s.others)),
    codes: joinShards(shards.map((s) => s.codes)),
    docCount: shards[0]!.docCount,
    // A term met in several shards is listed in each, with the same count: the later entry changes nothing.
    dfTerms: joinShards(shards.map((s) => s.dfTerms)),
    df: joinShards(shards.map((s) => s.df)),
  };
}

/**
 * Splits a concept dictionary into shards of at most `per` concepts, each a valid artifact on its own, with the
 * document frequencies in `index` of its own terms.
 */
export function shardConcepts(concepts: ConceptList, per: number, index: SearchIndex): ConceptArtifact[] {
  const shards: ConceptArtifact[] = [];
  for (let start = 0; start < concepts.codes.length || shards.length === 0; start += per) {
    const end = start + per;
    const anchors = concepts.anchors.slice(start, end);
    const others = concepts.others.slice(start, end);
    const codes = concepts.codes.slice(start, end);
    shards.push({ formatVersion: concepts.formatVersion, anchors, others, codes, ...documentFrequencies({ anchors, others }, index) });
  }
  return shards;
}
