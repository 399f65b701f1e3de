import { type IndexTerms, tableCells, termPath } from '../codeset/index-terms';
import type { RawCode } from '../types';
import { bonePartPhrases } from './bone-part-phrases';

/** Each column of the Table of Neoplasms, as a chart or a title words it. */
const COLUMN_WORDS: Record<string, string> = {
  'Malignant Primary': 'malignant neoplasm',
  'Malignant Secondary': 'secondary malignant neoplasm',
  'Ca in situ': 'carcinoma in situ',
  Benign: 'benign neoplasm',
  'Uncertain Behavior': 'neoplasm of uncertain behavior',
  'Unspecified Behavior': 'neoplasm',
};
const MAX_VARIANTS = 6;
/**
 * A row of the other parts its parent row does not list ('skin, specified sites NEC' C44.8-, 'ill-defined, specified
 * site NEC' C76.8), nor its rows by morphology: their words are the parent's once the qualifiers are read out, and would
 * name the parent's own code ('skin, specified sites NEC, squamous cell carcinoma' C44.82 read as skin's C44.92).
 */
const OTHER_PARTS = /^specified (?:sites? |part )?(?:NEC)?$/;

/**
 * Phrases from the Table of Neoplasms: each site row and column as words ('malignant neoplasm pancreas head',
 * 'neoplasm bile duct' for unspecified behavior). A row titled with alternatives ('bile or biliary',
 * 'abdomen, abdominal') gives one phrase per alternative, since a chart writes one of them.
 */
export function* neoplasmPhrases(table: IndexTerms): Generator<[RawCode, string]> {
  const rowOf = rowsByPath(table);
  const twinOf = twinRows(table);
  const ambiguous = ambiguousRows(table);
  for (let t = 0; t < table.columns.title.length; t++) {
    const cells = withTwinCells(table, t, withReferredCells(table, t, rowOf), twinOf);
    const nemod = table.columns.nemod[t] ?? '';
    const site = ambiguous.has(t)
      ? [[...nemod.matchAll(/\(([^)]*)\)/g)].map((m) => `${m[1]} ${table.columns.title[t]}`).join(', ')]
      : [...termPath(table, t).slice(1), ...essentialModifier(nemod)];
    if (cells.length === 0 || site.length === 0 || termPath(table, t).some((title) => OTHER_PARTS.test(title))) continue;
    const columns = cells.flatMap(({ heading, code }) => (Object.hasOwn(COLUMN_WORDS, heading) ? [{ code, words: COLUMN_WORDS[heading]! }] : []));
    for (const variant of siteVariants(site)) for (const { code, words } of columns) yield [code, `${words} ${variant}`];
    yield* bonePartPhrases(termPath(table, t), columns);
  }
}

/**
 * A row's cells, and for the columns it leaves blank those of the row its cross-reference names: 'colon (see also
 * Neoplasm, intestine, large)' gives C18.9 and C78.5 itself, and the large intestine's D12.6 and D49.0 for the
 * others; 'bowel - see Neoplasm, intestine' has no cells of its own.
 */
function withReferredCells(table: IndexTerms, t: number, rowOf: (path: string) => number | undefined): { heading: string; code: RawCode }[] {
  const own = boneCells(table, t);
  const reference = table.columns.see[t] || table.columns.seeAlso[t];
  const referred = reference ? rowOf(reference) : undefined;
  if (referred === undefined) return own;
  const headings = new Set(own.map((c) => c.heading));
  return [...own, ...tableCells(table, referred).filter((c) => !headings.has(c.heading))];
}

/**
 * A row's blank columns filled from the row of the same title and the same primary code elsewhere in the Table: the
 * top-level 'femur (any part)' gives only C40.2- and D16.2-, while 'bone, femur' gives its secondary C79.51 as well,
 * and a chart's 'metastasis in the femur' names the bone without saying 'bone'.
 */
function withTwinCells(table: IndexTerms, t: number, own: { heading: string; code: RawCode }[], twinOf: (t: number) => number[]): { heading: string; code: RawCode }[] {
  const headings = new Set(own.map((c) => c.heading));
  const borrowed = twinOf(t).flatMap((o) => boneCells(table, o).filter((c) => !headings.has(c.heading)));
  return [...own, ...borrowed.filter((c, k) => borrowed.findIndex((d) => d.heading === c.heading) === k)];
}

/** The columns of a bone's own neoplasms that the codes of 'bone' cover for every bone (D48.0, D49.2). */
const WHOLE_BONE_COLUMNS = new Set(['Uncertain Behavior', 'Unspecified Behavior']);

/**
 * A row's cells, and for a row under 'bone' that leaves the uncertain and unspecified behavior blank, those of 'bone':
 * D48.0 and D49.2 are of bone and articular cartilage, any bone, and 'tumor of the femur' is D49.2, not D49.9.
 */
