/**
 * The sites of ICD-9 open wounds (870-884) as ICD-10-CM's categories name them. ICD-10-CM groups parts that ICD-9
 * coded apart: the axilla and scapular region are injuries of the shoulder (S40-S49 'Includes'), the buccal mucosa,
 * gum, palate, tongue and floor of mouth the oral cavity (S01.5-), the forehead an other part of the head
 * (S01.8-), the chest wall the front wall of the thorax (S21.1-); the ear drum, ossicles, cochlea and eustachian
 * tube have no open wound codes, only the rupture of the ear drum (S09.2-) and the injury of the middle and inner
 * ear (S09.3-), so the wound's course (complicated or not) says nothing there.
 */
import { firstRule, type Rules } from './icd9-rules';

const WHOLE_INJURY: Rules = [
  [/^open wound of ear drum\b.*$/i, 'traumatic rupture of ear drum'],
  [/^open wound of (ossicles|cochlea|eustachian tube|middle ear|inner ear)\b.*$/i, 'unspecified injury of middle and inner ear'],
];

const SITES: Rules = [
  [/\bof (axillary region|axilla|scapular region)\b/i, 'of shoulder'],
  [/\bof (buccal mucosa|gum|alveolar process|palate|tongue and floor of mouth|tongue|floor of mouth|mouth, unspecified site|mouth)\b/i, 'of oral cavity'],
  [/\bof (forehead|other and multiple sites of face)\b/i, 'of other part of head'],
  [/\bof (auditory canal)\b/i, 'of ear'],
  [/\bof chest(\s*\(wall\)| wall)/i, 'of front wall of thorax without penetration into thoracic cavity'],
];

/** An ICD-9 open wound's site in ICD-10-CM's words; other text unchanged. */
export function woundSiteWording(text: string): string {
  return firstRule(text, WHOLE_INJURY) ?? firstRule(text, SITES) ?? text;
}
