import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import { searchTerms } from '../search/terms';
import type { RawCode } from '../types';
import type { ChartReading } from './chart-reading';
import { type ChartTerm, chartTerms, type Expand } from './chart-terms';
import { termId } from './term-ids';
import type { ConceptIndex } from './concept-index';
import type { Mention } from './find-mentions';
import { byMorphology, CONNECTIVE, hemangiomaOf, unsited } from './neoplasm-morphology';
import { neckNodes } from './neck-metastases';
import { namesStudy } from './study-site';
import { afterMetastasisOf, EXTENSION, namesPrimary, placedAfter } from './tumour-site-words';

interface Column {
  column: string[];
  sited: RegExp;
  between: RegExp;
  /** Another column whose sites count as well, where this one has none of the words. */
  also?: Column;
  /** A metastasis's column: a site across its primary's morphology is the primary's, unless placed after it. */
  secondary?: boolean;
  /**
   * A component of an invasive carcinoma said in the same sentence ('papillary carcinoma ... with areas associated with
   * carcinoma in situ'): it is the carcinoma's, coded by it, not a neoplasm of its own to be placed.
   */
  component?: boolean;
  /** The code a site's code of the column stands for, where the morphology's own codes are by region (hemangioma). */
  recode?: (site: RawCode) => RawCode;
  /** The benign column, whose site a malignant neoplasm of another morphology may take as well. */
  benign?: boolean;
  /** The column of unspecified behavior, read only where the chart names no neoplasm's behavior. */
  unknownBehavior?: boolean;
  /** Only a site of the mention's own sentence. */
  ownSentence?: boolean;
}
const PRIMARY: Column = { column: searchTerms('malignant neoplasm'), sited: /^C(?:0\d|1\d|2\d|3\d|4[3568]|5\d|6\d|7[0-5]|7A)/, between: /\bmetasta/i };
/**
 * The neoplasm codes of no site a morphology alone gives ('urothelial carcinoma' C80.1, 'metastases' C79.9), each with
 * the words of its column in the Table of Neoplasms and the codes of that column a named site leads to. The primary
 * column leaves out the sites charts name for other reasons than the tumour (skin, bone, soft tissue, ill-defined
 * regions and nodes), which only a morphology or a site named with the tumour itself gives.
 */
const SITELESS: Record<RawCode, Column> = {
  C801: PRIMARY,
  // 'Carcinoma, squamous cell - see also Neoplasm, by site, malignant' (C44.92 is the skin's, see unsited); a site of
  // the body's surface is its skin, in the Table's rows for a squamous cell carcinoma ('scalp' C44.42).
  C4492: { ...PRIMARY, also: { column: searchTerms('malignant neoplasm squamous cell carcinoma'), sited: /^C44\d*2$/, between: /\bmetasta/i } },
  // 'Leiomyosarcoma - see Neoplasm, connective tissue, malignant': the thigh the chart speaks of is C49.2-; a site the
  // list under connective tissue leaves out is the organ's ('fibrosarcoma, pancreas C25.9', the Table's note).
  C499: { ...CONNECTIVE, also: PRIMARY },
  // 'Hemangioma D18.00: intra-abdominal D18.03, intracranial D18.02, skin D18.01, specified site NEC D18.09', read from
  // the organ's row of the Table as the hemangioma's own sentence names it ('vesical hemangioma').
  D1800: { column: PRIMARY.column, sited: /^C(?:[0-6]\d|7[0-6])/, between: /\bmetasta/i, recode: hemangiomaOf, ownSentence: true },
  // 'Carcinoma in situ - see also Neoplasm, in situ, by site' (D00-D09; D09.9 only when no site is named).
  D099: { component: true, column: searchTerms('carcinoma in situ'), sited: /^D0(?:[0-8]|9[0-8])/, between: /\bmetasta/i },
  // 'Tumor - see also Neoplasm, unspecified behavior, by site' (D49.9 only when no site is named): 'a mass adhered to
  // the lower pole of the right kidney ... the tumor' is the kidney's (D49.51-). As for the primary column, the regions
  // and other sites a chart names for other reasons ('abdominal X-ray', D49.89) are left out.
  D499: { unknownBehavior: true, column: searchTerms('neoplasm'), sited: /^D49(?:[0-7]|81)/, between: /\bmetasta/i },
  // 'Adenoma, cystadenoma, fibroma ... - see also Neoplasm, benign, by site' (D36.9 only when no site is named), leaving
  // out, as for the primary column, the skin, connective tissue, bone and ill-defined regions a chart names for other
  // reasons: 'segmental resection of the cecum ... mucinous cystadenoma' is the appendix's or cecum's (D12.-).
  D369: { benign: true, column: searchTerms('benign neoplasm'), sited: /^D(?:1[0-59]|2[2-9]|3[0-5]|36[1-6])/, between: /\bmetasta/i },
  C799: { secondary: true, column: searchTerms('secondary malignant neoplasm'), sited: /^C(?:7[78]|79[0-8])/, between: /\b(?:from|origin\w*|carcinoma|adenocarcinoma|cancer|sarcoma|melanoma|tumou?r|neoplas\w*)\b/i },
};