function boneCells(table: IndexTerms, t: number): { heading: string; code: RawCode }[] {
  const own = tableCells(table, t);
  const { parent, title } = table.columns;
  const bone = parent[t]! >= 0 && title[parent[t]!] === 'bone' && parent[parent[t]!] === 0 ? parent[t]! : undefined;
  if (bone === undefined) return own;
  const headings = new Set(own.map((c) => c.heading));
  return [...own, ...tableCells(table, bone).filter((c) => WHOLE_BONE_COLUMNS.has(c.heading) && !headings.has(c.heading))];
}

function twinRows(table: IndexTerms): (t: number) => number[] {
  const { title, nemod } = table.columns;
  const primary = (t: number) => tableCells(table, t).find((c) => c.heading === 'Malignant Primary')?.code;
  const key = (t: number) => `${title[t]} ${nemod[t] ?? ''}|${primary(t) ?? ''}`;
  const rows = new Map<string, number[]>();
  for (let t = 0; t < title.length; t++) if (primary(t)) rows.set(key(t), [...(rows.get(key(t)) ?? []), t]);
  return (t) => (primary(t) ? (rows.get(key(t)) ?? []).filter((o) => o !== t) : []);
}

/**
 * Rows whose one-word title names, alone, another organ the Table lists under a longer title: 'cord (true) (vocal)' is
 * the vocal cord (C32.0), yet 'spermatic cord' (C63.1-) is a row of its own, and a chart's 'tumor in the cord' beside a
 * testicle is that one. Such a row is read with its modifier ('vocal cord', 'true cord').
 */
function ambiguousRows(table: IndexTerms): Set<number> {
  const { title, parent, nemod } = table.columns;
  const top = [...title.keys()].filter((t) => parent[t] === 0);
  const category = (t: number) => tableCells(table, t)[0]?.code.slice(0, 3);
  return new Set(
    top.filter((t) => {
      if (!/^\w+$/.test(title[t]!) || !/\(/.test(nemod[t] ?? '')) return false;
      return top.some((o) => o !== t && title[o]!.endsWith(` ${title[t]}`) && category(o) !== undefined && category(o) !== category(t));
    }),
  );
}

/** The row a cross-reference names ('Neoplasm, intestine, large'), each segment one of a row title's alternatives. */
function rowsByPath(table: IndexTerms): (path: string) => number | undefined {
  const { title, parent } = table.columns;
  const children = new Map<number, number[]>();
  for (let t = 0; t < title.length; t++) children.set(parent[t]!, [...(children.get(parent[t]!) ?? []), t]);
  const options = (t: number) => title[t]!.replace(/\([^)]*\)/g, ' ').split(/,\s*|\s+or\s+/).map((o) => o.trim().toLowerCase());
  return (path) => {
    let row: number | undefined = children.get(-1)?.[0];
    for (const segment of path.split(/,\s*/).slice(1)) {
      if (row === undefined) return undefined;
      row = children.get(row)?.find((c) => options(c).includes(segment.trim().toLowerCase()));
    }
    return row;
  };
}

function siteVariants(site: string[]): string[] {
  let variants = [''];
  for (const [k, segment] of site.entries()) {
    const options = segment.replace(/\([^)]*\)/g, ' ').split(/\s+or\s+/).flatMap(commaOptions);
    // The Table's 'lymph, gland' is what charts call a lymph node ('metastatic axillary lymph nodes', C77.3).
    if (segment === 'gland' && site[k - 1]?.startsWith('lymph')) options.push('node');
    variants = variants.flatMap((v) => options.map((o) => `${v} ${o}`.trim())).slice(0, MAX_VARIANTS);
  }
  return variants;
}

/**
 * A title's comma joins two spellings of one site ('abdomen, abdominal', 'nose, nasal') or puts a qualifier after its
 * noun ('utricle, prostatic', 'stem, brain', 'follicle, nabothian'): read alone, 'prostatic' would name the prostatic
 * utricle (C68.0) and 'brain' its stem. Two words of one root are spellings; otherwise the qualifier goes first.
 */
function commaOptions(part: string): string[] {
  const words = part.split(/,\s*/).map((o) => o.trim()).filter(Boolean);
  if (words.length !== 2 || words[0]!.slice(0, 2).toLowerCase() === words[1]!.slice(0, 2).toLowerCase()) return words;
  return [`${words[1]} ${words[0]}`];
}

/**
 * The words a row's modifier holds outside its parentheses are part of the site: 'cystic (bile) duct (common)' is the
 * cystic duct (C24.0), not whatever a chart calls cystic ('multilocular cystic' renal carcinoma).
 */
function essentialModifier(nemod: string | undefined): string[] {
  const words = (nemod ?? '').replace(/\([^)]*\)/g, ' ').trim();
  return words && words.split(/\s+/).length <= 3 ? [words] : [];
}
