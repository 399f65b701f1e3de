/** ICD-9 wording of joint conditions in ICD-10-CM's: the joint of a limb region, localized osteoarthrosis. */
import { everyRule, firstRule, type Rules } from './icd9-rules';

/** Conditions of joints: ICD-9 names their site by limb region, ICD-10-CM by the joint. */
const JOINT_CONDITION = /\b(joints?|jts?|\w*arthr\w*|osteoart\w*|cryst\w*|chondrocalc\w*|ankylosis|effusion|synov\w*|kaschin)\b/i;

/**
 * ICD-9 site fifth digits of the musculoskeletal chapter, at the end of a title (', forearm') or short title
 * ('-forearm'), and the joint ICD-10-CM names for each: the upper arm region holds the elbow, the forearm the
 * wrist, the pelvic region and thigh the hip, the lower leg the knee; other specified sites are the head, neck,
 * trunk and spine, which ICD-10-CM codes as vertebrae or other site.
 */
const JOINT_SITES: Rules = [
  [/(,\s*|\s*-\s*)(shoulder region|shlder|shoulder)\s*$/i, ' shoulder'],
  [/(,\s*|\s*-\s*)(upper arm|up\/arm)\s*$/i, ' elbow'],
  [/(,\s*|\s*-\s*)forearm\s*$/i, ' wrist'],
  [/(,\s*|\s*-\s*)(pelvic region and thigh|pelvis)\s*$/i, ' hip'],
  [/(,\s*|\s*-\s*)(lower leg|l\/leg)\s*$/i, ' knee'],
  [/(,\s*|\s*-\s*)(ankle and foot|ankle)\s*$/i, ' ankle and foot'],
  [/(,\s*|\s*-\s*)(other specified sites|oth site|site nec)\s*$/i, ' other site vertebrae'],
  [/(,\s*|\s*-\s*)(involving multiple sites|multiple sites|mult jts|mult)\s*$/i, ' multiple sites'],
  [/(,\s*|\s*-\s*)(site unspecified|site unspec|unspec site|unspec|unsp)\s*$/i, ' unspecified site'],
];

/**
 * 'Loc' of ICD-9 osteoarthrosis short titles is localized, not loss of consciousness ('Loc osteoarth NOS-hand');
 * ICD-10-CM names the joint instead (localized is all but generalized, M15), so the word is dropped.
 */
const OSTEOARTHRITIS = /\bosteoart\w*/i;
const OSTEOARTHRITIS_KIND: Rules = [
  [/\bosteoart\w*/gi, 'osteoarthritis'],
  [/,?\s*\blocalized\b,?/gi, ''],
  [/\bnot specified whether primary or secondary\b/gi, 'unspecified'],
  [/\b2nd\b/gi, 'secondary'],
  [/\bprim\b/gi, 'primary'],
];
const LOCALIZED = /\bloc\s+(?=.*\b(osteoar\w*|arthr\w*|prim|2nd)\b)/i;

/**
 * ICD-9's 'other symptoms referable to joint' (719.6-) is ICD-10-CM's R29.898, which names no joint: its site
 * would only lead to joint disorders.
 */
const JOINT_SYMPTOMS = /^(other\s+)?symptoms referable to joints?\b.*$/i;

/**
 * Joint conditions ICD-10-CM words otherwise, site by site: a developmental dislocation of a joint (ICD-9 718.7-) is
 * an other specific joint derangement NEC (M24.8-), as the GEM maps each site. (The GEM's M01.X- for an unspecified
 * infective arthritis, 711.9-, is not followed: the Tabular lists 'Infective arthritis NOS' under M00.9.)
 */
const JOINT_RENAMED: Rules = [
  [/\bdevelopmental dislocation of joint\b/gi, 'other specific joint derangements'],
];

/** Joint sites and osteoarthrosis in ICD-10-CM words. */
export function jointWording(query: string): string {
  if (JOINT_SYMPTOMS.test(query)) return 'other symptoms and signs involving the musculoskeletal system';
  let text = everyRule(query.replace(LOCALIZED, ''), JOINT_RENAMED);
  if (OSTEOARTHRITIS.test(text)) text = everyRule(text, OSTEOARTHRITIS_KIND);
  if (JOINT_CONDITION.test(text)) text = firstRule(text, JOINT_SITES) ?? text;
  return text;
}
