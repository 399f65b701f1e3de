/**
 * ICD-9-CM wording read the way ICD-10-CM words the same thing. Coders search with ICD-9 titles and short titles
 * (a crosswalk, an old chart, habit); ICD-9 qualified many codes with fifth-digit phrases that ICD-10-CM either
 * words differently (episode of care -> pregnancy, childbirth, puerperium) or does not classify at all (how a
 * tuberculosis was confirmed). Each rule is a convention of the two classifications, not an answer for one code.
 */

/** Conditions of joints: ICD-9 names their site by limb region, ICD-10-CM by the joint. */
const JOINT_CONDITION = /\b(joints?|jts?|\w*arthr\w*|osteoart\w*|cryst\w*|chondrocalc\w*|ankylosis|effusion|synov\w*|kaschin)\b/i;

/** Obstetric conditions, where ICD-9 qualifies by episode of care. */
const OBSTETRIC = /\b(mother|maternal|matern|pregnancy|preg|antepart\w*|antepar|antepa|delivered|deliv\w*|del|puerper\w*|postpart\w*|p\/p|childbirth|labor|fetus|fetal|abortion)\b/i;

const TUBERCULOSIS = /\b(tuberc\w*|tb)\b/i;

/**
 * ICD-9 site fifth digits of the musculoskeletal chapter, at the end of a title (', forearm') or short title
 * ('-forearm'), and the joint ICD-10-CM names for each: the upper arm region holds the elbow, the forearm the
 * wrist, the pelvic region and thigh the hip, the lower leg the knee; other specified sites are the head, neck,
 * trunk and spine, which ICD-10-CM codes as vertebrae or other site.
 */
