import type { SearchDoc } from '../search/index-build';
import type { CodeTableView } from '../search/code-table-view';
import { searchTerms } from '../search/terms';
import { coreTerms, withoutOther } from './concept-core';
import { CONCEPT_FORMAT_VERSION, type ConceptList } from './concept-format';

/** Words of external-cause titles that say nothing about a circumstance on their own. */
const GENERIC = new Set(searchTerms('exposure factors accident causes cause activity procedure medical complication patient reaction abnormal later event'));

/**
 * 'Hepatitis A', 'Vitamin A', 'Influenza A': the letter names the kind, but reads as the article 'a' and is dropped
 * with the stop words, which would leave the phrase naming every hepatitis. Such phrases are found by search only.
 */
const LETTER_A = /\b(hepatitis|vitamin|influenza|type|group|factor|hemophilia|class|protein) a\b/i;

const DRUG_COLUMN = /^(Poisoning Accidental \(unintentional\)|Adverse effect): (.+)$/;

/**
 * A Table of Drugs row as charts say it: 'poisoning' (accidental, the intent a coder takes when none is documented)
 * or 'adverse effect', with the substance ('aspirin overdose' -> T39.011A). The other intents and underdosing need
 * words charts seldom write, and are left to search.
 */
function drugPhrase(doc: SearchDoc): SearchDoc | undefined {
  const column = DRUG_COLUMN.exec(doc.text);
  if (!column) return undefined;
  return { ...doc, text: `${column[1]!.startsWith('Poisoning') ? 'poisoning' : 'adverse effect'} ${column[2]}` };
}

const POISONING_CATEGORY = /^T(3[6-9]|[45]\d|6[0-5])/;
const POISONING_WORDS = /\b(poison\w*|advers\w*|underdos\w*|overdos\w*|toxic\w*|intoxicat\w*|effects?)\b/i;

/** The most core words a phrase may have to be a concept: the longest a chart writes in one stretch of words. */
const MAX_TERMS = 10;

/** Phrases of these sources name a code well enough to be found in running text. */
const SOURCE_RANK: Record<string, number> = { a: 0, t: 1, i: 2, x: 3, d: 4, s: 5 };

/**
 * Builds the concept dictionary of a code set: one entry per distinct core, keyed by its rarest term, pointing at
 * the billable code a coder would give the phrase alone (a header's phrase points at its default billable code).
 */
