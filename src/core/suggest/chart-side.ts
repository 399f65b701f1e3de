/**
 * The one side the chart names a body part on, anywhere in it ('a 5 cm mass in the left kidney'), given the body part's
 * words as a pattern; undefined when the chart names it on no side, or on both.
 */
export function oneSideInChart(text: string, words: string): 'right' | 'left' | undefined {
  const said = new RegExp(`\\b(right|left)\\s+(?:[a-z]+\\s+){0,2}?(?:${words})\\b`, 'gi');
  const sides = new Set([...text.matchAll(said)].map((m) => m[1]!.toLowerCase() as 'right' | 'left'));
  return sides.size === 1 ? [...sides][0] : undefined;
}

/** The chart's words for the paired organs of the PCS titles ('Resection of Right Kidney': kidney, renal). */
const ORGAN_WORDS: [RegExp, string][] = [
  [/^Kidney/, 'kidneys?|renal|pyel\\w*'], [/^(?:Testis|Testes)\b/, 'testis|testes|testicles?|testicular|hemiscrotum'],
  [/^Ureter/, 'ureters?|ureteral'], [/^Ovary/, 'ovary|ovarian|adnexa|adnexal'], [/^Fallopian Tube/, 'fallopian tubes?|adnexa|adnexal'],
  [/^Breast/, 'breasts?|mammary'], [/^Lung\b/, 'lungs?|pulmonary|(?:upper|middle|lower) lobes?'], [/^Adrenal Gland/, 'adrenal'],
  [/^Spermatic Cord/, 'spermatic cord'], [/^Neck Lymphatic/, 'neck|cervical'], [/^Epididymis/, 'epididym\\w*'], [/^Parotid Gland/, 'parotid'],
];

/**
 * The side the chart gives the paired organ of a PCS title, when the procedure's own words name none: 'Nephrectomy
 * was performed' in a chart of a mass in the left kidney is of the left kidney. Organs not listed have none.
 */
export function chartSideOf(title: string, text: string): 'right' | 'left' | undefined {
  const organ = /\b(?:Right|Left) ([^,]+)/.exec(title)?.[1];
  const words = organ && ORGAN_WORDS.find(([name]) => name.test(organ))?.[1];
  return words ? oneSideInChart(text, words) : undefined;
}

/**
 * The neoplasm codes whose organ keeps one side through a chart: primaries, in situ, benign and of uncertain or
 * unspecified behavior. A secondary is not (C77-C79): a metastasis to the kidney or lung is often the other one.
 */
const NEOPLASM = /^(?:C(?!7[7-9])|D[0-4])/;

/**
 * The side the chart gives the paired organ of a neoplasm's code whose title leaves it unspecified, when the tumour's
 * own words name none: the Table of Neoplasms is entered by the site, and 'a tumor in the right testicle' said on
 * presentation is the site of the 'germ cell tumour' the pathology names later (C62.91). A chart naming the organ on
 * both sides leaves it unspecified.
 */
export function chartSideOfNeoplasm(code: string, title: string, text: string): 'right' | 'left' | undefined {
  if (!NEOPLASM.test(code)) return undefined;
  for (const m of title.matchAll(/\bunspecified ([^,]+)/gi)) {
    const words = ORGAN_WORDS.find(([name]) => new RegExp(name.source, 'i').test(m[1]!))?.[1];
    if (words) return oneSideInChart(text, words);
  }
  return undefined;
}
