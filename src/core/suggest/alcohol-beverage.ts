import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/** 'Toxic effect of unspecified alcohol' (T51.9-), the Table of Drugs' row 'Alcohol' with no kind named. */
const UNSPECIFIED_ALCOHOL = /^T519/;
/**
 * What makes the alcohol the one people drink: 'Alcohol, beverage T51.0X-' and 'Alcohol, ethyl T51.0X-' in the Table
 * of Drugs. A drink, a drinking episode or a beverage named in the sentence ('alcohol poisoning after drinking a bottle
 * of whisky'), or the Spanish-English 'ethylic' (etílico) and 'ethyl'.
 */
const BEVERAGE = /\b(?:drink\w*|drank|drunk\w*|beverages?|beers?|wines?|spirits|liquors?|whiske?y|vodka|rum|gin|brandy|binge\w*|ethyl(?:ic)?|ethanol)\b/i;

/**
 * An alcohol's toxic effect read as the beverage's (ethanol, T51.0X-) where the sentence says it was drunk; the
 * intent and the episode of care are kept ('T51.91XA' -> 'T51.0X1A').
 */
export function withBeverageAlcohol(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  return findings.map((f) => {
    if (!UNSPECIFIED_ALCOHOL.test(f.code) || f.code.length < 7) return f;
    const drunk = f.evidence.some((e) => {
      const sentence = sentenceAt(reading, e.start);
      return sentence !== undefined && BEVERAGE.test(text.slice(sentence.start, sentence.end));
    });
    const code = `T510X${f.code[4]}${f.code[6]}`;
    if (!drunk || view.indexOf(code) === undefined) return f;
    return { ...f, code, notes: [...f.notes, "the alcohol drunk: 'Alcohol, beverage T51.0X-' (Table of Drugs and Chemicals)"] };
  });
}