export function buildConcepts(view: CodeTableView, docs: SearchDoc[], core: (phrase: string) => string[] = coreTerms): ConceptList {
  const best = new Map<string, { code: number; rank: number; terms: string[] }>();
  const { phrases, derived } = withDefaults(view, docs);
  for (const found of phrases) {
    // Short titles are abbreviated beyond what charts write; a drug named in a chart is not its poisoning, but a
    // poisoning or an adverse effect said with the drug is (see drugPhrase).
    const doc = found.source === 'd' ? drugPhrase(found) : found;
    if (!doc || doc.source === 's') continue;
    // The same for the Tabular's drugs under a poisoning category ('Cocaine (topical)' at T41.3): the drug named
    // alone is a use or a treatment, not its poisoning or adverse effect, which the titles' own words say.
    if (doc.source !== 't' && doc.source !== 'a' && POISONING_CATEGORY.test(view.table.codes[doc.codeIndex]!) && !POISONING_WORDS.test(doc.text)) continue;
    // Activity, place and status codes (Y92, Y93, Y99) describe circumstances; plain words like 'activity' are not them.
    if (/^Y9[239]/.test(view.table.codes[doc.codeIndex]!)) continue;
    if (LETTER_A.test(doc.text)) continue;
    // 'Fever presenting with conditions classified elsewhere' (R50.81) is coded beside the condition it goes with, by
    // the coder; its words read 'presented with fever and general condition' as it.
    if (/\bpresenting with conditions classified elsewhere\b/i.test(doc.text)) continue;
    // A manifestation's title ('Aneurysm of aorta in diseases classified elsewhere', I79.0) is not read from the words
    // it shares with the ordinary condition: a chart's 'aneurysm of the aorta' is I71.9, and the manifestation code goes
    // with its underlying disease (Guidelines I.A.13), by its inclusion terms, the combination rules or the coder.
    if (/\bin diseases classified elsewhere\b/i.test(doc.text)) continue;
    // A BMI code (Z68) is its value, which the words 'body mass index' do not give; measures.ts reads the number.
    if (/^Z68/.test(view.table.codes[doc.codeIndex]!)) continue;
    // An acronym of the classification ('PRES' for I67.83) read in lower case is an English word or a prefix ('pre');
    // charts' acronyms are read through the curated abbreviation list instead.
    if (doc.source !== 'a' && /^[A-Z][A-Z0-9]{1,5}$/.test(doc.text.trim())) continue;
    const terms = core(doc.text);
    // A fully specified title has up to ten core words: 'Other specified injury of lesser saphenous vein at lower leg
    // level, right leg' (S85.491), 'Laceration of extensor muscle, fascia and tendon of left index finger at wrist and
    // hand level' (S66.321); cut at eight, such a title read as a sibling with fewer words (the unspecified injury).
    if (terms.length === 0 || terms.length > MAX_TERMS) continue;
    // 'Attacks without alteration of consciousness' (G40.1): the clause that chooses among siblings is the whole of
    // what names the epilepsy; without it 'attacks' would read a chart's cough or panic attacks as epilepsy.
    if (terms.length === 1 && /^\s*attacks?\s+without\b/i.test(doc.text)) continue;
    // One word of an index path ('Accident', 'Exposure') says too little alone to be a finding;
    // external causes need the whole circumstance, not one word of it.
    if (terms.length === 1 && doc.source === 'x') continue;
    // 'Arrest' (Z65.3), 'dyes' (Z77.098): one everyday word names a social circumstance or an exposure only in a
    // coder's Index; in a chart it is a cardiac arrest or a contrast dye.
    if (terms.length === 1 && doc.source !== 'a' && /^Z(5[5-9]|6[0-5]|77)/.test(view.table.codes[doc.codeIndex]!)) continue;
    // A word the Tabular List quotes as colloquial ("'growth' NOS" under D49) is, alone in a chart, the growth of a
    // culture or of a child far more often than a neoplasm.
    if (terms.length === 1 && /^'[^']+'/.test(doc.text.trim())) continue;
    // A donor (Z52) in a chart is nearly always someone else ('a kidney from a cadaveric donor'); the encounter for
    // donation is coded from the reason for the visit, not read from words.
    if (/^Z52/.test(view.table.codes[doc.codeIndex]!)) continue;
    // A one-word PCS title ('Isolation', 'Detoxification') is a common English word before it is a procedure.
    if (terms.length === 1 && view.table.system === 'icd10pcs' && doc.source !== 'a') continue;
    if (/^[V-Y]/.test(view.table.codes[doc.codeIndex]!) && doc.source !== 'a' && (terms.length < 2 || terms.every((t) => GENERIC.has(t)))) continue;
    const isHeader = !view.isBillable(doc.codeIndex);
    const target = isHeader ? view.defaultBillable(doc.codeIndex) : doc.codeIndex;
    if (target === undefined) continue;
    const code = diabetesOfUnstatedType(view, target, doc.text);
    const key = [...terms].sort().join(' ');
    const rank = conceptRank(doc, isHeader, code, derived.has(found));
    const previous = best.get(key);
    if (!previous || rank < previous.rank) best.set(key, { code, rank, terms });
  }
  return toArtifact(best);
}

/**
 * Diabetes whose type is not documented is type 2 (Guidelines I.C.4.a.2): each 'Type 2 diabetes mellitus ...' title
 * or inclusion term also names its code without the type, so 'diabetes with hyperglycemia' reads as E11.65, not E13.65.
 */
