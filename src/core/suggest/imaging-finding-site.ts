import type { CodeTableView } from '../search/code-table-view';
import type { ChartReading } from './chart-reading';
import type { Mention } from './find-mentions';
import { MODALITY, modalityOf, studyMention } from './imaging-paired';
import { REPORTED } from './imaging-spread';

/**
 * Organs a report names, with the body part of the Imaging titles ('Computerized Tomography (CT Scan) of Mandible'); a
 * paired one takes its side from the words before it ('the right kidney') or its plural, and without either is left.
 * Where the study's kinds title the organ otherwise, the names are given in turn ('Prostate and Seminal Vesicles/Prostate').
 */
const ORGANS: [RegExp, string, paired?: true][] = [
  [/^(?:kidneys?|renal)$/i, 'Kidney', true], [/^(?:liver|hepatic)$/i, 'Liver'], [/^(?:pancreas|pancreatic)$/i, 'Pancreas'],
  [/^(?:spleen|splenic)$/i, 'Spleen'], [/^(?:mandible|mandibular|jaw|jawbone|hemimandible)$/i, 'Mandible'],
  [/^(?:bladder|vesical)$/i, 'Bladder'], [/^(?:brain|cerebral)$/i, 'Brain'], [/^gallbladder$/i, 'Gallbladder'],
  // The scrotal ultrasound looks at the testes, the epididymides and the sacs around them: a hydrocele or varicocele
  // it finds is in the scrotum. The translations print the Spanish 'teste' as 'test', read so only with its side
  // ('the left test was enlarged').
  [/^(?:testicles?|testis|testes|testicular|(?:intra|extra|para)testicular|epididym\w*|hydroceles?|varicoceles?|spermatoceles?|tests?|scrotum|scrotal|hemiscrotum)$/i, 'Scrotum'],
  [/^thyroid$/i, 'Thyroid Gland'], [/^(?:adrenals?)$/i, 'Adrenal Gland', true],
  // The sinuses by name or by their inflammation; the maxilla is a facial bone ('a right maxillary tumor', BN25); the
  // parotid's studies are of both glands (B926, B936).
  [/^(?:(?:maxillary|frontal|ethmoid(?:al)?|sphenoid(?:al)?|paranasal) sinus(?:es)?|(?:pan)?sinusitis)$/i, 'Paranasal Sinuses'],
  [/^(?:maxillae?|maxillary)$/i, 'Facial Bones'], [/^parotid$/i, 'Bilateral Parotid Glands'],
  // A goiter is the thyroid's; the abdomen named as the space a finding fills ('a large cystic mass ... occupying
  // almost the entire abdomen', 'free fluid and pneumoperitoneum') is the abdomen's study.
  [/^(?:prostate|prostatic)$/i, 'Prostate and Seminal Vesicles/Prostate'], [/^(?:uterus|uterine)$/i, 'Uterus'],
  [/^(?:retroperitoneum|retroperitoneal)$/i, 'Retroperitoneum'], [/^goiters?$/i, 'Thyroid Gland'], [/^(?:abdomen|abdominal cavity|peritoneal cavity|pneumoperitoneum|ascites)$/i, 'Abdomen'],
  // Parts of the brain and the spaces inside the skull a head study's report names ('a right cerebellar hemorrhage',
  // 'a microinfarction in the deep white matter', 'a subdural collection'): the study looked at the brain.
  [/^(?:brainstem|cerebell\w*|white matter|(?:frontal|parietal|temporal|occipital) lobes?|(?:lateral|third|fourth) ventricles?|periventricular|intracranial|subdural|subarachnoid)$/i, 'Brain'],
];
/** The words of ORGANS as a report says them; a 'test' is the testis only with its side said ('right test', not 'a positive test'). */
const ORGAN = /\b(?:(right|left|both|bilateral)\s+(?:[\w-]+\s+)?)?((?:maxillary|frontal|ethmoid(?:al)?|sphenoid(?:al)?|paranasal) sinus(?:es)?|(?:pan)?sinusitis|maxillae?|maxillary|parotid|prostate|prostatic|uterus|uterine|retroperitoneum|retroperitoneal|goiters?|abdomen|abdominal cavity|peritoneal cavity|pneumoperitoneum|ascites|kidneys?|renal|liver|hepatic|pancreas|pancreatic|spleen|splenic|mandible|mandibular|jaw|jawbone|hemimandible|bladder|vesical|brain|cerebral|brainstem|cerebell\w*|white matter|(?:frontal|parietal|temporal|occipital) lobes?|(?:lateral|third|fourth) ventricles?|periventricular|intracranial|subdural|subarachnoid|gallbladder|testicles?|testis|testes|(?:intra|extra|para)?testicular|epididym\w*|hydroceles?|varicoceles?|spermatoceles?|(?<=\b(?:right|left) )tests?|scrotum|scrotal|hemiscrotum|thyroid|adrenals?)\b/i;

