/**
 * How surgeons name procedures, rewritten to the words of ICD-10-PCS titles: 'laparoscopic appendectomy' ->
 * 'percutaneous endoscopic resection appendix'. PCS titles name the root operation, body part and approach.
 */
const APPROACHES: [RegExp, string][] = [
  [/^(laparoscopic|laparoscopically|arthroscopic|thoracoscopic|endoscopic|lap)$/, 'percutaneous endoscopic'],
  [/^(transurethral|colonoscopic|gastroscopic|cystoscopic|bronchoscopic|hysteroscopic)$/, 'via natural or artificial opening endoscopic'],
  [/^(percutaneous|needle)$/, 'percutaneous'],
  [/^(open)$/, 'open'],
];

/** Body-part roots of procedure words ('append' in appendectomy) and the PCS body part name. */
const ORGANS: [string, string][] = [
  ['append', 'appendix'], ['cholecyst', 'gallbladder'], ['nephr', 'kidney'], ['hyster', 'uterus'], ['splen', 'spleen'],
  ['gastr', 'stomach'], ['colect', 'colon'], ['col', 'colon'], ['thyroid', 'thyroid gland'], ['mast', 'breast'],
  ['prostat', 'prostate'], ['pancreat', 'pancreas'], ['adrenal', 'adrenal gland'], ['oophor', 'ovary'],
  ['salping', 'fallopian tube'], ['tonsill', 'tonsils'], ['adenoid', 'adenoids'], ['lobect', 'lung lobe'],
  ['pneumon', 'lung'], ['cyst', 'bladder'], ['orchi', 'testis'], ['lamin', 'vertebra'], ['mening', 'meninges'],
  ['crani', 'skull'], ['arthr', 'joint'], ['ureter', 'ureter'], ['urethr', 'urethra'], ['trache', 'trachea'],
  ['esophag', 'esophagus'], ['duoden', 'duodenum'], ['ile', 'ileum'], ['jejun', 'jejunum'], ['hepat', 'liver'],
  ['angi', 'vessel'], ['phleb', 'vein'], ['ven', 'vein'], ['cardi', 'heart'], ['pericardi', 'pericardium'],
  ['vasect', 'vas deferens'], ['thoracent', 'pleural cavity'], ['paracent', 'peritoneal cavity'],
];

/** Root operation by suffix: the operation the surgeon's word names. */
const OPERATIONS: [RegExp, string][] = [
  [/ectomy$/, 'resection'], [/otomy$/, 'drainage'], [/ostomy$/, 'bypass'], [/plasty$/, 'repair'],
  [/pexy$/, 'reposition'], [/rrhaphy$/, 'repair'], [/scopy$/, 'inspection'], [/centesis$/, 'drainage'],
  [/biopsy$/, 'excision diagnostic'], [/lysis$/, 'release'], [/graphy$/, 'imaging'],
];

/** Rewrites one normalised word; returns it unchanged when it is no procedure word. */
export function procedureWords(word: string): string {
  for (const [pattern, words] of APPROACHES) if (pattern.test(word)) return `${word} ${words}`;
  const operation = OPERATIONS.find(([pattern]) => pattern.test(word));
  if (!operation) return word;
  const organ = ORGANS.find(([root]) => word.startsWith(root));
  return `${word} ${operation[1]}${organ ? ` ${organ[1]}` : ''}`;
}