function withDefaults(view: CodeTableView, docs: SearchDoc[]): { phrases: SearchDoc[]; derived: Set<SearchDoc> } {
  const extra = docs
    .filter((d) => (d.source === 't' || d.source === 'i') && /^Type 2 diabetes mellitus\b/i.test(d.text))
    .map((d) => ({ ...d, text: d.text.replace(/^Type 2 /i, '') }));
  // 'Gout, gouty (acute) (attack) (flare) - see Gout, idiopathic': a gout of a site is the idiopathic gout of it
  // ('gout of left foot' M10.072), the word 'idiopathic' a chart seldom writes.
  const gout = docs.filter((d) => d.source === 't' && /^Idiopathic gout, /i.test(d.text)).map((d) => ({ ...d, text: d.text.replace(/^Idiopathic /i, '') }));
  extra.push(...gout, ...gout.flatMap(eachOfPair));
  const sited = docs.map((d) => (d.source === 'i' ? siteInContext(view, d) : d));
  // A PCS title's 'Chest and Abdomen' is one body part value, the two imaged together: neither alone names it.
  const pairs = view.table.system === 'icd10pcs' ? [] : docs.flatMap(eachOfPair);
  const sideless = view.table.system === 'icd10pcs' ? docs.filter((d) => isBilateralImaging(view, d)).map(withoutBilateral) : [];
  // A title opening with 'other' needs the word (coreTerms); its plain words still name it where no code of their
  // own wording does ('Other acute reaction to foreign substance accidentally left during a procedure').
  const plain = docs.flatMap((d) => {
    const text = d.source === 't' ? withoutOther(d.text) : undefined;
    return text ? [{ ...d, text }] : [];
  });
  const derived = [...pairs, ...plain, ...docs.flatMap(contactOrExposure)];
  return { phrases: [...sited, ...extra, ...derived, ...sideless], derived: new Set(derived) };
}

/**
 * An imaging title of both sides of a paired body part ('Ultrasonography of Bilateral Breasts'): a study the note names
 * without a side ('breast ultrasound') is of both, the body part value the table offers for it. A side named is its own
 * title's more specific match ('ultrasound of the left breast').
 */
function isBilateralImaging(view: CodeTableView, doc: SearchDoc): boolean {
  return doc.source === 't' && view.table.codes[doc.codeIndex]![0] === 'B' && /\bBilateral\b/.test(doc.text);
}

function withoutBilateral(doc: SearchDoc): SearchDoc {
  return { ...doc, text: doc.text.replace(/\bBilateral /, '') };
}

const DIABETES_TYPE_WORDS: Record<string, RegExp> = {
  E08: /\bunderlying|\bdue to\b|\bsecondary\b/i,
  E09: /\bdrug|\bchemical|\binduced\b/i,
  E10: /\btype 1\b|\btype I\b|\bjuvenile\b|\binsulin[- ]dependent\b/i,
  E13: /\bother specified\b|\bsecondary\b|\bpostpancreatectomy\b|\bpostprocedural\b|\bdue to\b/i,
};

/**
 * A phrase of a diabetes code of another type that does not say that type ('Diabetic gastroparesis', an inclusion
 * term under several types) names the type 2 code of the same complication (Guidelines I.C.4.a.2).
 */
function diabetesOfUnstatedType(view: CodeTableView, code: number, text: string): number {
  const raw = view.table.codes[code]!;
  const typeWords = DIABETES_TYPE_WORDS[raw.slice(0, 3)];
  if (!typeWords || typeWords.test(text)) return code;
  return view.indexOf(`E11${raw.slice(3)}`) ?? code;
}

/** Titles that name an injury or a lesion of a site; an inclusion term under them may name only the site. */
const SITE_TITLE = /^(?:\w+ )?(fracture|dislocation|sprain|injury|open wound|contusion|laceration|burn|corrosion|crushing injury|superficial injury|malignant neoplasm|benign neoplasm|carcinoma in situ)\b/i;

/**
 * An inclusion term that names a lesion of its own is read as it stands: 'Hematoma of scalp' (S00.03), 'Traumatic
 * rupture of thoracic aorta' (S25.02), 'Keratocyst of mandible' (D16.5), 'Severe dysplasia of vagina' (D07.2),
 * 'Adhesions of cervix' (N88.1), 'Meningioma NOS' (D32.9) are what a chart writes, without the title's 'contusion',
 * 'laceration' or 'neoplasm'.
 */
