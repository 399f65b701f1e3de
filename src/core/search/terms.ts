/**
 * How search sees words: lower case, accents folded, split on anything that is not a letter or digit, light
 * English stemming, function words dropped. The same function runs at build time over the titles and at query
 * time over what the coder types, so the two always agree.
 */

/** Words that carry no meaning for ranking. 'with', 'without', 'other', 'unspecified' are kept: they tell codes apart. */
const STOPWORDS = new Set(
  'a an and are as at be by for from in into is it its of on or the to this that was were which'.split(' '),
);

/** Folds case and accents: 'Sjögren' -> 'sjogren'. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const EXCEPTIONS: Record<string, string> = {
  vertebrae: 'vertebra', pelves: 'pelvis', feet: 'foot', teeth: 'tooth', children: 'child', women: 'woman', men: 'man',
  diagnoses: 'diagnosis', analyses: 'analysis', metastases: 'metastasis', stenoses: 'stenosis', fibroses: 'fibrosis',
  phalanges: 'phalanx', ova: 'ovum', bronchi: 'bronchus', calculi: 'calculus', fungi: 'fungus', bacilli: 'bacillus',
  nuclei: 'nucleus', emboli: 'embolus', thrombi: 'thrombus', labia: 'labium', crises: 'crisis', media: 'media',
};

/**
 * Light inflectional stemmer for clinical English: plurals, -ing, -ed, and the -ion/-ive/-ic family only where the
 * remaining stem stays recognisable ('infarction' -> 'infarct', 'fractures' -> 'fractur'). Idempotent on its output.
 */
export function stemWord(word: string): string {
  const exception = EXCEPTIONS[word];
  if (exception) return stemWord2(exception);
  return stemWord2(word);
}

function stemWord2(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  // British spellings fold to American ones (haemorrhage, oedema, tumour); both sides fold alike, so no harm elsewhere.
  w = w.replace(/([a-z])[ao]e(?=[^aeiou])/g, '$1e').replace(/^oe(?=[^aeiou])/, 'e').replace(/our$/, 'or');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|as|os)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.endsWith('ion') && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length > 4 && !w.endsWith('ee')) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

const WORD = /[\p{L}\p{N}]+(?:'s)?/gu;

/** The search terms of a text, in order, duplicates kept. */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of foldWord(text).matchAll(WORD)) {
    let word = match[0];
    if (word.endsWith("'s")) word = word.slice(0, -2);
    if (STOPWORDS.has(word)) continue;
    out.push(stemWord(word));
  }
  return out;
}
