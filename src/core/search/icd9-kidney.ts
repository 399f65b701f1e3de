/**
 * ICD-9 glomerular disease (580-583) in ICD-10-CM's words: ICD-9's acute and chronic glomerulonephritis and its
 * nephritis and nephropathy not specified as acute or chronic are ICD-10-CM's acute, chronic and unspecified
 * nephritic syndrome (N00, N03, N05); the 'pathological lesion in kidney' of their fourth digits is ICD-10-CM's
 * 'morphologic changes'. A glomerulonephritis in diseases classified elsewhere keeps its words (N08).
 */
import { everyRule, type Rules } from './icd9-rules';

const GLOMERULAR = /\b(glomerulonephritis|nephritis and nephropathy)\b/i;
const GLOMERULAR_WORDS: Rules = [
  [/\bwith unspecified pathological lesion in kidney\b/gi, 'with unspecified morphologic changes'],
  [/\bwith other specified pathological lesion in kidney\b/gi, 'with other morphologic changes'],
  [/\b(acute|chronic) glomerulonephritis\b(?! in diseases)/gi, '$1 nephritic syndrome'],
  [/\bnephritis and nephropathy, not specified as acute or chronic\b/gi, 'unspecified nephritic syndrome'],
];

/** Glomerular disease in ICD-10-CM words; other text unchanged. */
export function kidneyWording(text: string): string {
  return GLOMERULAR.test(text) ? everyRule(text, GLOMERULAR_WORDS) : text;
}