const OWN_LESION = /\b(?:hematoma|rupture|avulsion|adhesions?|detachment|dysplasia|adenomatosis|polyposis|polyp|keratocyst\w*|tumou?rs?|\w+omas?|metastatic|carcinomatosis)\b/i;

/**
 * An inclusion term that names only a site ('Larynx' under S12.8 Fracture of other parts of neck) is read with the
 * title's condition ('fracture larynx'): a chart that names the larynx has not named its fracture.
 */
function siteInContext(view: CodeTableView, doc: SearchDoc): SearchDoc {
  const condition = SITE_TITLE.exec(view.table.titles[doc.codeIndex]!)?.[1];
  if (!condition || new RegExp(`\\b${condition}`, 'i').test(doc.text) || OWN_LESION.test(doc.text)) return doc;
  return { ...doc, text: `${condition} ${doc.text}` };
}

/**
 * A title that joins two single words with 'and' names either ('Anuria and oliguria', 'Abdominal and pelvic pain'):
 * each alone reads as the code, as the Index lists each. Not an inclusion term: those hold idioms ('Pins and
 * needles' under R20.2, whose 'needle' alone is a needle aspiration).
 */
function eachOfPair(doc: SearchDoc): SearchDoc[] {
  if (doc.source !== 't') return [];
  const pair = /\b([A-Za-z]+) and ([A-Za-z]+)\b/.exec(doc.text);
  if (!pair || pair[1]!.length < 4 || pair[2]!.length < 4) return [];
  const [whole, first, second] = pair;
  return [first!, second!].map((word) => ({ ...doc, text: doc.text.replace(whole!, word) }));
}

/**
 * 'Contact with and (suspected) exposure to COVID-19' (Z20.822), '... to tuberculosis' (Z20.1): a chart says one of the
 * two ('exposure to COVID-19', 'contact with a tuberculosis patient'), each the Index's own entry (Exposure (to);
 * Contact (with)), and neither is the disease itself (U07.1, A15.9).
 */
function contactOrExposure(doc: SearchDoc): SearchDoc[] {
  if (doc.source !== 't') return [];
  const agent = /^Contact with and \(suspected\) exposure to (.+)$/i.exec(doc.text)?.[1];
  return agent ? [{ ...doc, text: `exposure to ${agent}` }, { ...doc, text: `contact with ${agent}` }] : [];
}

/**
 * Which code a phrase shared by several codes names, lower first: curated and title phrases before inclusion
 * terms; a code's own title before one reached through its header; a code's own wording before one derived from a
 * title (its plain words without an opening 'other', one word of its pair, see eachOfPair): 'Poisoning by selective
 * serotonin reuptake inhibitors' is T43.22-'s title, not the SNRIs' (T43.21-, 'serotonin and norepinephrine', which
 * inhibit both); the "unspecified" code a coder gives when the words say no more before an "other" code; then the
 * earlier code in the official order.
 */
function conceptRank(doc: SearchDoc, isHeader: boolean, code: number, derived: boolean): number {
  const other = /\bother\b/i.test(doc.text) ? 1 : 0;
  const unspecified = /\bunspecified\b|\bNOS\b/i.test(doc.text) ? 0 : 1;
  return (((SOURCE_RANK[doc.source]! * 2 + (isHeader ? 1 : 0)) * 2 + (derived ? 1 : 0)) * 2 + other) * 2e6 + unspecified * 1e6 + code;
}

function toArtifact(best: Map<string, { code: number; terms: string[] }>): ConceptList {
  const frequency = new Map<string, number>();
  for (const { terms } of best.values()) for (const t of terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const artifact: ConceptList = { formatVersion: CONCEPT_FORMAT_VERSION, anchors: [], others: [], codes: [] };
  for (const { code, terms } of best.values()) {
    const sorted = [...terms].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1));
    artifact.anchors.push(sorted[0]!);
    artifact.others.push(sorted.slice(1).join(' '));
    artifact.codes.push(code);
  }
  return artifact;
}
