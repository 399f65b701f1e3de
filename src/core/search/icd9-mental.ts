/** ICD-9 wording of mental disorders in ICD-10-CM's: substance use, schizophrenia, affective disorders. */
import { OBSTETRIC } from './icd9-obstetric';
import { everyRule, type Rules } from './icd9-rules';

/**
 * Substance dependence: ICD-9 classified its course (continuous, episodic, unspecified) in a fifth digit that
 * ICD-10-CM does not have (remission it keeps).
 */
const DEPENDENCE = /\b(dependence|depend|dep|abuse|ab)\b/i;
const COURSE = /(,\s*|\s*-\s*)(continuous|contin|episodic|episod|unspecified|unspec|unsp)\s*$/i;

/**
 * Schizophrenia: ICD-9's fifth digit gave its course (subchronic, chronic, with acute exacerbation, in remission),
 * which ICD-10-CM does not classify.
 */
const SCHIZOPHRENIA = /\bschizo\w*/i;
const SCHIZOPHRENIA_COURSE =
  /(,\s*|\s*-\s*|\s+)(subchronic|chronic|subchr|subch|chr|acute|in remission|remission|remiss|unspecified|unspec|unsp)(\s*(with|w|\/)\s*(acute\s+)?(exacerbation|exacerb|exacer|exac))?\s*$/i;

/**
 * ICD-9 affective disorders (296.x) in ICD-10-CM's words: 'most recent episode (or current)' is the current
 * episode, psychotic 'behavior' psychotic features; short titles' 'cur', 'dep', 'w psy', '-mod', '-sev'.
 */
const AFFECTIVE = /\b(bipol\w*|manic|manc|depress\w*|depr|depres|affective)\b/i;
/** Dependence or abuse said in full: 'dep' alone, beside a bipolar disorder, is its depressed episode. */
const USE_NAMED_FULLY = /\b(dependence|depend|abuse)\b/i;
const AFFECTIVE_WORDS: Rules = [
  [/\bmost recent episode \(or current\)/gi, 'current episode'],
  [/,?\s*specified as with psychotic behavior\b/gi, ' with psychotic features'],
  [/,?\s*without mention of psychotic behavior\b/gi, ' without psychotic features'],
  [/\b(cur|currnt|current)\b(?! episode)/gi, 'current episode'],
  [/\b(dep|depres|depress)\b/gi, 'depressed'],
  [/\b(w|with) (psy|psych|psychos)\b/gi, 'with psychotic features'],
  [/\s*-\s*mod\s*$/i, ' moderate'],
  [/\s*-\s*sev\b/i, ' severe'],
];

/**
 * ICD-9 'drug' dependence, withdrawal and drug-induced mental disorders (304.x, 292.x) are ICD-10-CM's 'other
 * psychoactive substance' (F19); 'combinations of ... drug dependence' too. A drug-induced condition of the body
 * (pancytopenia, headache) keeps its words.
 */
const DRUG_MENTAL = /\b(depend\w*|dep|abuse|withdrawal|intox\w*|amnestic|amnestc|mood|psychotic|psychos\w*|delirium|dementia)\b/i;
const USE_NAMED = /\b(depend\w*|dep|abuse)\b/i;
const DRUG_WORDS: Rules = [
  [/^\s*unspecified\s+(?=drug)/i, ''],
  [/\bcombinations of opioid type drug with any other drug (?=dependence)/gi, 'drug '],
  [/\bcombinations of drug dependence excluding opioid type drug\b/gi, 'drug dependence'],
  [/\bcomb drug\b/gi, 'drug'],
  [/\bdrug[- ]induced\b/gi, 'drug psychoactive substance-induced'],
];

/**
 * ICD-9's physiological malfunction arising from mental factors (306: musculoskeletal, gastrointestinal,
 * genitourinary ...) is ICD-10-CM's somatoform autonomic dysfunction, an inclusion term of F45.8 Other somatoform
 * disorders; the organ system named would only find its own diseases. ICD-9's hyperkinetic syndrome of childhood
 * (314) is ICD-10-CM's attention-deficit hyperactivity disorder (F90; Index: Hyperkinesia, see Disorder,
 * attention-deficit hyperactivity).
 */
const MENTAL_RENAMED: Rules = [
  [/^[\w\s]*?\bmalfunction arising from mental factors\b|^psychogenic [\w\s]*?\bmalfunction\b/i, 'somatoform autonomic dysfunction'],
  // The short titles of 306: 'Psychogen musculskel dis', 'Psychogenic GI disease', 'Psychogenic gu dis NOS'.
  [/^\s*(psychogenic|psychogen) (musculskel|gi|gu|resp|respiratory|cardiovasc|cardiovascular|skin|endocrine|organ)\w* (dis|disease)\b/i, 'somatoform autonomic dysfunction'],
  // The Index: Dysuria, Pruritus, Cough, Torticollis ... psychogenic F45.8; Vomiting, psychogenic F50.89.
  [/\bpsychogenic (dysuria|pruritus|cough|dysmenorrhea|torticollis|aerophagy|hiccough|hiccup)\b/gi, 'somatoform autonomic dysfunction'],
  [/\bpsychogenic vomiting\b/gi, 'other specified eating disorder'],
  [/\b(hyperkinetic syndrome( of childhood)?|hyperkinesis)\b/gi, 'attention-deficit hyperactivity disorder'],
];

/** Substance use, schizophrenia and affective disorders in ICD-10-CM words. */
export function mentalWording(query: string): string {
  let text = everyRule(query, MENTAL_RENAMED);
  if (DEPENDENCE.test(text) && !OBSTETRIC.test(text)) text = text.replace(COURSE, '');
  if (SCHIZOPHRENIA.test(text)) text = text.replace(SCHIZOPHRENIA_COURSE, '');
  if (AFFECTIVE.test(text) && !USE_NAMED_FULLY.test(text)) text = everyRule(text, AFFECTIVE_WORDS);
  if (DRUG_MENTAL.test(text) && /\bdrugs?\b/i.test(text)) {
    text = everyRule(text, DRUG_WORDS);
    // Without abuse or dependence documented, a drug's mental effect is the 'use' code (F19.9-).
    text = text.replace(/\bdrugs?\b/gi, USE_NAMED.test(text) ? 'other psychoactive substance' : 'other psychoactive substance use');
  }
  return text;
}
