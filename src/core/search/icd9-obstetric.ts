/** ICD-9 obstetric wording in ICD-10-CM's: episodes of care, induced and spontaneous abortions. */
import { everyRule, firstRule, type Rules } from './icd9-rules';

/** Obstetric conditions, where ICD-9 qualifies by episode of care. */
export const OBSTETRIC = /\b(mother|maternal|matern|pregnancy|preg|antepart\w*|antepar|antepa|delivered|deliv\w*|del|puerper\w*|postpart\w*|p\/p|childbirth|labor|fetus|fetal|abortion)\b/i;

/**
 * ICD-9 episode of care of obstetric codes and the ICD-10-CM word for it: antepartum (or unspecified) -> pregnancy,
 * delivered -> childbirth, postpartum -> puerperium. One word each, so that the episode does not outweigh the
 * condition; the trimester, which ICD-9 does not give, is left to the unspecified default. Longest phrases first.
 */
const EPISODES: Rules = [
  [/,?\s*delivered,? with mention of postpartum complication\s*$/i, ' puerperium'],
  [/\s*-\s*del w p\/p\s*$/i, ' puerperium'],
  [/,?\s*delivered,? with or without mention of antepartum condition\s*$/i, ' childbirth'],
  [/,?\s*unspecified as to episode of care or not applicable\s*$/i, ' pregnancy'],
  [/,?\s*antepartum condition or complication\s*$/i, ' pregnancy'],
  [/,?\s*postpartum condition or complication\s*$/i, ' puerperium'],
  [/,\s*delivered\s*$/i, ' childbirth'],
  [/\s*-\s*(antepartum|antepart|antepar|antepa)\s*$/i, ' pregnancy'],
  [/\s*-\s*(postpartum|postpart)\s*$/i, ' puerperium'],
  [/\s*-\s*(delivered|deliver|deliv|del)\s*$/i, ' childbirth'],
  [/\s*-\s*(unspecified|unspec|unsp)\s*$/i, ' pregnancy'],
  // ICD-9 'of mother' / 'in the mother': ICD-10-CM says 'complicating pregnancy'.
  [/\b(of|in the|in) mother\b/i, 'complicating pregnancy'],
];

/**
 * ICD-9 classified abortions as legally induced (635), illegally induced (636) and unspecified (637), each
 * incomplete, complete or unspecified in a fifth digit; ICD-10-CM codes all three as complications following
 * (induced) termination of pregnancy (O04), which it does not divide by completeness, and an uncomplicated one as
 * the encounter for elective termination (Z33.2). A spontaneous abortion keeps its completeness in ICD-10-CM's
 * words: incomplete, or complete or unspecified.
 */
const INDUCED_ABORTION = /\b(legally induced|illegally induced|legal|leg|illegal|illeg|illg)\s+(abortion|abort|abor|ab)\b|^\s*(unspecified abortion|abortion nos|abort nos|ab nos)\b/i;
const ABORTION_COMPLETENESS = /(,\s*|\s*-\s*)(unspecified|incomplete|complete|unspec|unsp|inc|comp)\s*$/i;
const UNCOMPLICATED = /\b(without mention of complication|uncomplicated|uncomplicat|uncompl)\b/i;
const SPONTANEOUS_ABORTION = /\b(spontaneous|spon|spont)\s+(abortion|abort|ab)\b/i;
const SPONTANEOUS_COMPLETENESS: Rules = [
  [/(,\s*|\s*-\s*)(incomplete|inc)\s*$/i, ' incomplete'],
  [/(,\s*|\s*-\s*)(unspecified|complete|unspec|unsp|comp)\s*$/i, ' complete or unspecified'],
];

/**
 * Obstetric conditions ICD-10-CM names otherwise (its Index and titles): failure of lactation is agalactia (O92.3),
 * acute kidney failure following labor and delivery postpartum (O90.4), ICD-9's infection or infestation of the
 * mother a maternal infectious and parasitic disease (O98), a major abnormality of the bony pelvis (ICD-9's
 * disproportion, 653.0) the disproportion due to deformity of maternal pelvic bones (O33.0), a fetal-maternal
 * hemorrhage (656.0) the fetomaternal placental transfusion syndrome (O43.01-).
 */
const OBSTETRIC_RENAMED: Rules = [
  [/\bfailure of lactation\b/gi, 'agalactia'],
  [/\bfollowing labor and delivery\b/gi, 'postpartum'],
  [/\binfection or infestation\b/gi, 'infectious and parasitic disease'],
  [/\b(major )?abnormality of bony pelvis(, not further specified)?/gi, 'disproportion due to deformity of maternal pelvic bones'],
  [/\bfetal-matern(al)? (hemorrhage|hem)\b/gi, 'fetomaternal placental transfusion syndrome'],
];

/**
 * A complication of anesthesia 'in labor and delivery' whose episode is postpartum (not delivered) is ICD-10-CM's
 * complication of anesthesia during the puerperium (O89), not during labor and delivery (O74); delivered with a
 * postpartum complication, it arose in the delivery.
 */
const IN_LABOR = /\b(in|during) labor and delivery\b/i;

/** Abortions and the episode of care of obstetric conditions in ICD-10-CM words. */
export function obstetricWording(query: string): string {
  let text = abortionWording(query);
  if (OBSTETRIC.test(text)) {
    const episode = firstRule(text, EPISODES.slice(0, -1));
    // A later episode given, a title's every-episode phrase ('complicating pregnancy, childbirth, or the puerperium')
    // keeps one word of the chapter: its 'childbirth' or 'puerperium' would outweigh the episode's own word.
    if (episode !== undefined) text = / pregnancy$/.test(episode) ? episode : episode.replace(ALL_EPISODES, ' complicating pregnancy');
    if (/ puerperium$/.test(text) && !/\bdel(ivered)?\b/i.test(query)) text = text.replace(IN_LABOR, 'during the puerperium');
    text = everyRule(text, OBSTETRIC_RENAMED);
  }
  if (/\bmother\b/i.test(text)) text = text.replace(EPISODES.at(-1)![0], EPISODES.at(-1)![1]);
  return text;
}

/** ICD-9's phrase for every episode of care at once ('complicating pregnancy, childbirth, and the puerperium'). */
const ALL_EPISODES = /,?\s*complicating pregnancy(,? childbirth,?)? (and|or) the puerperium\b/i;

function abortionWording(text: string): string {
  if (INDUCED_ABORTION.test(text)) {
    if (UNCOMPLICATED.test(text)) return 'encounter for elective termination of pregnancy';
    return text.replace(ABORTION_COMPLETENESS, '').replace(INDUCED_ABORTION, 'induced termination of pregnancy');
  }
  if (SPONTANEOUS_ABORTION.test(text)) return firstRule(text, SPONTANEOUS_COMPLETENESS) ?? text;
  return text;
}
