/** Rules of ICD-9 wording: a pattern and the ICD-10-CM words that replace it. */
export type Rules = readonly (readonly [RegExp, string])[];

/** The text with the first rule that applies applied; undefined when none does. */
export function firstRule(text: string, rules: Rules): string | undefined {
  for (const [rule, words] of rules) if (rule.test(text)) return text.replace(rule, words);
  return undefined;
}

/** The text with every rule applied in turn. */
export function everyRule(text: string, rules: Rules): string {
  for (const [rule, words] of rules) text = text.replace(rule, words);
  return text;
}
