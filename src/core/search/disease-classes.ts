/**
 * The class of a disease, in the words ICD-10-CM's catch-all codes use. Screening, personal and family history,
 * contact and carrier codes (Z11, Z13, Z20, Z22, Z80-Z87), conditions in pregnancy (O98, O99) and joint infections
 * in diseases classified elsewhere (M01) name a class, not each disease: screening for malaria is 'screening for
 * other protozoal diseases', rubella in the mother 'other viral diseases complicating pregnancy'. Where the words
 * ask for such a code, the class is added to them, so the code of the class can match beside the disease's own.
 * Each entry is the classification's grouping of the disease (ICD-10-CM chapter and block), from coding knowledge.
 * A disease with codes of its own in those places (syphilis, gonorrhea, anemia in pregnancy: O98.1, O98.2, O99.0)
 * is not listed, nor a query that names the class itself ('viral disease in the mother'): the words already fit.
 */

/** Words that ask for a class code: the kind of encounter, or the disease as a complication of something else. */
const CLASS_CONTEXT =
  /\b(screening|screen|scrn|scr|history|hx|contact|exposure|carrier|counseling|mother|maternal|complicating pregnancy|in pregnancy|preg|arthropathy associated with|arthrop w|classified elsewhere)\b/i;

const CLASSES: readonly (readonly [RegExp, string])[] = [
  [/\b(cholera|typhoid|paratyphoid|salmonella\w*|shigell\w*|dysentery|amebiasis|food poisoning)\b/i, 'intestinal infectious diseases'],
  [/\b(venereal|veneral|vd|chlamydia\w*|trichomon\w*|sexually transmitted|std)\b/i, 'infections with a predominantly sexual mode of transmission'],
  [
    /\b(rubella|measles|mumps|varicella|chickenpox|herpes\w*|poliomyelitis|polio|rabies|dengue|yellow fever|smallpox|cytomegalovirus|cmv|zika)\b/i,
    'other viral diseases',
  ],
  [/\b(malaria|toxoplasmosis|leishmaniasis|trypanosomiasis|giardiasis|babesiosis)\b/i, 'other protozoal diseases'],
  [/\b(helminth\w*|worms?|schistosomiasis|filariasis|hookworm|ascariasis|echinococcosis|trichinosis|trichinellosis)\b/i, 'helminthiases'],
  [/\b(diphtheria|pertussis|whooping cough|tetanus|leprosy|plague|tularemia|anthrax|brucellosis|listeriosis)\b/i, 'other bacterial diseases'],
  [/\b(mycos[ie]s|fungal|fungus|candidiasis|histoplasmosis|coccidioidomycosis|aspergillosis|blastomycosis)\b/i, 'mycoses'],
  [/\b(hemoglobinopath\w*|sickle|thalass\w*|coagulation|hemophilia)\b/i, 'diseases of the blood and blood-forming organs'],
  [/\b(malnutrition|nutrition\w*|phenylketonuria|pku)\b/i, 'endocrine nutritional and metabolic diseases'],
  [/\b(schizophreni\w*|neurosis|neurotic|psychos[ie]s|alcoholism)\b/i, 'mental and behavioral disorders'],
  [/\b(neurolog\w*)\b/i, 'diseases of the nervous system'],
  [/\b(cardiovascular|cardiovasc)\b/i, 'diseases of the circulatory system'],
  [/\b(gastrointestinal|gi|digestive|digest)\b/i, 'digestive system digestive organs'],
  [/\b(urinary|urinry)\b/i, 'genitourinary system urinary tract'],
  [/\b(rheumatoid|bone and joint)\b/i, 'musculoskeletal system'],
  [/\b(dermatolog\w*)\b/i, 'skin and subcutaneous tissue'],
];

/**
 * Screening only (Z13): diseases whose other class codes are their own (anemia in pregnancy O99.0, hypertension in
 * pregnancy O10-O16, a history of hypertension Z86.79 by the circulatory system) but whose screening is the
 * group's: iron deficiency anemia is screened under diseases of the blood (Z13.0), hypertension under cardiovascular
 * disorders (Z13.6), a child's development under developmental disorders (Z13.4-).
 */
const SCREENING = /\b(screening|screen|scrn|scr)\b/i;
const SCREENING_CLASSES: readonly (readonly [RegExp, string])[] = [
  [/\b(anemia\w*|anaemia\w*)\b/i, 'diseases of the blood and blood-forming organs'],
  [/\b(hypertension|hypertensive|htn|ischemic heart|coronary)\b/i, 'cardiovascular disorders'],
  [/\b(development|developmental|devel)\b/i, 'developmental disorders in childhood'],
];

/**
 * ICD-9 'arthropathy associated with' an infection (bacterial, viral, mycotic, helminthic, other infectious and
 * parasitic: 711.4-711.8) is ICD-10-CM's direct infection of a joint in infectious and parasitic diseases classified
 * elsewhere (M01.X-); ICD-10-CM names neither the organism's class nor 'arthropathy' there.
 */
const JOINT_IN_INFECTION =
  /\b(arthropathy associated with (other )?(bacterial|viral|mycoses|helminthiasis|infectious)|(bact|bacterial|viral|mycotic|helminth) arthrit\w*|inf arthrit\w* nec)\b/i;
const JOINT_IN_INFECTION_WORDS = 'direct infection of joint in infectious and parasitic diseases classified elsewhere';

/**
 * ICD-9's intestinal infections due to a named bacterium (008.0-008.5) are ICD-10-CM's bacterial intestinal
 * infections (A04), most of them its 'other specified' one (A04.8): the organism alone finds its other diseases
 * (pseudomonas: glanders, pneumonia). One due to a virus (008.6-) or another organism (008.8, A08.8) is not bacterial.
 */
const INTESTINAL_INFECTION_DUE_TO = /^\s*intestinal infection due to (?!.*\b(vir\w*|\w*virus|org\w*)\b)/i;
const BACTERIAL_INTESTINAL_WORDS = 'bacterial intestinal infections';

/** The query with the class of the disease it names added, where its words ask for a class code. */
export function withDiseaseClass(query: string): string {
  if (JOINT_IN_INFECTION.test(query)) return `${query} ${JOINT_IN_INFECTION_WORDS}`;
  if (INTESTINAL_INFECTION_DUE_TO.test(query)) return `${query} ${BACTERIAL_INTESTINAL_WORDS}`;
  if (!CLASS_CONTEXT.test(query)) return query;
  const classes = SCREENING.test(query) ? [...SCREENING_CLASSES, ...CLASSES] : CLASSES;
  for (const [disease, words] of classes) if (disease.test(query)) return `${query} ${words}`;
  return query;
}
