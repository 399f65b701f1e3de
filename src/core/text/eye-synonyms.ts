/**
 * The eye's nerves as charts name them: the titles number them ('Sixth [abducent] nerve palsy', 'Fourth [trochlear]
 * nerve palsy'), charts name them ('abducens palsy') or write the number in Roman numerals ('VI nerve paresis'), and
 * translated Spanish notes call a cranial nerve a 'cranial pair' (par craneal): 'paralysis of the left VI cranial pair'.
 */
export const EYE_SYNONYMS: Record<string, string> = {
  abducens: 'sixth', abducent: 'sixth', trochlear: 'fourth',
  'iii nerve': 'third nerve', 'iii cranial nerve': 'third nerve', 'iii pair': 'third nerve', 'iii cranial pair': 'third nerve',
  'iv nerve': 'fourth nerve', 'iv cranial nerve': 'fourth nerve', 'iv pair': 'fourth nerve', 'iv cranial pair': 'fourth nerve',
  'vi nerve': 'sixth nerve', 'vi cranial nerve': 'sixth nerve', 'vi pair': 'sixth nerve', 'vi cranial pair': 'sixth nerve',
  // US notes write 'CN' and the number, Roman or Arabic ('L CN VI palsy', 'CN III palsy with ptosis', 'CN 6 palsy').
  'cn iii': 'third nerve', 'cn 3': 'third nerve', 'cn iv': 'fourth nerve', 'cn 4': 'fourth nerve',
  'cn vi': 'sixth nerve', 'cn 6': 'sixth nerve',
  'cranial pair': 'cranial nerve', 'cranial pairs': 'cranial nerve',
  // The hemorrhages a fundus examination describes by their look are in the retina ('scattered dot-blot hemorrhages
  // and microaneurysms OU', 'flame hemorrhages'): 'Hemorrhage, retina' H35.6-, not the hemorrhage NEC R58.
  'dot blot hemorrhage': 'retinal hemorrhage', 'dot blot hemorrhages': 'retinal hemorrhage',
  'blot hemorrhage': 'retinal hemorrhage', 'blot hemorrhages': 'retinal hemorrhage',
  'flame hemorrhage': 'retinal hemorrhage', 'flame hemorrhages': 'retinal hemorrhage',
  'flame shaped hemorrhage': 'retinal hemorrhage', 'flame shaped hemorrhages': 'retinal hemorrhage',
  'intraretinal hemorrhage': 'retinal hemorrhage', 'intraretinal hemorrhages': 'retinal hemorrhage',
  // So too those a fundus examination places in the posterior pole (the retina about the macula and the disc) or names
  // by the fundus ('posterior pole hemorrhages OS', 'fundal hemorrhages in the right eye').
  'posterior pole hemorrhage': 'retinal hemorrhage', 'posterior pole hemorrhages': 'retinal hemorrhage',
  'fundus hemorrhage': 'retinal hemorrhage', 'fundus hemorrhages': 'retinal hemorrhage',
  'fundal hemorrhage': 'retinal hemorrhage', 'fundal hemorrhages': 'retinal hemorrhage',
};
