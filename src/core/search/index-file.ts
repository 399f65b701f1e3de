import { decodeBinary, encodeBinary, joinRows, splitRows } from '../codeset/binary-artifact';
import { SEARCH_FORMAT_VERSION, SearchIndexHeader, type SearchIndexData } from './index-format';

/**
 * A set's search index as two binary artifacts (binary-artifact), each under MAX_ARTIFACT_BYTES and read side by
 * side: the documents (code, weight, source of each phrase) and the terms (sorted vocabulary, postings). Numbers load
 * as views of the files, the vocabulary and sources as one text each: the first search waits for no per-entry parsing.
 */
export type IndexPart = SearchIndexHeader['part'];
export const INDEX_PARTS: readonly IndexPart[] = ['docs', 'terms'];

export function encodeIndexFiles(data: SearchIndexData): Record<IndexPart, Uint8Array> {
  const header = (part: IndexPart): SearchIndexHeader => ({
    formatVersion: SEARCH_FORMAT_VERSION, part, set: data.set, year: data.year, codes: data.codes,
    docs: data.docWeights.length, terms: data.terms.length, textShards: data.textShards,
  });
  return {
    docs: encodeBinary(header('docs'), {
      docCode: { type: 'i32', data: data.docCode },
      docWeights: { type: 'f32', data: data.docWeights },
      docSources: { type: 'text', data: data.docSources },
    }),
    terms: encodeBinary(header('terms'), {
      terms: { type: 'text', data: joinRows(data.terms, 'search term') },
      postingStarts: { type: 'u32', data: data.postingStarts },
      termDocs: { type: 'u32', data: data.termDocs },
      postings: { type: 'u8', data: data.postings },
    }),
  };
}

type Fail = (problem: string) => never;

/**
 * Reads a search index from its two files, checking each section against the header's counts and the two headers
 * against each other; `fail[part]` throws naming the file. Order within the sections is checked by checkIndexOrder.
 */
export function decodeIndexFiles(bytes: Record<IndexPart, Uint8Array>, fail: Record<IndexPart, Fail>): SearchIndexData {
  const docs = decodeBinary(bytes.docs, SearchIndexHeader, fail.docs);
  const terms = decodeBinary(bytes.terms, SearchIndexHeader, fail.terms);
  const header = docs.header;
  if (header.part !== 'docs') fail.docs(`holds the ${header.part} of a search index`);
  const { part, ...rest } = terms.header;
  const same = Object.entries(rest).every(([k, v]) => JSON.stringify(v) === JSON.stringify(header[k as keyof typeof rest]));
  if (part !== 'terms' || !same) fail.terms('is not the terms part of the same search index as its docs part');
  const sized = <T extends { length: number }>(f: Fail, name: string, section: T, length: number): T =>
    section.length === length ? section : f(`has ${section.length} ${name} where ${length} were expected`);
  return {
    set: header.set,
    year: header.year,
    codes: header.codes,
    docCode: sized(fail.docs, 'document codes', docs.section('docCode', 'i32'), header.docs),
    docWeights: sized(fail.docs, 'document weights', docs.section('docWeights', 'f32'), header.docs),
    docSources: sized(fail.docs, 'document sources', docs.section('docSources', 'text'), header.docs),
    terms: splitRows(terms.section('terms', 'text'), header.terms, 'terms', fail.terms),
    postingStarts: sized(fail.terms, 'posting starts', terms.section('postingStarts', 'u32'), header.terms + 1),
    termDocs: sized(fail.terms, 'document frequencies', terms.section('termDocs', 'u32'), header.terms),
    postings: terms.section('postings', 'u8'),
    textShards: header.textShards,
  };
}

/**
 * Checks what a search answers wrong, rather than fails, when out of order: the vocabulary sorted (binary search),
 * postings and documents' codes ascending and in range. Loops over every entry (a few ms), so the engine runs it
 * with the checksums, after the first answer. Throws an Error saying what is out of order.
 */
export function checkIndexOrder(data: SearchIndexData): void {
  const { terms, postingStarts: starts, docCode } = data;
  for (let id = 1; id < terms.length; id++) {
    if (!(terms[id - 1]! < terms[id]!)) throw new Error(`has terms out of order at ${id}`);
    if (starts[id]! < starts[id - 1]!) throw new Error(`has postings out of order at term ${id}`);
  }
  if (starts[terms.length] !== data.postings.length) throw new Error(`has postings ending at ${starts[terms.length]} of ${data.postings.length} bytes`);
  for (let d = 1; d < docCode.length; d++) if (docCode[d]! < docCode[d - 1]!) throw new Error(`has documents out of code order at ${d}`);
  if (docCode.length > 0 && (docCode[0]! < 0 || docCode[docCode.length - 1]! >= data.codes)) throw new Error('has documents of codes outside its table');
}
