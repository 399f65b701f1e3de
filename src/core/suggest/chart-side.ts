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
  [/^Kidney/i, 'kidneys?|renal|pyel\\w*'], [/^(?:Testis|Testes)\b/i, 'testis|testes|testicles?|testicular|hemiscrotum'],
  [/^Ureter/i, 'ureters?|ureteral'], [/^Ovary/i, 'ovary|ovarian|adnexa|adnexal'], [/^Fallopian Tube/i, 'fallopian tubes?|adnexa|adnexal'],
  [/^Breast/i, 'breasts?|mammary'], [/^Lung\b/i, 'lungs?|pulmonary|(?:upper|middle|lower) lobes?'], [/^Adrenal Gland/i, 'adrenal'],
  [/^Spermatic Cord/i, 'spermatic cord'], [/^Neck Lymphatic/i, 'neck|cervical'], [/^Epididymis/i, 'epididym\\w*'], [/^Parotid Gland/i, 'parotid'],
];

/**
 * The chart's word for another paired organ than a title names, said right after a side ('left renal metastasis'
 * for a lung code): that side is the organ's.
 */
export function namesOtherOrgan(word: string, title: string): boolean {
  const organ = ORGAN_WORDS.find(([, words]) => ORGAN_WORD[words]!.test(word));
  return organ !== undefined && !ORGAN_IN_TITLE.get(organ[0])!.test(title);
}
const ORGAN_WORD: Record<string, RegExp> = Object.fromEntries(ORGAN_WORDS.map(([, words]) => [words, new RegExp(`^(?:${words})$`, 'i')]));
// The title names the organ by its name or by a chart's word ('Renal agenesis').
const ORGAN_IN_TITLE = new Map(ORGAN_WORDS.map(([name, words]) => [name, new RegExp(`\\b(?:${name.source.slice(1)}|${words})\\b`, 'i')]));

/** The one side the chart names the organ a title names on (ORGAN_WORDS, in a PCS or CM title's case). */
function organSideInChart(organ: string, text: string): 'right' | 'left' | undefined {
  const words = ORGAN_WORDS.find(([name]) => name.test(organ))?.[1];
  return words ? oneSideInChart(text, words) : undefined;
}

/**
 * The side the chart gives the paired organ of a PCS title, when the procedure's own words name none: 'Nephrectomy
 * was performed' in a chart of a mass in the left kidney is of the left kidney. Organs not listed have none.
 */
export function chartSideOf(title: string, text: string): 'right' | 'left' | undefined {
  const organ = /\b(?:Right|Left) ([^,]+)/.exec(title)?.[1];
  return organ ? organSideInChart(organ, text) : undefined;
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
    if (ORGAN_WORDS.some(([name]) => name.test(m[1]!))) return organSideInChart(m[1]!, text);
  }
  return undefined;
}