/** A study's words, its abbreviation in brackets kept with it: 'Computed tomography (CT)'. */
const STUDY = new RegExp(`\\b(${MODALITY})\\b(?:\\s*\\([^)]{1,40}\\))?`, 'gi');
/** Its report following in its clause: 'showed', 'was requested, showing'; no other study said before it. */
// Also a report's wording: 'Doppler ultrasonography was requested, which was reported as a large left hydrocele',
// 'a computed tomography was requested, which reported the presence of free fluid, pneumoperitoneum', 'Computed
// tomography (CT) was performed, demonstrating ...',
// 'Ultrasound was performed and informed as ...', 'an ultrasound was performed, with the result of a bilateral hydrocele'.
const REPORT_AFTER = new RegExp(`^[^.;:]{0,40}?(?:${REPORTED.source}|\\breported(?: as)?\\b|\\binformed as\\b|\\bdemonstrating\\b|\\bwith the result of\\b)`, 'i');
/** What ends the report of one study: the next study ('... and the image was confirmed by bilateral adrenal gammagraphy'). */
const NEXT_STUDY = new RegExp(`\\b(?:${MODALITY}|scintigraph\\w*|gammagraph\\w*|pet|angiograph\\w*|urograph\\w*)\\b`, 'i');
/** A study of the fetus or the pregnancy, whose organs are the fetus's: 'the prenatal ultrasound ... dysplastic right kidney'. */
const OF_FETUS = /\b(?:prenatal|antenatal|fetal|foetal|obstetric\w*|gestational)\s+$/i;

/** A region said right before the study names what it looked at ('a cervical magnetic resonance ... at the parotid level'). */
const OWN_REGION = /\b(?:chest|thorax|thoracic|abdominal|abdomen|pelvic|pelvis|cervical|neck|cranial|skull|head|lumbar|dorsal|spinal)\s+$/i;

/** The Imaging codes of one body part by the study's kind: `${type}|${part}` (with its side, 'Right Kidney') to its code. */
function partCodes(view: CodeTableView): Map<string, number> {
  const known = cache.get(view);
  if (known) return known;
  const byPart = new Map<string, number>();
  view.table.codes.forEach((code, i) => {
    if (code[0] !== 'B' || !code.endsWith('ZZZ')) return;
    const m = /^(?:Plain Radiography|Fluoroscopy|Computerized Tomography \(CT Scan\)|Magnetic Resonance Imaging \(MRI\)|Ultrasonography) of (.+)$/.exec(view.table.titles[i]!);
    if (m && !byPart.has(`${code[2]}|${m[1]}`)) byPart.set(`${code[2]}|${m[1]}`, i);
  });
  cache.set(view, byPart);
  return byPart;
}
const cache = new WeakMap<CodeTableView, Map<string, number>>();

/** The title's body part for an organ said with its side: 'Right Kidney', 'Bilateral Kidneys'; undefined when no side is said. */
function titlePart(organ: [RegExp, string, true?], side: string | undefined, word: string): string | undefined {
  const [, part, paired] = organ;
  if (!paired) return part;
  const both = side === 'both' || side === 'bilateral' || /s$/i.test(word);
  if (both) return `Bilateral ${part}s`;
  return side ? `${side[0]!.toUpperCase()}${side.slice(1).toLowerCase()} ${part}` : undefined;
}

/**
 * A study the note names by its kind alone ('Computed tomography showed a mixed expansive lesion in the body of the
 * right jawbone'), no region said with it, is of the organ its report names first: the body part looked at (CT of the
 * mandible, BN26). Only where the words found no study there already, and the table has that study of that organ.
 */
export function findingSiteMentions(text: string, reading: ChartReading, view: CodeTableView, matched: readonly Mention[]): Mention[] {
  const codes = partCodes(view);
  const found: Mention[] = [];
  for (const m of text.matchAll(STUDY)) {
    const type = modalityOf(m[1]!);
    const start = m.index!;
    const studyEnd = start + m[1]!.length;
    if (!type || OF_FETUS.test(text.slice(Math.max(0, start - 20), start)) || OWN_REGION.test(text.slice(Math.max(0, start - 20), start))) continue;
    if (matched.some((o) => view.table.codes[o.codeIndex]![0] === 'B' && o.start < studyEnd && start < o.end)) continue;
    const reported = REPORT_AFTER.exec(text.slice(start + m[0].length, start + m[0].length + 60));
    if (!reported || NEXT_STUDY.test(reported[0])) continue;
    const sentence = reading.sentences.find((s) => s.start <= start && start < s.end);
    const from = start + m[0].length + reported[0].length;
    const rest = text.slice(from, Math.min(sentence?.end ?? from, from + 160));
    const next = NEXT_STUDY.exec(rest);
    // The next study's clause starts at the last comma or 'and' before it ('..., and the image was confirmed by bilateral
    // adrenal gammagraphy').
    const before = next ? rest.slice(0, next.index) : rest;
    const report = next ? before.slice(0, Math.max(0, before.lastIndexOf(','), before.lastIndexOf(' and '))) : rest;
    const said = ORGAN.exec(report);
    const organ = said && ORGANS.find(([words]) => words.test(said[2]!));
    const part = organ && titlePart(organ, said[1], said[2]!);
    const codeIndex = part?.split('/').map((name) => codes.get(`${type}|${name}`)).find((i) => i !== undefined);
    if (codeIndex === undefined) continue;
    found.push(studyMention(reading, codeIndex, start, from + said!.index + said![0].length, 8));
  }
  return found;
}