const JOINT_SITES: readonly (readonly [RegExp, string])[] = [
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

/** Lymphomas, whose ICD-9 short titles end in the lymph node region. */
const LYMPHOMA = /\b(lymph\w*|lym|hodg\w*|\w*sarc\w*|burkitt\w*|sezary\w*|histiocytosis|mycos\w*)\b/i;

/**
 * The lymph node regions of ICD-9 lymphoma short titles ('Hodgkins dis NOS thorax') in ICD-10-CM's words. A
 * region named at the end of a lymphoma's title is where its nodes are.
 */
const NODE_REGIONS: readonly (readonly [RegExp, string])[] = [
  [/\s+head\s*$/i, ' lymph nodes of head, face, and neck'],
  [/\s+thorax\s*$/i, ' intrathoracic lymph nodes'],
  [/\s+(abdom|abdomen)\s*$/i, ' intra-abdominal lymph nodes'],
  [/\s+axilla\s*$/i, ' lymph nodes of axilla and upper limb'],
  [/\s+(inguin|inguinal)\s*$/i, ' lymph nodes of inguinal region and lower limb'],
  [/\s+pelvic\s*$/i, ' intrapelvic lymph nodes'],
  [/\s+(mult|multip)\s*$/i, ' lymph nodes of multiple sites'],
];

/**
 * ICD-9 episode of care of obstetric codes and the ICD-10-CM word for it: antepartum (or unspecified) -> pregnancy,
 * delivered -> childbirth, postpartum -> puerperium. One word each, so that the episode does not outweigh the
 * condition; the trimester, which ICD-9 does not give, is left to the unspecified default. Longest phrases first.
 */
const EPISODES: readonly (readonly [RegExp, string])[] = [
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
 * How a tuberculosis was confirmed (ICD-9 fifth digits 0-6, 0 being 'unspecified'): ICD-10-CM does not classify it,
 * so the words are dropped rather than left to match laboratory-finding codes or unspecified sites.
 */
const TB_CONFIRMATION: readonly RegExp[] = [
  /,\s*(bacteriological or histological examination|tubercle bacilli|tuberculosis confirmed)\b.*$/i,
  /,\s*unspecified\s*$/i,
  /\s*-\s*(no exam|exam unkn|micro dx|cult dx|histo dx|oth test|unspec|unsp)\s*$/i,
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
const SPONTANEOUS_COMPLETENESS: readonly (readonly [RegExp, string])[] = [
  [/(,\s*|\s*-\s*)(incomplete|inc)\s*$/i, ' incomplete'],
  [/(,\s*|\s*-\s*)(unspecified|complete|unspec|unsp|comp)\s*$/i, ' complete or unspecified'],
];

/**
 * 'Loc' of ICD-9 osteoarthrosis short titles is localized, not loss of consciousness ('Loc osteoarth NOS-hand');
 * ICD-10-CM names the joint instead (localized is all but generalized, M15), so the word is dropped.
 */
const OSTEOARTHRITIS = /\bosteoart\w*/i;
const OSTEOARTHRITIS_KIND: readonly (readonly [RegExp, string])[] = [
  [/\bosteoart\w*/gi, 'osteoarthritis'],
  [/,?\s*\blocalized\b,?/gi, ''],
  [/\bnot specified whether primary or secondary\b/gi, 'unspecified'],
  [/\b2nd\b/gi, 'secondary'],
  [/\bprim\b/gi, 'primary'],
];
const LOCALIZED = /\bloc\s+(?=.*\b(osteoar\w*|arthr\w*|prim|2nd)\b)/i;

/**
 * ICD-9 phrasing and ICD-10-CM's for the same thing: 'without mention of X' is 'without X'; remission of a
 * leukemia is 'in remission' or 'not having achieved remission'; the control of diabetes is hyperglycemia.
 */
const MENTION: readonly (readonly [RegExp, string])[] = [
  [/\bwithout mention of intractable migraine\b/i, 'not intractable'],
  [/\b(without mention of having|w\/o|wo|without) (achieved|achv|ach) (remission|rmsn|rmsion|rmson)\b/i, 'not having achieved remission'],
  [/\b(with|w) (remission|rmsn|rmsion|rmson)\b/i, 'in remission'],
  [/,?\s*not stated as uncontrolled\b/i, ''],
  [/,\s*uncontrolled\s*$/i, ' with hyperglycemia'],
  [/\btype ii or unspecified type\b/i, 'type 2'],
  [/\btype i \[juvenile type\]/i, 'type 1'],
  [/\bwith(out)? mention of\b/gi, 'with$1'],
];

/**
 * ICD-9 short titles end a manifestation code in 'in oth dis' (in other diseases); ICD-10-CM titles say 'in
 * diseases (or conditions) classified elsewhere'.
 */
const IN_OTHER_DISEASE = /(\s+in)?\s+(oth|other)\s+(inf\s+)?(dis|disease|diseases)\s*$/i;

/**
 * ICD-9 migraine short titles ('Ch mgr wo ara wo nt w st', 'Mgrn unsp w ntrc mgr std') in ICD-10-CM's words:
 * intractable or not, with or without status migrainosus, with or without aura. 'So stated' (std) says nothing more.
 */
const MIGRAINE = /\b(mgrn|mgr|migraine|migrn)\b/i;
const MIGRAINE_WORDS: readonly (readonly [RegExp, string])[] = [
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
const AFFECTIVE_WORDS: readonly (readonly [RegExp, string])[] = [
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
const DRUG_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^\s*unspecified\s+(?=drug)/i, ''],
  [/\bcombinations of opioid type drug with any other drug (?=dependence)/gi, 'drug '],
  [/\bcombinations of drug dependence excluding opioid type drug\b/gi, 'drug dependence'],
  [/\bcomb drug\b/gi, 'drug'],
  [/\bdrug[- ]induced\b/gi, 'drug psychoactive substance-induced'],
];

/**
 * Open wounds: ICD-9 said 'complicated' (delayed healing, delayed treatment, foreign body, infection) where
 * ICD-10-CM codes the kind of wound, a laceration with foreign body; an uncomplicated one is an unspecified open
 * wound.
 */
const OPEN_WOUND = /\b(open wound|open wnd|opn wnd|opn wound)\b/i;
const WOUND_COURSE: readonly (readonly [RegExp, string])[] = [
  [/,?\s*without mention of complication\s*$/i, ' unspecified open wound'],
  [/(,\s*|\s*-\s*)(complicated|compl|comp|complicat)\s*$/i, ' laceration with foreign body'],
];

/**
 * ICD-9 terms that ICD-10-CM renamed, written as ICD-10-CM writes them. From the classifications' own wording:
 * septicemia became sepsis, osteoarthrosis osteoarthritis, nodular lymphoma follicular lymphoma, mental
 * retardation intellectual disabilities, arteriosclerotic atherosclerotic, decubitus ulcer pressure ulcer, late
 * effects sequelae, psychostimulants stimulants, venereal diseases sexually transmitted diseases, lipoma benign
 * lipomatous neoplasm, herpes simplex herpesviral.
 */
const RENAMED: readonly (readonly [RegExp, string])[] = [
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
  // ICD-10-CM's Index: Reticulosarcoma (diffuse) -> C83.3-, diffuse large B-cell lymphoma.
  [/\breticulosarcoma\b/gi, 'diffuse large B-cell lymphoma'],
];

/**
 * Fractures of skull and spine: ICD-9 qualified them by the brain or cord injury not present and by the loss of
 * consciousness; ICD-10-CM codes the fracture alone and the injury separately (S06, S14, S24, S34), so for a
 * fracture those qualifiers are dropped.
 */
const FRACTURE = /\b(fractures?|fx)\b/i;
const FRACTURE_QUALIFIERS: readonly RegExp[] = [
  /,?\s*without mention (of|or) (intracranial|spinal cord) injury\b.*$/i,
  /,\s*(with|without)\b[^,]*\bconsciousness\b.*$/i,
  /,\s*unspecified state of consciousness\s*$/i,
  /(\s*-\s*|\s+w\/o\s+|\s+wo\s+|\s+w\s+)(no |brf |brief |mod |proln |prolng |prol |deep )?(coma|concus|concuss)( nos)?\s*$/i,
];

/**
 * ICD-9 short titles of fractures and dislocations end in '-cl' or '-open': ICD-10-CM says it in the 7th character
 * of a fracture (initial encounter for closed or open fracture) and not at all for a dislocation.
 */
const DISLOCATION = /\b(disloc\w*|dislctn|subluxation)\b/i;
const OPEN_OR_CLOSED = /\s*-\s*(closed|clos|cl|open|opn)\s*$/i;
const FRACTURE_OPEN_OR_CLOSED: readonly (readonly [RegExp, string])[] = [
  [/\s*-\s*(closed|clos|cl)\s*$/i, ' closed fracture'],
  [/\s*-\s*(open|opn)\s*$/i, ' open fracture'],
];

/**
 * Internal injuries: ICD-9 said whether an open wound led into the cavity (thorax, abdomen, skull); ICD-10-CM codes
 * the open wound apart (S21, S31, S01), so the internal injury's code does not say it. A dislocation's ICD-9
 * 'closed' or 'open' is not classified in ICD-10-CM either.
 */
const OPEN_WOUND_INTO_CAVITY =
  /,?\s*(without mention of|with|w\/o|wo|w)\s+(open\s+)?(intracranial\s+)?(wound|wnd)(\s+into\s+(cavity|thorax|abdomen))?(?=,|\s*$)/i;
const CLOSED_OR_OPEN_DISLOCATION = /^\s*(closed|open)\s+(?=(\w+\s+)*(dislocation|subluxation))/i;

/**
 * Loss of consciousness in ICD-9 short titles of intracranial injuries ('Cortex contus-mod coma') in ICD-10-CM's
 * words: ICD-9's brief is under an hour, moderate 1-24 hours (the GEM's 1 hour to 5 hours 59 minutes), prolonged over 24
 * hours, deep coma without return to the earlier level; long titles say 'with no loss of consciousness'.
 */
const COMA: readonly (readonly [RegExp, string])[] = [
  [/(\s*-\s*|\s+w\/o\s+|\s+wo\s+)(no )?coma\s*$/i, ' without loss of consciousness'],
  [/\s*-\s*(brf|brief) coma\s*$/i, ' with loss of consciousness of 30 minutes or less'],
  [/\s*-\s*mod coma\s*$/i, ' with loss of consciousness of 1 hour to 5 hours 59 minutes'],
  [/\s*-\s*(proln|prolng|prol) coma\s*$/i, ' with loss of consciousness greater than 24 hours with return'],
  [/\s*-\s*deep coma\s*$/i, ' with loss of consciousness greater than 24 hours without return'],
  [/\s*-\s*coma nos\s*$/i, ' with loss of consciousness of unspecified duration'],
  [/,?\s*with no loss of consciousness\s*$/i, ' without loss of consciousness'],
  [/,?\s*with moderate \[1-24 hours\] loss of consciousness\s*$/i, ' with loss of consciousness of 1 hour to 5 hours 59 minutes'],
];

/**
 * ICD-9 classified the need for a vaccination by the disease (V03-V06); ICD-10-CM has one code for every
 * immunization (Z23), so the disease named would only lead to the disease itself.
 */
const VACCINATION = /\b(need for [\w\s-]*vaccination|need prphyl vc|vaccin\w* for|vacc\b)|\binoculat\w*\s*$/i;

/**
 * ICD-9 transport accidents (E800-E848) named the injured person and vehicle in their own words; ICD-10-CM's V
 * codes say car driver, car passenger, railway train, snowmobile, animal-rider, noncollision transport accident.
 */
const TRANSPORT: readonly (readonly [RegExp, string])[] = [
  [/\bdriver of motor vehicle other than motorcycle\b/gi, 'car driver'],
  [/\bpassenger in motor vehicle other than motorcycle\b/gi, 'car passenger'],
  [/\bmotor vehicle other than motorcycle\b/gi, 'car'],
  [/\bmotorcyclist\b/gi, 'motorcycle driver'],
  [/\bpassenger on motorcycle\b/gi, 'motorcycle passenger'],
  [/\bcollision with train\b/gi, 'collision with railway train'],
  [/\bmotor-driven snow vehicle\b/gi, 'snowmobile'],
  [/\brider of animal; occupant of animal-drawn vehicle\b/gi, 'animal-rider'],
  [/\bdue to loss of control, without collision on the highway\b/gi, 'noncollision transport accident'],
  [/\bmotor vehicle traffic accident\b/gi, 'traffic accident'],
];
const TRANSPORT_ACCIDENT = /\b(accident|injuring)\b/i;

/**
 * ICD-9 short titles of motor vehicle and other road accidents (E810-E829) end in the injured person ('Mv-train
 * coll-driver', 'Loss control mv acc-psgr'); a motor vehicle other than a motorcycle is ICD-10-CM's car, a snow
 * vehicle its snowmobile, a train its railway train.
 */
const SHORT_TRANSPORT = /\b(mv|snow veh|st car)\b|-(anim rider|anim rid)\s*$/i;
const SHORT_TRANSPORT_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bsnow veh\b/gi, 'snowmobile'],
  [/\bmv-train\b/gi, 'car collision with railway train'],
  [/\bmv\b(?=.*-\s*(driver|pasngr|psgr|passenger|pers nos|person nos)\s*$)/gi, 'car motor vehicle'],
  [/\s*-\s*(pasngr|psgr|passenger)\s*$/i, ' passenger'],
  [/\s*-\s*(pers nos|person nos)\s*$/i, ' unspecified occupant'],
  [/\s*-\s*(anim rider|anim rid|rider)\s*$/i, ' animal-rider'],
  [/\s*-\s*st car\s*$/i, ' streetcar occupant'],
  [/\s*-\s*(pedest|pedestrian)\s*$/i, ' pedestrian'],
  [/\s*-\s*ped cycl\s*$/i, ' pedal cyclist'],
  [/\s*-\s*(mcycl psgr|motcycl psgr)\s*$/i, ' motorcycle passenger'],
  [/\s*-\s*(motcycl|mocycl|mcycl)\s*$/i, ' motorcycle driver'],
];

/** The query with ICD-9 conventions put in ICD-10-CM words; other text unchanged. */
export function icd10Wording(query: string): string {
  let text = query;
  if (VACCINATION.test(text)) return 'encounter for immunization';
  if (TUBERCULOSIS.test(text)) for (const rule of TB_CONFIRMATION) text = text.replace(rule, '');
  text = abortionWording(text);
  text = text.replace(LOCALIZED, '');
  if (OSTEOARTHRITIS.test(text)) for (const [rule, words] of OSTEOARTHRITIS_KIND) text = text.replace(rule, words);
  if (OBSTETRIC.test(text)) text = firstRule(text, EPISODES.slice(0, -1)) ?? text;
  if (/\bmother\b/i.test(text)) text = text.replace(EPISODES.at(-1)![0], EPISODES.at(-1)![1]);
  if (JOINT_CONDITION.test(text)) text = firstRule(text, JOINT_SITES) ?? text;
  text = text.replace(OPEN_WOUND_INTO_CAVITY, '').replace(CLOSED_OR_OPEN_DISLOCATION, '');
  if (DISLOCATION.test(text)) text = text.replace(OPEN_OR_CLOSED, '');
  else if (FRACTURE.test(text)) text = firstRule(text, FRACTURE_OPEN_OR_CLOSED) ?? text;
  if (FRACTURE.test(text)) for (const rule of FRACTURE_QUALIFIERS) text = text.replace(rule, '');
  else text = firstRule(text, COMA) ?? text;
  if (LYMPHOMA.test(text)) text = firstRule(text, NODE_REGIONS) ?? text;
  if (DEPENDENCE.test(text) && !OBSTETRIC.test(text)) text = text.replace(COURSE, '');
  if (SCHIZOPHRENIA.test(text)) text = text.replace(SCHIZOPHRENIA_COURSE, '');
  if (AFFECTIVE.test(text) && !USE_NAMED_FULLY.test(text)) for (const [rule, words] of AFFECTIVE_WORDS) text = text.replace(rule, words);
  if (DRUG_MENTAL.test(text) && /\bdrugs?\b/i.test(text)) {
    for (const [rule, words] of DRUG_WORDS) text = text.replace(rule, words);
    // Without abuse or dependence documented, a drug's mental effect is the 'use' code (F19.9-).
    text = text.replace(/\bdrugs?\b/gi, USE_NAMED.test(text) ? 'other psychoactive substance' : 'other psychoactive substance use');
  }
  if (OPEN_WOUND.test(text)) text = firstRule(text, WOUND_COURSE) ?? text;
  if (TRANSPORT_ACCIDENT.test(text)) for (const [rule, words] of TRANSPORT) text = text.replace(rule, words);
  if (SHORT_TRANSPORT.test(text)) for (const [rule, words] of SHORT_TRANSPORT_WORDS) text = text.replace(rule, words);
  text = text.replace(IN_OTHER_DISEASE, ' in diseases classified elsewhere');
  if (MIGRAINE.test(text)) for (const [rule, words] of MIGRAINE_WORDS) text = text.replace(rule, words);
  for (const [rule, words] of MENTION) text = text.replace(rule, words);
  for (const [rule, words] of RENAMED) text = text.replace(rule, words);
  return text;
}

function abortionWording(text: string): string {
  if (INDUCED_ABORTION.test(text)) {
    if (UNCOMPLICATED.test(text)) return 'encounter for elective termination of pregnancy';
    return text.replace(ABORTION_COMPLETENESS, '').replace(INDUCED_ABORTION, 'induced termination of pregnancy');
  }
  if (SPONTANEOUS_ABORTION.test(text)) return firstRule(text, SPONTANEOUS_COMPLETENESS) ?? text;
  return text;
}

function firstRule(text: string, rules: readonly (readonly [RegExp, string])[]): string | undefined {
  for (const [rule, words] of rules) if (rule.test(text)) return text.replace(rule, words);
  return undefined;
}
