import { decodeBinary, encodeBinary, joinRows, splitRows } from '../codeset/binary-artifact';
import { SEARCH_FORMAT_VERSION, SearchIndexHeader, type SearchIndexData } from './index-format';

/**
 * A set's search index as one binary artifact (binary-artifact): weights and postings load as views of the file,
 * the vocabulary and document sources as one text each, so the first search waits for no per-entry parsing.
 */
export function encodeIndexFile(data: SearchIndexData): Uint8Array {
  const header: SearchIndexHeader = {
    formatVersion: SEARCH_FORMAT_VERSION, set: data.set, year: data.year, codes: data.docCounts.length,
    docs: data.docWeights.length, terms: data.terms.length, textShards: data.textShards,
  };
  // Two bytes a code (ICD-10-CM's most is about 600 phrases) keep the file under MAX_ARTIFACT_BYTES.
  if (data.docCounts.some((n) => n > 0xffff)) throw new Error(`search: a code of ${data.set} ${data.year} has over 65,535 phrases`);
  return encodeBinary(header, {
    docCounts: { type: 'u16', data: Uint16Array.from(data.docCounts) },
    docWeights: { type: 'f32', data: data.docWeights },
    docSources: { type: 'text', data: data.docSources },
    terms: { type: 'text', data: joinRows(data.terms, 'search term') },
    postingStarts: { type: 'u32', data: data.postingStarts },
    postings: { type: 'u8', data: data.postings },
  });
}

/** Reads a search index file, checking each section against the header's counts; `fail` throws naming the file. */
export function decodeIndexFile(bytes: Uint8Array, fail: (problem: string) => never): SearchIndexData {
  const file = decodeBinary(bytes, SearchIndexHeader, fail);
  const { header } = file;
  const sized = <T extends { length: number }>(name: string, section: T, length: number): T =>
    section.length === length ? section : fail(`has ${section.length} ${name} where ${length} were expected`);
  return {
    set: header.set,
    year: header.year,
    docCounts: sized('document counts', file.section('docCounts', 'u16'), header.codes),
    docWeights: sized('document weights', file.section('docWeights', 'f32'), header.docs),
    docSources: sized('document sources', file.section('docSources', 'text'), header.docs),
    terms: splitRows(file.section('terms', 'text'), header.terms, 'terms', fail),
    postingStarts: sized('posting starts', file.section('postingStarts', 'u32'), header.terms + 1),
    postings: file.section('postings', 'u8'),
    textShards: header.textShards,
  };
}
