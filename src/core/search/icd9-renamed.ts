/** ICD-9 terms that ICD-10-CM renamed, each with the classification's own wording for it. */
import type { Rules } from './icd9-rules';

/**
 * ICD-9 terms that ICD-10-CM renamed, written as ICD-10-CM writes them. From the classifications' own wording:
 * septicemia became sepsis, osteoarthrosis osteoarthritis, nodular lymphoma follicular lymphoma, mental
 * retardation intellectual disabilities, arteriosclerotic atherosclerotic, decubitus ulcer pressure ulcer, late
 * effects sequelae, psychostimulants stimulants, venereal diseases sexually transmitted diseases, lipoma benign
 * lipomatous neoplasm, herpes simplex herpesviral.
 */
export const RENAMED: Rules = [
  [/\bsepticemia\b/gi, 'sepsis'],
  [/\bosteoarthrosis\b/gi, 'osteoarthritis'],
  [/\bnodular lymphoma\b/gi, 'follicular lymphoma'],
  [/\bmental retardation\b/gi, 'intellectual disabilities'],
  [/\barteriosclerotic\b/gi, 'atherosclerotic'],
  [/\barteriosclerosis\b/gi, 'atherosclerosis'],
  [/\bdecubitus ulcer\b/gi, 'pressure ulcer'],
  [/\blate effects? of\b/gi, 'sequelae of'],
  [/\bpsychostimulants?\b/gi, 'stimulant'],
  [/\bvenereal (diseases?|dis)\b/gi, 'sexually transmitted disease'],
  [/\blipomas?\b/gi, 'benign lipomatous neoplasm'],
  [/\b(herpes|h) simplex\b/gi, 'herpesviral'],
  // ICD-9 'cortex (cerebral)' contusions and lacerations are ICD-10-CM's of the cerebrum (S06.3-).
  [/\bcortex \(cerebral\)|\bcerebral cortex\b/gi, 'cerebrum'],
  // ICD-9's lymphoid leukemias by course are ICD-10-CM's by cell: acute lymphoblastic (C91.0), chronic lymphocytic (C91.1).
  [/\bacute lymphoid leukemia\b/gi, 'acute lymphoblastic leukemia'],
  [/\bchronic lymphoid leukemia\b/gi, 'chronic lymphocytic leukemia'],
  // A spine curvature after radiation is ICD-10-CM's postradiation kyphosis or scoliosis (M96.2, M96.5).
  [/\b(kyphosis|scoliosis) due to radiation\b|\bradiation (kyphosis|scoliosis)\b/gi, 'postradiation $1$2'],
  // ICD-9's nonallopathic lesions (739) are ICD-10-CM's segmental and somatic dysfunction (M99.0-).
  [/\bnonallopathic lesions?\b/gi, 'segmental and somatic dysfunction'],
  // A malignant lymphoma not named otherwise is ICD-10-CM's non-Hodgkin lymphoma (Index: Lymphoma NOS C85.9-).
  [/\bmalignant lymphomas?\b/gi, 'non-Hodgkin lymphoma'],
  // ICD-10-CM's disorders of lymphatic vessels (I89) are noninfective.
  [/\bnoninfectious\b/gi, 'noninfective'],
  [/\blymphatic channels\b/gi, 'lymphatic vessels'],
  // ICD-9 divided the wear of teeth (521.1-521.3) by its extent (limited to enamel, into dentine or pulp, localized,
  // generalized); ICD-10-CM's attrition, abrasion and erosion of teeth (K03.0-K03.2) are not divided, and the bare
  // word found abrasions of skin (S60) and erosions of arteries.
  [/^\s*(excessive attrition|attrition|abrasion|erosion)\s*(,|-)\s*(limited to enamel|enamel|(extending )?into dentine|dentine|(extending )?into pulp|pulp|localized|generalized|unspecified|unspec)\s*$/i, '$1 of teeth'],
  // ICD-10-CM's Index: Arthritis, climacteric -> Arthritis, specified form NEC (M13.8-).
  [/\bclimacteric arthritis\b/gi, 'other specified arthritis'],
  // A chondrocalcinosis named for its crystal (ICD-9 712.1-712.2) is ICD-10-CM's other specified crystal
  // arthropathy (M11.8-); M11.1-M11.2 are the familial and the other chondrocalcinosis.
  [/\bchondrocalcinosis,? due to [\w\s]*crystals\b/gi, 'other specified crystal arthropathies'],
  // ICD-9's psoriasis and similar disorders (696) are ICD-10-CM's papulosquamous disorders (L40-L45).
  [/\bpsoriasis and similar disorders\b/gi, 'papulosquamous disorders'],
  // ICD-10-CM's Index: Reticulosarcoma (diffuse) -> C83.3-, diffuse large B-cell lymphoma.
  [/\breticulosarcoma\b/gi, 'diffuse large B-cell lymphoma'],
  // ICD-9's primary tuberculous infection (010) is ICD-10-CM's primary respiratory tuberculosis (A15.7; Index:
  // Tuberculosis, primary).
  [/\bprimary tuberculous infection\b/gi, 'primary respiratory tuberculosis'],
  // ICD-10-CM does not divide chronic viral hepatitis (B18) by hepatic coma, as ICD-9 did (070.2-070.5): the coma
  // would only lead to the acute and unspecified hepatitis that are so divided (B17.1-, B19.2-).
  [/\b(chronic (viral )?hepatitis [bc]\b[^,]*?),?\s*with(out)? hepatic coma\b/gi, '$1'],
  // ICD-9's perpetrators of abuse (E967) are ICD-10-CM's perpetrators of maltreatment and neglect (Y07), named
  // first; a non-related caregiver is a non-family member (Y07.5-).
  [/^\s*perpetrator of child and adult abuse,? by (.+)$/i, '$1, perpetrator of maltreatment and neglect'],
  [/\bnon-related (caregiver|person)\b(?=.*\bperpetrator\b)/i, 'non-family member'],
  // ICD-10-CM writes the virus as one word (B97.11 Coxsackievirus, A87.0 Coxsackievirus meningitis).
  [/\bcoxsackie virus\b/gi, 'coxsackievirus'],
  // What ICD-9 calls religious reasons, or religion or conscience, ICD-10-CM calls reasons of belief (Z28.1
  // immunization, Z53.1 procedure and treatment not carried out).
  [/\b(for )?(religious reasons|reasons of religion( or conscience)?)\b/gi, 'for reasons of belief'],
  // ICD-9's infection with microorganisms resistant to a drug (V09) is ICD-10-CM's resistance to it (Z16); the
  // antibiotics Z16 does not list are other single specified ones (Index: Resistance, organism, to drug,
  // aminoglycosides, macrolides, sulfonamides, tetracyclines Z16.29; cephalosporins Z16.19).
  [/\binfection with (drug-resistant )?microorganisms(,? resistant to)?\b/gi, 'resistance to'],
  [/\b(?<=resistance to )(aminoglycosides|macrolides|sulfonamides|tetracyclines)\b/gi, 'other single specified antibiotic'],
  [/\b(?<=resistance to )cephalosporins( and other b-lactam antibiotics)?\b/gi, 'other specified beta lactam antibiotics'],
  // ICD-9's congenital disorders of clotting factors (286.0-286.3) are ICD-10-CM's hereditary deficiencies (D66-D68.2).
  [/\b(congenital|cong) factor (viii|ix|xi)( disorder| deficiency| diord)?\b/gi, 'hereditary factor $2 deficiency'],
  [/\b(congenital deficiency of other clotting factors|cong def clot factor nec)\b/gi, 'hereditary deficiency of other clotting factors'],
  // ICD-9's streptococcus group D [Enterococcus] (041.04) is ICD-10-CM's Enterococcus (B95.2), no longer a streptococcus.
  [/^\s*streptococcus\b(.*?),\s*streptococcus,? group d \[enterococcus\]\s*$/i, 'Enterococcus$1'],
  [/\benterococcus,? group d\b/gi, 'enterococcus'],
  // A dendritic keratitis is the herpes simplex keratitis (ICD-9 054.42; ICD-10-CM's Index: Keratitis, dendritic B00.52).
  [/\bdendritic keratitis\b/gi, 'herpesviral keratitis'],
  // Infections ICD-10-CM names by the disease where ICD-9 used the organism's adjective or form (its Index:
  // Meningitis, coccidioidomycosis B38.4; Fever, spirillary A25.0; Taeniasis, intestinal, Taenia solium B68.0), and
  // a gonococcal infection of the pharynx its gonococcal pharyngitis (A54.5).
  [/\bcoccidioidal\b/gi, 'coccidioidomycosis'],
  [/\bspirillary fever\b/gi, 'spirillosis'],
  [/\b(taenia \w+) (infection,? intestinal form|intestine)\b/gi, '$1 taeniasis'],
  [/\bgonococcal (infection|infec) (of )?pharynx\b/gi, 'gonococcal pharyngitis'],
  // More of ICD-10-CM's Index names for ICD-9's: Varicella (postvaricella) encephalitis B01.11, Blackwater fever
  // B50.8 (severe falciparum malaria), Endometritis, gonococcal A54.24 (female pelvic inflammatory disease), Diarrhea,
  // infectious A09 (infectious gastroenteritis and colitis), histoplasmosis pneumonia B39.2 (pulmonary).
  [/\bpostvaricella\b/gi, 'varicella'],
  [/\bblackwater fever\b/gi, 'other severe and complicated plasmodium falciparum malaria'],
  [/\b(gonococcal|gc) endometritis\b/gi, 'gonococcal female pelvic inflammatory disease'],
  [/\binfectious diarrh(o)?ea\b/gi, 'infectious gastroenteritis and colitis'],
  [/^\s*(infection by )?(histoplasm\w*)( capsulatum| caps)?,? (pneumonia|pneumon)\s*$/i, 'pulmonary histoplasmosis$3'],
  [/\btrans-sexualism\b/gi, 'transsexualism'],
  // And in other chapters (the Index: Angina, decubitus I20.8; Gastritis, hypertrophic K29.6-; Pseudopolyposis,
  // colon K51.4-; Loss, teeth K08.1-, K08.4-; Pain, anus, rectum K62.89; Dyschromia L81.-; Degeneration, brain
  // G31.9; Disease, spinocerebellar G11.9; Stricture, urethra, postinfective N35.1-).
  [/\bangina decubitus\b/gi, 'other forms of angina pectoris'],
  [/\bgastric mucosal hypertrophy\b/gi, 'hypertrophic gastritis'],
  [/\bpseudopolyposis of colon\b/gi, 'inflammatory polyps of colon'],
  [/\bacquired absence of teeth\b/gi, 'loss of teeth'],
  [/^\s*(anal or rectal|anal|rectal) pain\s*$/i, 'other specified diseases of anus and rectum'],
  [/\bdyschromia\b/gi, 'disorders of pigmentation'],
  [/^\s*(cerebral|cereb) degeneration(,? unspecified| nos)?\s*$/i, 'degenerative disease of nervous system, unspecified'],
  [/\bspinocerebellar (disease|dis)\b/gi, 'hereditary ataxia'],
  [/\burethral stricture due to (unspecified )?infection\b/gi, 'postinfective urethral stricture'],
  // ICD-9's malignant histiocytosis by node region (202.3-) is ICD-10-CM's histiocytic sarcoma (C96.A), which has no
  // sites: the region led to lymphomas. Mitral with aortic valve disease is I08.0 'whether specified as rheumatic or
  // not' (its inclusion term); a rheumatic pneumonia is pneumonia in diseases classified elsewhere (Index: J17 after
  // I00); a phlebitis of the upper extremities one of other sites (I80.8); an antidepressant's abuse an other
  // psychoactive substance's (F19.1-, no antidepressant class).
  [/^\s*(malignant|mal|mlg) hist\w*\b.*$/i, 'histiocytic sarcoma'],
  [/^\s*(mitral valve (stenosis|insufficiency) and aortic valve (stenosis|insufficiency)|mitral stenos\/aort insuf)\s*$/i, 'rheumatic disorders of both mitral and aortic valves'],
  [/\brheumatic pneumonia\b/gi, 'pneumonia in diseases classified elsewhere'],
  [/\b(phlebitis and thrombophlebitis) of upper extremit(y|ies)\b/gi, '$1 of other sites'],
  [/\b(antidepressant type|antidepress) abuse\b/gi, 'other psychoactive substance abuse'],
  // ICD-9 groups ICD-10-CM names by their own titles: nonpsychotic mental disorders following organic brain damage
  // (310) are personality and behavioral disorders due to known physiological condition (F07); meningitis due to
  // other specified or anaerobic bacteria other bacterial meningitis (G00.8); the accessory nerve one of the other
  // specified cranial nerves (G52.8); disorders of female genital organs conditions associated with them (N94);
  // dermatitis due to other radiation radiodermatitis (L58); a diffuse connective tissue disease a systemic
  // involvement of connective tissue (M35).
  [/\bnonpsychotic mental disorders? following organic brain damage\b/gi, 'personality and behavioral disorders due to known physiological condition'],
  [/\b(anaerobic meningitis|meningitis due to other specified bacteria|meningitis oth spcf bact)\b/gi, 'other bacterial meningitis'],
  [/\b(disorders of accessory( \[11th\])? nerve|accessory nerve disorder)\b/gi, 'disorders of other specified cranial nerves'],
  [/\b(disorders?|dis) of female genital organs\b|\bfemale genital (dis|disorder)\b/gi, 'conditions associated with female genital organs'],
  [/\bdermatitis (due to )?(other |oth )?(radiation|radiat)\b/gi, 'radiodermatitis'],
  [/\b(diffuse|diff) (connective tissue disease|diseases of connective tissue|connect tis dis)\b/gi, 'systemic involvement of connective tissue'],
  // And the Index's: Lack of housing Z59.0- (homelessness); Problems, education Z55.9 for ICD-9's educational
  // circumstances (V62.3); Disorder, mastoid H70.89- (other mastoiditis and related conditions); ICD-9's alveolar
  // and parietoalveolar pneumonopathy (516) ICD-10-CM's alveolar and parieto-alveolar conditions (J84.0-).
  [/\black of housing\b/gi, 'homelessness'],
  [/^\s*educational circumstances?\s*$/i, 'problems related to education and literacy'],
  [/\bdisorders of mastoid\b/gi, 'mastoiditis and related conditions'],
  [/\b(specified )?(alveolar and parietoalveolar pneumonopath\w*|alveol pneumonopathy)\b/gi, 'alveolar and parieto-alveolar conditions'],
];
