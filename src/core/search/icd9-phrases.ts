/**
 * ICD-9-CM wording read the way ICD-10-CM words the same thing. Coders search with ICD-9 titles and short titles
 * (a crosswalk, an old chart, habit); ICD-9 qualified many codes with fifth-digit phrases that ICD-10-CM either
 * words differently (episode of care -> pregnancy, childbirth, puerperium) or does not classify at all (how a
 * tuberculosis was confirmed). Each rule is a convention of the two classifications, not an answer for one code.
 */
import { eyeEarWording } from './icd9-eye-ear';
import { findingsWording } from './icd9-findings';
import { injuryWording } from './icd9-injury';
import { jointWording } from './icd9-joints';
import { kidneyWording } from './icd9-kidney';
import { manifestationWording } from './manifestation-wording';
import { mentalWording } from './icd9-mental';
import { obstetricWording } from './icd9-obstetric';
import { statusWording } from './icd9-status';
import { tendonWording } from './icd9-tendons';
import { undeterminedIntentWording } from './icd9-undetermined';
import { visionWording } from './icd9-vision';
import { RENAMED } from './icd9-renamed';
import { everyRule, firstRule, type Rules } from './icd9-rules';

const TUBERCULOSIS = /\b(tuberc\w*|tb)\b/i;

/** Lymphomas, whose ICD-9 short titles end in the lymph node region. */
const LYMPHOMA = /\b(lymph\w*|lym|hodg\w*|\w*sarc\w*|burkitt\w*|sezary\w*|histiocytosis|mycos\w*)\b/i;

/**
 * The lymph node regions of ICD-9 lymphoma short titles ('Hodgkins dis NOS thorax') in ICD-10-CM's words. A
 * region named at the end of a lymphoma's title is where its nodes are.
 */
const NODE_REGIONS: Rules = [
  [/\s+head\s*$/i, ' lymph nodes of head, face, and neck'],
  [/\s+thorax\s*$/i, ' intrathoracic lymph nodes'],
  [/\s+(abdom|abdomen)\s*$/i, ' intra-abdominal lymph nodes'],
  [/\s+axilla\s*$/i, ' lymph nodes of axilla and upper limb'],
  [/\s+(inguin|inguinal)\s*$/i, ' lymph nodes of inguinal region and lower limb'],
  [/\s+pelvic\s*$/i, ' intrapelvic lymph nodes'],
  [/\s+(mult|multip)\s*$/i, ' lymph nodes of multiple sites'],
];

/**
 * How a tuberculosis was confirmed (ICD-9 fifth digits 0-6, 0 being 'unspecified'): ICD-10-CM does not classify it,
 * so the words are dropped rather than left to match laboratory-finding codes or unspecified sites.
 */
const TB_CONFIRMATION: readonly RegExp[] = [
  /,\s*(bacteriological or histological examination|tubercle bacilli|tuberculosis confirmed)\b.*$/i,
  /,\s*unspecified\s*$/i,
  /\s*-\s*(no exam|exam unkn|micro dx|cult dx|histo dx|oth test|unspec|unsp)\s*$/i,
];

/**
 * Sites of ICD-9's tuberculosis (015-017) where ICD-10-CM's A18 titles name them otherwise: the vertebral column is
 * the spine (A18.01, whose inclusion terms say so: tuberculous osteomyelitis of spine, spondylitis); the epididymis,
 * which ICD-9 coded apart (016.4), is one of the other male genital organs (A18.15); a tuberculous laryngitis is
 * the tuberculosis of the larynx. Left as written, the site leads to neoplasms of it.
 */
const TB_SITES: Rules = [
  [/\bvertebral column\b/gi, 'spine'],
  // A15.5 Tuberculosis of larynx, trachea and bronchus (Index: Laryngitis, tuberculous).
  [/\b(tuberculous |tb )?laryngitis\b/gi, 'tuberculosis of larynx'],
  [/\bepididymis\b/gi, 'other male genital organs'],
];

/**
 * ICD-9 phrasing and ICD-10-CM's for the same thing: 'without mention of X' is 'without X'; remission of a
 * leukemia is 'in remission' or 'not having achieved remission'; the control of diabetes is hyperglycemia.
 */
const MENTION: Rules = [
  [/\bwithout mention of intractable migraine\b/i, 'not intractable'],
  [/\b(without mention of having|w\/o|wo|without) (achieved|achv|ach) (remission|rmsn|rmsion|rmson)\b/i, 'not having achieved remission'],
  [/\b(with|w) (remission|rmsn|rmsion|rmson)\b/i, 'in remission'],
  [/,?\s*not stated as uncontrolled\b/i, ''],
  [/,\s*uncontrolled\s*$/i, ' with hyperglycemia'],
  [/\btype ii or unspecified type\b/i, 'type 2'],
  [/\btype i \[juvenile type\]/i, 'type 1'],
  // 'Thyrotoxicosis without mention of goiter or other cause' names no cause: ICD-10-CM's unspecified (E05.9-).
  [/\bwithout mention of [\w\s]+? or other cause\b/gi, 'unspecified'],
  // ICD-10-CM's occlusion and stenosis of precerebral and cerebral arteries without an infarction is 'not resulting
  // in cerebral infarction' (I65, I66); 'without cerebral infarction' would find the infarctions (I63).
  [/\bwithout mention of cerebral infarction\b/gi, 'not resulting in cerebral infarction'],
  // ICD-9 divided an acute myocardial infarction by episode of care (410.x0-410.x2), the care of one infarction;
  // ICD-10-CM's subsequent infarction (I22) is a new infarction within four weeks of the first: not what it says.
  [/(\binfarction\b.*?),?\s*((initial|subsequent) episode of care|episode of care unspecified)\s*$/i, '$1'],
  [/\bwith(out)? mention of\b/gi, 'with$1'],
];

