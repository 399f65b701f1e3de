/**
 * A number for each search term a chart's words were read as, given when a word is first read (chart-terms.ts
 * remembers each word's): a concept dictionary finds a term's concepts by it in an array, not by the term's text in
 * a map of every anchor (the costliest lookup of matching a sentence). The numbers stand for the terms of the words
 * read so far, some tens of thousands in a long session (15,000 over the 750 dev charts).
 */
const ids = new Map<string, number>();

export function termId(term: string): number {
  let id = ids.get(term);
  if (id === undefined) {
    id = ids.size;
    ids.set(term, id);
  }
  return id;
}