/**
 * A sentence before the morphology names the tumour's organ when it speaks of a lesion there or of an operation on it
 * ('a mass in the left kidney', 'transurethral resection of the bladder'), not when it names the organ for a test
 * ('renal function was normal').
 */
const LESION = /\b(?:tumou?rs?|mass(?:es)?|lesions?|neoplas\w*|nodules?|nodular|defects?|biops\w*|resect\w*|\w+ectom\w*|polyps?|ulcer\w*|carcinoma|adenocarcinoma|cancer|malignan\w*)\b/i;

const MORPHOLOGY = /^(?:\w*carcinom\w*|cancers?|\w*sarcom\w*|neoplas\w*|tumou?rs?|metasta\w*|malignan\w*|\w*oma|\w*omas)$/i;

/** A verb reporting what a study found ('the examination of the urinary tract revealed a vesicular hemangioma'). */
const REPORTED = /\b(?:revealed|reveals|showed|shows|showing|demonstrated|detected|found|presented|presents)\b/i;

/** The Table's rows of a region rather than an organ: ill-defined sites (C76.-), other specified sites (C79.89, D48.7, D49.89). */
const REGION = /^(?:C76|C7989|D487|D4989)/;

/** How many sentences back a coder looks for the organ the chart is talking about. */
const SENTENCES_BACK = 2;
/** The most words a site takes ('upper lobe of the right lung' reads as four content words). */
const SITE_WORDS = 4;

interface Site {
  code: RawCode;
  start: number;
  end: number;
  /** Content words of the site matched, then their weight: the more specific site wins. */
  words: number;
  weight: number;
}

/**
 * 'Intravenous urography showed a defect in the right renal pelvis ... the tumor is reported as a high grade urothelial
 * carcinoma': a morphology said without a site names the organ the chart is talking about, as a coder reads it
 * (Guidelines I.C.2: the site decides the code; the Index sends a carcinoma NOS to 'Neoplasm, malignant, by site').
 * Each mention of a siteless neoplasm code takes the site named in its own sentence, failing that in the sentences
 * just before it, and is re-coded to that site's code of the same column (C65.1), the site's words joining its
 * evidence; a site named in a negated phrase ('no liver lesions') or already another neoplasm's does not count. When
 * the chart names a primary of a named site anyway, a siteless primary takes only a site of its own sentence
 * ('prostatic hyperplasia ... whose pathological study showed a Gleason 6 adenocarcinoma' beside a leiomyosarcoma);
 * otherwise it folds there (combine.ts). Read per mention, so that each keeps its own context.
 */