/**
 * ICD-9 short titles end a manifestation code in 'in oth dis' (in other diseases); ICD-10-CM titles say 'in
 * diseases (or conditions) classified elsewhere'.
 */
/**
 * ICD-9 041 and 079 code a bacterium or virus 'in conditions classified elsewhere and of unspecified site';
 * ICD-10-CM says it is 'the cause of diseases classified elsewhere' (B95-B97).
 */
const ORGANISM_ELSEWHERE = /\s+(infections?\s+)?in conditions classified elsewhere and of unspecified site\b/i;

const IN_OTHER_DISEASE = /(\s+in)?\s+(oth|other)\s+(inf\s+)?(dis|disease|diseases)\s*$/i;

/**
 * ICD-9 migraine short titles ('Ch mgr wo ara wo nt w st', 'Mgrn unsp w ntrc mgr std') in ICD-10-CM's words:
 * intractable or not, with or without status migrainosus, with or without aura. 'So stated' (std) says nothing more.
 */
const MIGRAINE = /\b(mgrn|mgr|migraine|migrn)\b/i;
const MIGRAINE_WORDS: Rules = [
  [/\b(so stated|std)\b/gi, ''],
  [/\b(wo|w\/o|without) (ntrc|ntr|nt|ntc|intractable)( mgrn| mgr| migraine)?\b/gi, 'not intractable'],
  [/\b(w|with) (ntrc|ntr|intractable)( mgrn| mgr| migraine)?\b/gi, 'intractable'],
  [/\b(wo|w\/o) (st|stat)( mgrn| mgr)?\b/gi, 'without status migrainosus'],
  [/\bw (st|stat)( mgrn| mgr)?\b/gi, 'with status migrainosus'],
  [/\b(wo|w\/o) (ar|ara|aura)\b/gi, 'without aura'],
  [/\bw (ar|ara)\b/gi, 'with aura'],
  [/\bch (?=mgr|mgrn|migraine)/gi, 'chronic '],
  [/\b(mgrn|mgr|migrn)\b/gi, 'migraine'],
];

/**
 * ICD-9 classified the need for a vaccination by the disease (V03-V06); ICD-10-CM has one code for every
 * immunization (Z23), so the disease named would only lead to the disease itself.
 */
const VACCINATION = /\b(need for [\w\s-]*vaccination|need prphyl vc|vaccin\w* for|vacc\b)|\binoculat\w*\s*$/i;

/**
 * ICD-9's history of an allergy (V14, V15.0) is ICD-10-CM's allergy status (Z88, Z91.0), and its 'medicinal agents'
 * (V14.8-V14.9) are ICD-10-CM's drugs, medicaments and biological substances (Z88.8-Z88.9): the bare 'agent' found
 * the anesthetic and narcotic agents (Z88.4, Z88.5).
 */
const ALLERGY_HISTORY = /\b(personal history of|history of|hx of|hx)[-\s]+(?=(\w+\s+)?allerg)/i;
const MEDICINAL_AGENT = /\bmedicinal agents?\b/gi;

/** The query with ICD-9 conventions put in ICD-10-CM words; other text unchanged. */
export function icd10Wording(query: string): string {
  let text = query;
  // A poisoning by a vaccine ('Pois-typh/paratyph vacc') is a T50 poisoning, not the encounter for immunization.
  if (VACCINATION.test(text) && !/\bpois/i.test(text)) return 'encounter for immunization';
  if (TUBERCULOSIS.test(text)) text = everyRule(TB_CONFIRMATION.reduce((t, rule) => t.replace(rule, ''), text), TB_SITES);
  if (ALLERGY_HISTORY.test(text)) {
    text = text.replace(ALLERGY_HISTORY, '').replace(/\ballerg\w*/i, 'allergy status').replace(MEDICINAL_AGENT, 'drugs, medicaments and biological substances');
  }
  text = injuryWording(jointWording(obstetricWording(statusWording(kidneyWording(eyeEarWording(visionWording(undeterminedIntentWording(findingsWording(text))))))))).replace(ORGANISM_ELSEWHERE, ' as the cause of diseases classified elsewhere');
  if (LYMPHOMA.test(text)) text = firstRule(text, NODE_REGIONS) ?? text;
  text = manifestationWording(mentalWording(text).replace(IN_OTHER_DISEASE, ' in diseases classified elsewhere'));
  if (MIGRAINE.test(text)) text = everyRule(text, MIGRAINE_WORDS);
  return tendonWording(everyRule(everyRule(text, MENTION), RENAMED));
}
