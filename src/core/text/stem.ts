/**
 * A light English inflection stemmer for clinical words: plurals (including Latin and Greek ones),
 * -ing and -ed, -ical. Stems are matching keys, not words: "disease" and "diseases" both give "diseas".
 * Written here because the project adds no stemming dependency; see test/unit/text-stem.test.ts.
 */

/** Latin and Greek plurals, and other forms the suffix rules would get wrong. */
const IRREGULAR: Record<string, string> = {
  emboli: 'embolus', thrombi: 'thrombus', bronchi: 'bronchus', calculi: 'calculus', fungi: 'fungus',
  bacilli: 'bacillus', nevi: 'nevus', naevi: 'nevus', alveoli: 'alveolus', foci: 'focus', glomeruli: 'glomerulus',
  villi: 'villus', nuclei: 'nucleus', stimuli: 'stimulus', uteri: 'uterus', meninges: 'meninx',
  bacteria: 'bacterium', diverticula: 'diverticulum', septa: 'septum', ova: 'ovum', ilia: 'ilium', crura: 'crus',
  varices: 'varix', apices: 'apex', cervices: 'cervix', appendices: 'appendix', cortices: 'cortex', indices: 'index',
  matrices: 'matrix', phalanges: 'phalanx', pharynges: 'pharynx', larynges: 'larynx', ganglia: 'ganglion',
  criteria: 'criterion', carcinomata: 'carcinoma', stomata: 'stoma', feet: 'foot', teeth: 'tooth', men: 'man',
  women: 'woman', children: 'child', mice: 'mouse', lice: 'louse', testes: 'testis', vertebrae: 'vertebra',
  data: 'datum', media: 'media', corpora: 'corpus', viscera: 'viscus', labia: 'labium', omenta: 'omentum',
  // 'Boiling' water or liquid is a heat (X12, 'Scald, liquid (boiling)'), never a boil (furuncle, L02).
  boiling: 'boiling',
  // 'Bitten by dog' (W54.0) and 'Open bite of left hand' (S61.452) are one act: the Index sends 'Bite(s)' to the
  // open wound of the site and the animal to the External Cause Index, so a chart's 'bitten by a dog on the left hand'
  // names both.
  bitten: 'bite',
};

/** Words ending in -s (or -es) that are not plurals. */
const NOT_PLURAL = new Set([
  'diabetes', 'herpes', 'rabies', 'scabies', 'caries', 'series', 'species', 'feces', 'faeces', 'nares', 'pes',
  'menses', 'mumps', 'measles', 'rickets', 'shingles', 'hives', 'aids', 'lens', 'news', 'bends', 'tabes',
  'ascites', 'pubes', 'striaes', 'pyrexes', 'sars', 'mers', 'yes', 'has', 'was', 'does', 'goes', 'this', 'thus',
  'always', 'perhaps', 'towards', 'afterwards', 'whereas', 'sometimes', 'various', 'numerous', 'less', 'unless',
  'cms', 'its', 'plus', 'minus', 'bis', 'chills', 'pancreas', 'gas', 'atlas', 'chaos', 'bias', 'thorax',
]);

const VOWEL = /[aeiouy]/;
const DOUBLE = /([bcdfghjkmnpqrtvwx])\1$/;

function stripPlural(w: string): string {
  if (NOT_PLURAL.has(w)) return w;
  if (w.endsWith("'s")) return w.slice(0, -2);
  if (/(?:is|us|ss)$/.test(w)) return w;
  if (w.endsWith('cocci')) return `${w.slice(0, -1)}us`; // staphylococci, streptococci -> -coccus
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('oses') && w.length > 5) return `${w.slice(0, -4)}osis`; // stenoses -> stenosis
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ae') && w.length > 4) return w.slice(0, -1); // vertebrae, bullae, fistulae
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return DOUBLE.test(w) ? w.slice(0, -1) : w;
}

function stripVerbal(w: string): string {
  if (w.endsWith('ied') && w.length > 5) return `${w.slice(0, -3)}y`;
  if (w.endsWith('eed')) return w; // bleed, need
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length >= 3 && VOWEL.test(base.slice(0, -1))) return undouble(base);
  }
  return w;
}

/** Stem of one normalised word (see `normalizeWord`); words with digits or under four letters are returned as they are. */
export function stemWord(norm: string): string {
  if (norm.length < 4 || /[\d/]/.test(norm)) return norm;
  // Own keys only: a plain object would answer 'constructor' or 'toString' with a function (found by the XSS corpus).
  const irregular = Object.hasOwn(IRREGULAR, norm) ? IRREGULAR[norm] : undefined;
  if (irregular !== undefined) return finalE(irregular);
  let w = stripPlural(norm);
  if (w === norm) w = stripVerbal(norm);
  if (w.endsWith('ically')) w = w.slice(0, -4);
  else if (w.endsWith('ical')) w = w.slice(0, -2); // anatomical -> anatomic
  return finalE(w);
}

/** Porter's final -e rule, so that "fracture", "fractured" and "fractures" meet. */
function finalE(w: string): string {
  return w.length > 4 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}