export function siteNeoplasms(text: string, reading: ChartReading, view: CodeTableView, concepts: ConceptIndex, expand: Expand, said: Mention[]): Mention[] {
  const mentions = byMorphology(text, view, said, (span, kind) => mostSpecific(sitesIn(text, span, view, concepts, expand, kind))?.code);
  const codeOf = (m: Mention) => view.table.codes[m.codeIndex]!;
  const patients = mentions.filter((m) => m.decision !== 'negated' && m.decision !== 'family');
  const primaries = patients.filter((m) => PRIMARY.sited.test(codeOf(m)));
  const malignant = patients.filter((m) => /^C/.test(codeOf(m)));
  // Every site another neoplasm of known behavior already took: 'cecum tumor ... liver metastases' does not make the
  // tumour the liver's. A tumour of unknown behavior (D37-D49) is the one the pathology goes on to name.
  const taken = patients.filter((m) => !SITELESS[codeOf(m)] && /^(C|D[0-3])/.test(codeOf(m)));
  // A chart says its carcinoma many times in the same few sentences: each sentence's sites are read once per column
  // and the codes it leads to.
  const read = new Map<string, Site[]>();
  const sites: SitesOf = (sentence, kind) => {
    const key = `${sentence.start}:${kind.column.join(' ')}:${kind.sited.source}`;
    let found = read.get(key);
    if (!found) read.set(key, (found = sitesIn(text, sentence, view, concepts, expand, kind)));
    return found;
  };
  // The sites siteless neoplasms of another morphology took before: 'a Gleason 6 adenocarcinoma' of the prostate leaves
  // the prostate to no leiomyosarcoma said after it.
  const claimed: { start: number; end: number; code: RawCode }[] = [];
  const nodesOr = neckNodes(text, view, mentions);
  const behaviorKnown = patients.some((m) => /^(?:C|D[0-3]|D4[0-8])/.test(codeOf(m)));
  return mentions.flatMap((m) => {
    const kind = SITELESS[codeOf(m)];
    if (!kind || m.decision === 'negated') return [{ ...m, codeIndex: nodesOr(m.codeIndex, m) }];
    // A tumour of a chart that names a neoplasm's behavior is that neoplasm, before the pathology (combine.ts folds it).
    if (kind.unknownBehavior && behaviorKnown) return [m];
    if (kind.component && sameSentence(reading, m, malignant)) return [m];
    const back = kind.ownSentence || (kind === PRIMARY && primaries.length > 0) ? 0 : SENTENCES_BACK;
    const site = siteOf(text, reading, sites, kind, m.start, [...taken, ...claimed.filter((c) => c.code !== codeOf(m))], back);
    const sited = site && view.indexOf(kind.recode ? kind.recode(site.code) : site.code);
    if (!site || sited === undefined) return [unsited(text, view, m)];
    const codeIndex = nodesOr(sited, site);
    // A benign reading (often the biopsy's, before the resection's carcinoma) leaves the organ to a malignant one.
    if (!kind.benign) claimed.push({ start: site.start, end: site.end, code: codeOf(m) });
    // The site's words are evidence, not another mention: they add nothing to the score.
    return [{ ...m, codeIndex, weight: Math.max(m.weight, site.weight) }, { ...m, codeIndex, start: site.start, end: site.end, weight: 0 }];
  });
}

function sameSentence(reading: ChartReading, m: Mention, others: readonly Mention[]): boolean {
  const sentence = sentenceAt(reading, m.start);
  return sentence !== undefined && others.some((o) => o.start >= sentence.start && o.start < sentence.end);
}

type SitesOf = (sentence: { start: number; end: number }, kind: Column) => Site[];

