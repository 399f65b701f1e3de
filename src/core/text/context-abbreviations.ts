/**
 * Abbreviations with more than one meaning whose neighbouring word settles which one a note means; read only in that
 * company, never alone.
 *
 * 'PPD' is the tuberculin test ('PPD negative') or postpartum depression (abbreviation-data.ts lists it ambiguous),
 * but after a count it is packs per day: 'smokes 1 ppd', '1/2 ppd x 20 years', '1.5 ppd'. A pack is of cigarettes
 * ('Dependence, drug, nicotine, cigarettes' F17.21-), as chart-synonyms.ts reads 'packs per day', and a count of them
 * a day is a habit that goes on (a quit one is history, Z87.891, by the context rules). The count is its
 * last word as a chart's words split it: '1/2' and '1.5' end in '2' and '5', and '1/2' is looked up whole as well.
 *
 * 'ICD' in a cardiology note is the implantable cardioverter-defibrillator ('s/p ICD', 'has an ICD in place': Z95.810),
 * but the same letters name the classification ('ICD-10 code', 'ICD 9'): those phrases are read as themselves, the
 * longer phrase winning over the letters alone.
 */
const COUNTS = ['1', '2', '3', '4', '5', '6', 'one', 'two', 'three', 'half', '1/2', '1/4', '3/4'];

const DEFIBRILLATOR = 'implantable cardioverter-defibrillator|automatic implantable cardioverter-defibrillator';

export const CONTEXT_ABBREVIATIONS: readonly [phrase: string, reading: string][] = [
  ...COUNTS.map((count): [string, string] => [`${count} ppd`, 'nicotine dependence cigarettes']),
  ['icd', DEFIBRILLATOR],
  ['icd 9', 'icd 9'], ['icd 10', 'icd 10'], ['icd 11', 'icd 11'], ['icd code', 'icd code'], ['icd codes', 'icd codes'],
  // 'CXR: small bilateral effusions': effusions of both sides with no site said are the pleura's (J90), as chest
  // films and CTs report them; not the joint's 'Effusion, other site' (M25.48) the bare word reached. A joint's
  // effusion names its joint ('bilateral knee effusions').
  ['bilateral effusions', 'pleural effusion'], ['b/l effusions', 'pleural effusion'],
];
