import { formatCode } from '../codeset/format';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import { clauseOf } from './procedure-context';

/**
 * Pathological fractures by cause and site. ICD-10-CM splits them by what weakened the bone: M84.5- in neoplastic
 * disease, M80.0- in age-related osteoporosis, M84.4- where nothing is said; each then by site, with the 7th
 * character for the episode. Charts write 'pathological fracture' and put the cause and the bone elsewhere in the
 * sentence ('a subtrochanteric pathological fracture', 'a pathological fracture of the humerus due to a lesion
 * typical of metastasis'), so the words matched give only M84.40XA or M80.00XA; this reads the rest of the sentence.
 */

const NEOPLASTIC = /\b(?:metasta\w*|neoplas\w*|tumou?r\w*|malignan\w*|myeloma\w*|carcinoma\w*|lymphoma\w*|sarcoma\w*|cancer\w*|plasmacytoma\w*)\b/i;
const OSTEOPOROTIC = /\bosteoporo\w*/i;
/** Conditions of the bone a chart names as the fracture's cause: bone metastasis, primary bone tumour, myeloma. */
const BONE_NEOPLASM = /^(?:C795|C40|C41|C90)/;

/** Bone words -> the site part of the titles, in the words M84.4-, M84.5- and M80.0- use for it. */
const SITES: [RegExp, RegExp][] = [
  [/\b(?:femur|femoral|(?:sub|inter|per)?trochanteric|hips?)\b/i, /\bunspecified femur\b/],
  [/\b(?:humerus|humeral)\b/i, /\bunspecified humerus\b/],
  [/\b(?:radius|radial|ulna|ulnar|forearm)\b/i, /\bunspecified (?:ulna and radius|forearm)\b/],
  [/\b(?:tibia|tibial|fibula|fibular|lower leg)\b/i, /\bunspecified (?:tibia and fibula|lower leg)\b/],
  [/\b(?:ankle|foot|metatarsal|calcaneus|calcaneal)\b/i, /\bunspecified (?:foot|ankle and foot)\b/],
  [/\b(?:hand|metacarpal)\b/i, /\bunspecified hand\b/],
  [/\b(?:shoulder|clavicle|clavicular|scapula|scapular)\b/i, /\bunspecified shoulder\b/],
  [/\b(?:pelvis|pelvic|acetabul\w*|pubic|pubis|ischial|iliac wing)\b/i, /\b(?:unspecified )?pelvis\b/],
  [/\b(?:vertebra\w*|spine|spinal|lumbar|dorsal|thoracic|cervical|sacrum|sacral|[dtl]\d{1,2})\b/i, /\bvertebra\(e\)|\bother (?:specified )?site\b/],
  [/\b(?:mandib\w*|jaw|maxilla\w*|ribs?|costal|skull|sternum|sternal)\b/i, /\bother (?:specified )?site\b/],
];

/**
 * The pathological fracture code for the cause and bone a finding's sentence documents: M84.4- (or M80.0- for
 * 'osteoporotic') becomes M84.5- when a neoplasm is named there or the chart codes one of bone (Guidelines
 * I.C.13.c: a pathological fracture's code says its cause), and the unspecified site becomes the bone named. The
 * side is left to the side rule that follows.
 */
export function withFractureCause(view: CodeTableView, f: Finding, text: string, boneNeoplasm: boolean) {
  if (!/^M(?:84[45]|800)/.test(f.code) || f.code.length !== 7) return undefined;
  const sentence = f.evidence.map((e) => clauseOf(text, e.start, e.end, 300)).join(' ');
  const neoplastic = f.code.startsWith('M845') || NEOPLASTIC.test(sentence) || (boneNeoplasm && !OSTEOPOROTIC.test(sentence));
  const family = neoplastic ? 'M845' : f.code.startsWith('M800') || OSTEOPOROTIC.test(sentence) ? 'M800' : 'M844';
  const episode = f.code[6]!;
  const title = view.table.titles[view.indexOf(f.code) ?? -1] ?? '';
  // The site part of the title ('right humerus' in 'Pathological fracture, right humerus, initial encounter ...').
  const titleSite = title.split(', ')[1] ?? '';
  const family3 = view.indexOf(family.slice(0, 3));
  const choices = (family3 === undefined ? [] : view.descendants(family3)).filter((k) => {
    const c = view.table.codes[k]!;
    return c.startsWith(family) && c.length === 7 && c[6] === episode;
  });
  const siteOf = (k: number) => view.table.titles[k]!.split(', ')[1] ?? '';
  let code: string | undefined;
  let site: [RegExp, RegExp] | undefined;
  if (titleSite !== 'unspecified site') {
    // Already placed: the same site in the cause's family, or that bone's unspecified side where the families name
    // it otherwise ('right ulna' in M84.4-, 'forearm' in M80.0-).
    const same = choices.find((k) => siteOf(k) === titleSite);
    site = same === undefined ? SITES.find(([words]) => words.test(titleSite)) : undefined;
    if (same !== undefined) code = view.table.codes[same]!;
  } else site = SITES.find(([words]) => words.test(sentence));
  if (site && !code) {
    const match = choices.find((k) => site[1].test(view.table.titles[k]!));
    if (match !== undefined) code = view.table.codes[match]!;
  }
  // No bone named: the cause alone moves the code to its family's unspecified site.
  code ??= family === f.code.slice(0, 4) ? undefined : `${family}0X${episode}`;
  if (!code || code === f.code || view.indexOf(code) === undefined) return undefined;
  const cause = family === 'M845' ? 'in neoplastic disease' : family === 'M800' ? 'in osteoporosis' : '';
  return { code, note: `pathological fracture${cause ? ` ${cause}` : ''}${site ? ', site as documented' : ''} (Guidelines I.C.13.c)` };
}

/** Whether the chart codes a neoplasm of bone (metastasis C79.51, primary C40-C41, myeloma C90) as a current finding. */
export const codesBoneNeoplasm = (findings: Finding[]) => findings.some((f) => f.context === 'affirmed' && BONE_NEOPLASM.test(f.code));

const TRAUMATIC_FRACTURE = /^(?:S[0-9]2|T148)/;
const PATHOLOGICAL_FRACTURE = /^M(?:80|84[4-6])/;
const overlaps = (a: Finding, b: Finding) => a.evidence.some((x) => b.evidence.some((y) => x.start < y.end && y.start < x.end));

/**
 * One fracture read two ways ('pathological subtrochanteric fracture of the right femur' gives S72.21XA from its
 * words as well) is coded as pathological only: a traumatic fracture code is not used for a fracture of bone the
 * disease weakened (Guidelines I.C.13.c, I.C.19.c.1). The dropped code's evidence goes to the one kept.
 */
export function foldTraumaticReading(findings: Finding[]): Finding[] {
  const pathological = findings.filter((f) => PATHOLOGICAL_FRACTURE.test(f.code));
  if (pathological.length === 0) return findings;
  return findings.filter((f) => {
    if (!TRAUMATIC_FRACTURE.test(f.code)) return true;
    const host = pathological.find((p) => overlaps(p, f));
    if (!host) return true;
    host.evidence.push(...f.evidence);
    host.notes.push(`${formatCode('icd10cm', f.code)} not coded: the same fracture is pathological (Guidelines I.C.13.c)`);
    return false;
  });
}