function siteOf(
  text: string,
  reading: ChartReading,
  sitesOf: SitesOf,
  kind: Column,
  at: number,
  taken: readonly { start: number; end: number }[],
  sentencesBack: number,
): Site | undefined {
  const k = reading.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (k < 0) return undefined;
  for (let back = 0; back <= sentencesBack && k - back >= 0; back++) {
    const sentence = reading.sentences[k - back]!;
    if (sentence.section !== reading.sentences[k]!.section) break;
    if (back > 0 && !LESION.test(text.slice(sentence.start, sentence.end))) continue;
    // In its own sentence, a site across 'from' or a morphology from a metastasis is the primary ('metastasis of clear
    // cell carcinoma of renal origin'), and one across 'metastases' from a carcinoma is where it spread.
    // A site after the words of its extension is where it reached ('carcinoma that included perivesical fat, prostate');
    // in 'metastasis of prostatic adenocarcinoma in the maxillary sinus' the prostate is the primary's, the sinus the
    // metastasis's.
    const across = (s: Site) => {
      if (back > 0) return false;
      const gap = text.slice(Math.min(s.end, at), Math.max(s.start, at));
      // A tumour placed only by its own sentence is the subject or object of its verb, not of the clause before it.
      if (kind.ownSentence && REPORTED.test(gap)) return true;
      if (s.start < at) return kind.between.test(gap);
      if (EXTENSION.test(gap)) return true;
      if (!kind.secondary) return kind.between.test(gap) || (afterMetastasisOf(text, at) && placedAfter(gap));
      return namesPrimary(text, s) || (kind.between.test(gap) && !placedAfter(gap.split(kind.between).pop()!));
    };
    const own = sitesOf(sentence, kind);
    // Where both columns read the same words, the one that reads more of them ('bladder wall' is the bladder's).
    const other = kind.also ? sitesOf(sentence, kind.also).filter((s) => !own.some((o) => o.start < s.end && s.start < o.end && o.words >= s.words)) : [];
    const first = own.filter((o) => !other.some((s) => o.start < s.end && s.start < o.end));
    const sites = [...first, ...other].filter(
      (s) => reading.contextOf(s.start, s.end).decision !== 'negated' && !taken.some((t) => t.start < s.end && s.start < t.end) && !across(s),
    );
    if (sites.length === 0) continue;
    // In its own sentence the site nearest the morphology; before it, the last one named.
    const distance = (s: Site) => (back === 0 ? Math.min(Math.abs(s.start - at), Math.abs(s.end - at)) : sentence.end - s.end);
    return mostSpecific(sites, distance);
  }
  return undefined;
}

/** The site of the most words, then the nearest, then the lighter (the more general of two readings of one stretch). */
function mostSpecific(sites: Site[], distance: (s: Site) => number = () => 0): Site | undefined {
  return sites.sort((a, b) => b.words - a.words || distance(a) - distance(b) || a.weight - b.weight)[0];
}

/** The sites a sentence names, read as the column's words followed by a few words of the sentence ('malignant neoplasm renal pelvis'). */
function sitesIn(
  text: string,
  sentence: { start: number; end: number },
  view: CodeTableView,
  concepts: ConceptIndex,
  expand: Expand,
  kind: Column,
): Site[] {
  const terms = chartTerms(text.slice(sentence.start, sentence.end), expand, sentence.start);
  const positions = [...new Set(terms.map((t) => t.position))];
  const sites: Site[] = [];
  for (const p of positions) {
    const ahead = terms.filter((t) => t.position >= p && t.position < p + SITE_WORDS);
    const column: ChartTerm[] = kind.column.map((term) => ({ position: p - 1, term, id: termId(term), readings: undefined, start: -1, end: -1 }));
    for (const match of concepts.match([...column, ...ahead])) {
      const raw = view.table.codes[match.codeIndex]!;
      const own = match.positions.filter((q) => q >= p);
      // The column's words and the site's, the first word ahead among them: each site is read once, at its start.
      if (!kind.sited.test(raw) || !match.positions.includes(p - 1) || !own.includes(p)) continue;
      const spans = ahead.filter((t) => own.includes(t.position));
      // The site is named by the organ's words, not by a morphology the words ahead reach ('carcinoma of renal').
      if (spans.some((t) => kind.column.includes(t.term) || MORPHOLOGY.test(text.slice(t.start, t.end)))) continue;
      const end = Math.max(...spans.map((t) => t.end));
      // A region named for the study that looked there ('the chest X-ray showed ... metastases', 'head CT showed a
      // lesion') is where the image was taken, not where the tumour lies: the report's own words place it. An organ's
      // study ('renal ultrasound showed a solid tumor') still places the tumour in the organ.
      if (REGION.test(raw) && namesStudy(text, end)) continue;
      sites.push({ code: raw, start: Math.min(...spans.map((t) => t.start)), end, words: own.length, weight: match.weight });
    }
  }
  return sites;
}
