import { describe, expect, it } from 'vitest';
import { expandedQueryWords } from '../../src/core/search/query-words';
import { searchTerms } from '../../src/core/search/terms';
import { lookupAbbreviation } from '../../src/core/text/abbreviations';

/**
 * ICD-9 short-title contractions added to the list without an example code (a word of a title, not a condition):
 * each is read as its expansion in the first reading of a query, in a short title where it occurs.
 */
const CASES: readonly (readonly [key: string, shortTitle: string, expansion: string])[] = [
  ['anim', 'Anim-drawn veh acc NOS', 'animal'],
  ['pois', 'Pois-opium NOS', 'poisoning'],
  ['damg', 'Illeg ab w pel damg-comp', 'damage'],
  ['dicalc', 'Dicalc phos cryst-hand', 'dicalcium'],
  ['phos', 'Dicalc phos cryst-hand', 'phosphate'],
  ['cryst', 'Dicalc phos cryst-hand', 'crystal'],
  ['sympt', 'Jt sympt NEC-shlder', 'symptom'],
  ['anom', 'Anom of spine NOS', 'anomaly'],
  ['nonsp', 'Ot nonsp ab fnd lung fld', 'nonspecific'],
  ['explo', 'Explo-boiler', 'explosion'],
  ['malfunc', 'Malfunc card dev/grf NEC', 'malfunction'],
  ['psgr', 'Mv coll NEC-psgr', 'passenger'],
  ['probl', 'Hearing probl', 'problem'],
  ['specf', 'Oth specf anomaly', 'specified'],
  ['spf', 'Oth spf gastrt w hmrhg', 'specified'],
  ['sclero', 'Hodg nodul sclero thorax', 'sclerosis'],
  ['cris', 'Thyrotox-ect nod w cris', 'crisis'],
  ['transfsn', 'Transfsn w circ overload', 'transfusion'],
  ['anxiolyt', 'Anxiolyt dep-unspec', 'anxiolytic'],
  ['devel', 'Devel reading disorder', 'developmental'],
  ['rflx', 'Unsp rflx sympth dystrph', 'reflex'],
  ['dystrph', 'Unsp rflx sympth dystrph', 'dystrophy'],
  ['defec', 'Ventricular septal defec', 'defect'],
  ['gstr', 'Gstr mcsl hyprt w hmrg', 'gastric'],
  ['mcsl', 'Gstr mcsl hyprt w hmrg', 'mucosal'],
  ['hmrg', 'Gstr mcsl hyprt w hmrg', 'hemorrhage'],
  ['func', 'Func dis intestine NEC', 'functional'],
  ['antep', 'Preterm labor-antep', 'antepartum'],
  ['postpar', 'Pyrexia-postpar', 'postpartum'],
  ['maj', 'Maj prp inf NEC-dl w p/p', 'major'],
  ['grwth', 'Poor fetal grwth-unspec', 'growth'],
  ['aftrcar', 'Aftrcar path fx hip', 'aftercare'],
  ['tubrclma', 'Tubrclma sp crd-oth test', 'tuberculoma'],
  ['intes', 'Angio intes w/o hmrhg', 'intestine'],
  ['atyp', 'Simp endo hyper w/o atyp', 'atypia'],
  ['dysenter', 'Dysenter arthrit-shlder', 'dysentery'],
  ['choledochlith', 'Choledochlith/ac gb-obst', 'calculus of bile duct'],
];

describe('ICD-9 short-title contractions without an example code', () => {
  it.each(CASES)('"%s" in "%s" reads as %s', (key, shortTitle, expansion) => {
    expect(lookupAbbreviation(key)?.kind).toBe('shortTitle');
    const first = expandedQueryWords(shortTitle)[0]!;
    for (const word of searchTerms(expansion)) expect(first).toContain(word);
  });
});
