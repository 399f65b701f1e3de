/**
 * NegEx/ConText trigger phrases, written here (no maintained JavaScript library exists). A forward trigger
 * governs the words after it, a backward one the words before it, 'both' either side. Pseudo-triggers
 * ("no change", "gram negative") look like triggers but are not; they are matched first and consume their words.
 */
export type TriggerCategory = 'negated' | 'uncertain' | 'historical' | 'family' | 'hypothetical' | 'pseudo' | 'terminator';
export type TriggerDirection = 'forward' | 'backward' | 'both';

export interface TriggerRule {
  category: TriggerCategory;
  direction: TriggerDirection;
  phrases: readonly string[];
  /**
   * Guideline uncertainty terms that case reports use to confirm a finding ("biopsy compatible with
   * adenocarcinoma"). The Official Guidelines (II.H, IV.H) list "compatible with" and "consistent with" as
   * uncertain, so they decide 'uncertain', flagged weak so that the caller may weigh them as confirmation.
   */
  weak?: boolean;
  /**
   * A predicate that negates its sentence's subject ("Adenopathy, goiter or jugular engorgement ... is not
   * present"): its scope reaches back to the start of the clause, however many words the subject lists.
   */
  wholeSubject?: boolean;
  /**
   * A prefix written onto the word it negates ('a non-painful tumor', 'non-bleeding'): it governs that word only,
   * not the noun the word describes (the tumor is present; only the pain is denied).
   */
  attached?: boolean;
}

const RELATIVES = [
  'mother', 'father', 'sister', 'brother', 'son', 'daughter', 'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin',
  'sibling', 'siblings', 'parents', 'parent', 'relative', 'relatives', 'twin', 'niece', 'nephew', 'grandparents',
  'mom', 'dad', 'sisters', 'brothers', 'sons', 'daughters', 'uncles', 'aunts', 'cousins',
];
const RELATIVE_VERBS = [
  'had', 'has', 'have', 'with', 'died of', 'died from', 'suffered', 'suffers', 'suffered from', 'suffers from',
  'was diagnosed with', 'diagnosed with', 'history of', 'is affected by', 'affected by', ':',
];
/**
 * 'a 12-hour history of abdominal pain', 'a two-month history of fever', 'a year and a half history of right hip
 * pain': how long the present illness has lasted.
 */
const DURATIONS = [...['hour', 'day', 'week', 'month', 'year'].flatMap((unit) => [`${unit} history of`, `${unit}s history of`]), 'and a half history of'];
const RELATIVE_PLACES = ['in the family', 'in family members', 'in first degree relatives', 'in a first degree relative'];

/**
 * A test named after 'negative': its result, read forward over what it was for and never backward. The urine's
 * tests and the examination's signs too: 'glycosuria, microhematuria and negative nitrites', 'hepatomegaly, negative
 * Murphy sign', 'malaise with negative fluid balance' (the glycosuria, the hepatomegaly, the malaise are there).
 */
const NEGATIVE_TESTS = ['serology', 'serologies', 'culture', 'cultures', 'blood cultures', 'test', 'tests', 'result', 'results',
  'nitrites', 'nitrite', 'urine culture', 'urine cultures', 'urine test', 'murphy', 'murphy sign', "murphy's sign", 'blumberg',
  'blumberg sign', "blumberg's sign", 'fluid balance']
  .map((test) => `negative ${test}`);

/**
 * Serological markers that classify an arthritis, their result said after them ('RF negative', 'HLA-B27 positive'): the
 * result belongs to the marker, not to the arthritis named before it. Not the screens for other diseases (ANA, ANCA),
 * which close lists of tests whose every item the result denies ('antiphospholipid antibodies HIV, HBV, HCV and ANA
 * were negative').
 */
const MARKER_TESTS = ['rheumatoid factor', 'rheumatoid factors', 'rf', 'anti-ccp', 'hla-b27', 'hla b27', 'hla-b-27',
  // A tumour's receptors and driver genes, their result said after them as oncology notes write it: 'Breast cancer,
  // ER/PR+, HER2 neg', 'adenocarcinoma of the lung, EGFR negative' (the cancer is there; receptor-status.ts).
  'her2', 'her-2', 'her2/neu', 'her2neu', 'er/pr', 'egfr', 'alk', 'kras', 'braf', 'ros1', 'pd-l1'];
/**
 * Blood tests US notes report with a bare 'negative' after them in an assessment's list ('CAP, likely viral,
 * procalcitonin negative'; 'chest pain, troponin negative x2'): the result is the test's, not the findings before it.
 */
const RESULT_TESTS = ['procalcitonin', 'troponin', 'troponins', 'd-dimer', 'd dimer'];

/**
 * A finding compared with an earlier study: 'new left pleural effusion, not seen on prior CT', 'cardiomegaly, not
 * present in a previous one': absent then, there now. The comparison denies the earlier study's finding, not this
 * one's (nor is 'previously' or 'prior' here the finding's past).
 */
const PRIOR_STUDY_COMPARISONS = [
  ...['not present', 'not seen', 'not visible', 'not identified', 'not evident'].flatMap((absent) => [
    ...['on', 'in'].flatMap((prep) => ['prior', 'the prior', 'a prior', 'previous', 'the previous', 'a previous'].map((earlier) => `${absent} ${prep} ${earlier}`)),
    `${absent} previously`,
  ]),
  'not previously seen', 'not previously present', 'not previously identified', 'not previously visible',
];

export const TRIGGER_RULES: readonly TriggerRule[] = [
  { category: 'pseudo', direction: 'both', phrases: [
    'no increase', 'no change', 'no significant change', 'no further', 'no improvement', 'not only', 'not necessarily',
    'not improve', 'did not improve', 'not respond', 'did not respond', 'without difficulty', 'gram negative', 'coagulase negative',
    // 'Preeclampsia without severe features' grades the pre-eclampsia mild to moderate (chart-synonyms.ts).
    'without severe features',
    // 'Non-' that is the finding's own word, not a denial: 'therapeutic non-compliance' (Z91.19-), 'hepatitis non-A,
    // non-B' (B17.8), 'non-small cell lung carcinoma' (C34.-, not the small cell one denied).
    'non compliance', 'non compliant', 'non adherence', 'non adherent', 'non a', 'non b', 'non small',
    'gram positive', 'negative predictive', 'rh negative', 'whether or not', 'history of present illness',
    'prior to', 'not drain', 'not allow', 'not certain whether', 'history and physical',
    'previous day', 'previous days', 'previous week', 'previous weeks', 'previous month', 'previous months',
    'previous hours', 'previous night', 'prior day', 'past few days', 'not well',
    // A prescribed drug the patient did not take is there, underdosed (Guidelines I.C.19.e.5.c; drug-synonyms.ts):
    // 'He did not take his insulin for a week because of cost'.
    ...['take', 'taking', 'taken'].flatMap((verb) => ['his', 'her', 'their'].map((own) => `not ${verb} ${own}`)),
    // 'MVC, car vs truck', 'pedestrian vs auto': what collided with what, as trauma notes write it, not a doubt.
    ...['car', 'auto', 'vehicle', 'pedestrian', 'bicycle', 'bicyclist', 'cyclist', 'bike', 'motorcycle', 'truck', 'mvc'].flatMap((v) => [`${v} vs`, `${v} versus`]),
    // The patient herself named as a mother: 'Breastfeeding mother with mastitis', 'new mom with postpartum depression'
    // are her conditions, not a relative's.
    ...['breastfeeding', 'nursing', 'lactating', 'postpartum', 'new', 'first-time', 'first time', 'expectant'].flatMap((who) =>
      ['mother', 'mom'].map((mother) => `${who} ${mother} with`)),
    // Code status orders: 'Do not resuscitate' is the order itself (Z66), not a denial.
    'do not resuscitate', 'do not attempt resuscitation', 'do not intubate',
    // What cannot be done for a condition, not its absence: 'no possibility of surgery for mediastinal metastases'.
    'no possibility of surgery', 'no possibility of surgical', 'no possibility of resection', 'not a candidate for surgery',
    // 'Hypertransaminemia and negative serology for hepatitis A': 'negative' before its test names the test's result,
    // not what comes before it; what the test was for follows (see the forward 'negative serology for').
    ...NEGATIVE_TESTS,
    // 'A new episode of supraventricular tachycardia, resolved with adenosine': treated in this stay, so coded
    // (a condition resolved by its treatment here is not a past one).
    'resolved with', 'was resolved with',
    // 'Multiple cystic lung lesions, none of them greater than 2 cm': a measure of what was found, not a denial.
    'none of them', 'none of which', 'none of these', 'none of the lesions',
    // 'Renal clear cell carcinoma ... with negative resection margins': the pathologist reports the margins, cut clear
    // of the tumour; the tumour itself is there.
    ...['margins', 'margin', 'resection margins', 'resection margin', 'surgical margins', 'surgical margin'].map((m) => `negative ${m}`),
    'margins were negative', 'margins are negative', 'margin was negative', 'margin is negative',
    ...DURATIONS, 'long history of', 'long standing history of', 'longstanding history of',
    // 'She presented with a history of abdominal pain', 'consulted for a history of hematuria': the complaint of the
    // visit, told as a history of its course, not a past condition.
    ...['presented', 'presenting', 'presents', 'came', 'consulted', 'attended', 'admitted'].flatMap((v) => [`${v} with a history of`, `${v} for a history of`]),
    'presenting a history of', 'presented a history of',
    ...PRIOR_STUDY_COMPARISONS,
    // 'With no relevant medical history, ex-smoker for 15 years': the phrase says nothing is worth telling; what
    // follows it is told, not denied. (Not 'no past medical history' alone, which 'of diabetes' may follow.)
    ...['no', 'without'].flatMap((n) => [
      `${n} relevant medical history`, `${n} relevant history`, `${n} relevant past history`, `${n} relevant personal history`,
      `${n} relevant past medical history`, `${n} significant medical history`, `${n} significant past medical history`,
      `${n} significant history`, `${n} history of interest`, `${n} medical history of interest`,
      `${n} personal history of interest`, `${n} past history of interest`, `${n} other relevant history`,
      `${n} family history of interest`, `${n} relevant family history`, `${n} family history of note`,
    ]),
  ] },
  { category: 'negated', direction: 'forward', phrases: [
    'no', 'not', 'without', 'denies', 'denied', 'deny', 'denying', 'negative for', 'no evidence of', 'no evidence for',
    'not diagnosed with', 'never diagnosed with', 'never been diagnosed with',
    'no sign of', 'no signs of', 'no history of', 'absence of', 'free of', 'never', 'never had', 'nor', 'neither',
    'lack of', 'lacks', 'lacked', 'fails to reveal', 'failed to reveal', 'no suspicion of', 'rules out', 'ruling out',
    'denies history of', 'denied history of', 'denied a history of', 'denies a history of', 'denies any history of',
    'denied any history of', 'no known history of', 'without a history of', 'were negative for', 'was negative for',
    'is negative for', 'are negative for', 'tested negative for', ...NEGATIVE_TESTS.map((t) => `${t} for`), 'did not present', 'does not present',
    'did not show', 'does not show', 'did not reveal', 'does not reveal', 'no previous', 'no prior', 'no personal history of',
    'no family history of', 'no past history of',
    // 'Neither MRI nor surgery revealed any vascular malformations': the study named between 'neither' and 'nor' ends
    // their scope at 'revealed' (a terminator); 'any' after the verb still says none was found.
    'revealed any', 'showed any', 'shows any', 'reveals any', 'unrelated to',
    // A review of systems' minus sign: '(-) hemoptysis', as '(+) cough' marks what is there.
    '(-)', 'not related to', 'excluding', 'after excluding', 'without history of', 'no findings of', 'no data of', 'no data suggestive of', 'not suggestive of', 'no complaints of',
    // An ED's weighing of what it chose not to pursue: 'Low suspicion for PE/dissection' is no diagnosis, not even an
    // uncertain one a coder would code at discharge (Guidelines II.H).
    ...['suspicion for', 'suspicion of', 'clinical suspicion for', 'clinical suspicion of', 'concern for', 'probability of',
      'probability for', 'pretest probability for', 'pretest probability of', 'likelihood of'].map((p) => `low ${p}`),
  ] },
  { category: 'negated', direction: 'forward', attached: true, phrases: ['non'] },
  { category: 'negated', direction: 'backward', phrases: [
    'was ruled out', 'were ruled out', 'is ruled out', 'been ruled out', 'excluded', 'was excluded', 'were excluded',
    // Not ': no' alone: "Chest X-ray: no infiltrate" negates the infiltrate, not the X-ray.
    'negative', 'was negative', 'were negative', 'is negative', 'are negative', ': none', 'none', ': negative',
    ': absent', '- none', '- negative', 'unlikely', 'is unlikely', 'was not found', 'were not found',
  ] },
  { category: 'negated', direction: 'backward', wholeSubject: true, phrases: [
    'is not present', 'was not present', 'were not present', 'are not present', 'was not observed', 'were not observed',
    'was not seen', 'were not seen', 'was not detected', 'were not detected', 'is not observed', 'are not observed',
    'is not seen', 'are not seen', 'is not detected', 'are not detected', 'is not palpated', 'are not palpated',
    'was not palpated', 'were not palpated', 'is absent', 'are absent', 'was absent', 'were absent',
  ] },
  { category: 'negated', direction: 'both', phrases: [
    'ruled out', 'absent', 'not present', 'not seen', 'not found', 'not detected', 'not identified', 'not observed',
    'not visualized', 'not evident', 'not demonstrated', 'not shown', 'not appreciated', 'not noted', 'not evidenced',
  ] },
  { category: 'uncertain', direction: 'forward', phrases: [
    'possible', 'possibly', 'probable', 'probably', 'suspicion of', 'suspicion for', 'suspicious for', 'suspicious of', 'suggestive of',
    'suggesting', 'suggests', 'questionable', 'question of', 'r/o', 'rule out', 'to rule out', 'cannot rule out',
    'can not rule out', 'could not rule out', 'differential diagnosis', 'differential diagnosis with',
    'differential diagnosis between', 'may be', 'might be', 'could be', 'may have', 'might have', 'presumed',
    'presumptive', 'presumably', 'concern for', 'concerning for', 'worrisome for', 'equivocal', 'doubtful',
    'uncertain', 'unclear', 'working diagnosis', 'to exclude', 'in order to exclude', 'in order to rule out',
    'diagnostic suspicion of', 'whether',
  ] },
  { category: 'uncertain', direction: 'forward', weak: true, phrases: ['compatible with', 'consistent with'] },
  { category: 'uncertain', direction: 'backward', phrases: [
    'is suspected', 'was suspected', 'were suspected', 'is possible', 'was considered', 'were considered',
    'cannot be excluded', 'can not be excluded', 'could not be excluded', 'not excluded', 'not be excluded',
    'cannot be ruled out', 'can not be ruled out', 'could not be ruled out', 'not ruled out', 'not be ruled out',
    'to be ruled out', 'is likely', 'was likely', 'is probable', 'was probable', 'is questionable',
  ] },
  { category: 'uncertain', direction: 'both', phrases: ['suspected', 'likely', 'versus', 'vs', 'or possibly'] },
  { category: 'historical', direction: 'forward', phrases: [
    'history of', 'h/o', 'hx of', 'hx', 'past history of', 'personal history of', 'medical history of',
    'remote history of', 'previous', 'previously', 'prior', 'former', 'formerly', 's/p', 'status post', 'no longer',
    'recovered from', 'quit', 'quitted', 'stopped', 'gave up', 'ceased',
    // The Spanish 'antecedentes' is the history: 'the only antecedents of interest were treated tuberculosis' (Z86.11;
    // lasting conditions stay coded, assemble.ts). 'History included' is left out: case reports list current
    // comorbidities after it as often as past ones.
    'antecedents of', 'antecedent of',
    // US notes' 'remote CVA', 'remote MI': an event long past ('old' is left out: '82-year-old' holds it).
    'remote',
  ] },
  { category: 'historical', direction: 'backward', phrases: [
    'years ago', 'months ago', 'years before', 'months before', 'years earlier', 'in the past', 'as a child',
    // 'Had resolved' puts the condition before the story, and a problem list's ', resolved' marks a problem no longer
    // current; 'the stricture resolved after the sphincterotomy' tells how this stay's condition went, which is coded
    // (it was treated here).
    'in childhood', 'had resolved', 'had already resolved', ', resolved', '(resolved', 'now resolved', 'since resolved',
    'in remission years ago',
  ] },
  { category: 'family', direction: 'forward', phrases: [
    'family history of', 'family history', 'family history positive for', 'fh of', 'fhx', 'fhx of',
    'familial history of', 'family antecedents of', 'family background of',
    ...RELATIVES.flatMap((r) => RELATIVE_VERBS.map((v) => (v === ':' ? `${r}:` : `${r} ${v}`))),
    ...RELATIVES.map((r) => `${r}'s history of`),
  ] },
  { category: 'family', direction: 'backward', phrases: [
    ...RELATIVE_PLACES, ...RELATIVES.flatMap((r) => [`in his ${r}`, `in her ${r}`, `in the ${r}`, `in their ${r}`]),
    // A family history list's shorthand without the possessive ('bipolar disorder in mother, colon cancer in father');
    // not 'in twin(s)', a pregnancy's word, nor 'in relative' ('in relative terms').
    ...RELATIVES.filter((r) => !/^(?:twin|relatives?|parents?)$/.test(r)).map((r) => `in ${r}`),
  ] },
  { category: 'hypothetical', direction: 'forward', phrases: [
    'if', 'in case of', 'in case', 'risk of', 'risks of', 'to minimize', 'in order to minimize', 'at risk of', 'at risk for', 'risk for', 'risk factors for',
    'prophylaxis', 'prophylaxis of', 'prophylaxis for', 'prophylactic', 'prevention of', 'to prevent', 'to avoid', 'avoid', 'avoiding', 'prevent', 'preventing',
    'should he', 'should she', 'should they', 'should the patient', 'should there be', 'should symptoms',
    'return if', 'return for', 'come back if', 'call if', 'watch for', 'monitor for', 'vaccination against',
    'vaccine against', 'unless', 'screening for', 'precautions for',
    // What a monitoring is for, as US plans write it: 'telemetry to r/o AF', 'tele to r/o arrhythmia' names the workup's
    // purpose, no diagnosis even an uncertain one (Guidelines II.H is for a diagnosis still qualified at discharge).
    'to r/o',
  ] },
  // 'Colon cancer screening', 'depression screening': what a screening looks for is not found by it (Z12.-, Z13.-).
  { category: 'hypothetical', direction: 'backward', phrases: ['screening'] },
  // Forward terminators end only what a trigger before them governs, not what a predicate after them reaches back to.
  { category: 'terminator', direction: 'forward', phrases: [
    // A new clause after a comma: 'without known allergies, with a history of hypertension' (but 'Adenopathy, with
    // symmetrical pulses, is not present').
    ', with',
    // What a negation denies is the cause, not the finding it is the cause of ('A new fibrogastroscopy was performed
    // without locating the cause of the bleeding'; 'The immunohistochemical profile did not suggest the origin of
    // the primary tumor'): the finding is there. 'Infection as the cause of fever was ruled out' still rules out
    // the infection. Not the plural, which lists the causes denied: 'No known causes of pancreatitis were found,
    // including hypertriglyceridemia, hypercalcemia, ...'.
    'cause of', 'cause for', 'origin of', 'etiology of', 'aetiology of', 'source of',
    // What a past condition left is there now: 'history of ischemic stroke with residual left hemiparesis' (I69.354,
    // Guidelines I.C.9.d).
    'with residual',
    // A treatment given after a list of findings denied: 'CT head neg for hemorrhage, NIHSS 14, given IV tPA at OSH'
    // (the tPA was given; what the CT denied ends at the treatment).
    ', given', ', received', ', treated with', ', started on',
    // The Tabular's wording of an open wound, as problem lists print titles: 'Laceration without foreign body of left
    // index finger' (S61.211A), 'Puncture wound without foreign body, left foot' (S91.332A) deny the foreign body, not
    // the site written after it.
    'foreign body of', 'foreign bodies of', 'foreign body, right', 'foreign body, left',
    // The event a denied finding is measured against happened: 'concussion without loss of consciousness after a fall
    // from his bike', 'no LOC, after MVC' deny the LOC, not the fall (W19, V89.2).
    'after', 'following',
  ] },
  { category: 'terminator', direction: 'both', phrases: [
    'but', 'however', 'although', 'though', 'except', 'apart from', 'aside from', 'which', 'whereas', 'while',
    'yet', 'nevertheless', 'nonetheless', 'instead', ';', 'presents', 'presented', 'presenting', 'positive',
    'positive for', 'revealed', 'reveals', 'revealing', 'showed', 'shows', 'showing', 'who', 'except for',
    'secondary to', 'due to', 'because', 'since', 'then', 'later', 'now', 'currently', 'accompanied by',
    // A new clause about the visit itself: 'with no history of interest, consulted for a painful tumor'.
    'consulted', 'consults', 'consulting', 'came', 'comes', 'was admitted', 'admitted', 'was referred', 'attended',
    // A new clause with its own subject: 'Having no family history of cystic diseases, she is diagnosed with ...'.
    ', she is', ', he is', ', she was', ', he was', ', the patient is', ', the patient was',
    // A participle clause of its own, its subject after it as case reports translated from Spanish write it: 'a
    // heterozygosis for the G20210A mutation of the prothrombin gene, being normal or negative the Leiden factor V'
    // (the mutation is there; what is negative follows 'being').
    ', being',
    // A diagnosis told after the negated history: 'without known allergies diagnosed with gastric adenocarcinoma'.
    'diagnosed with', 'was diagnosed with', 'is diagnosed with',
    // A time bound opens the clause of what ended it: 'she remained without symptoms until the appearance of a rash'.
    'until',
    // A marker test is its own subject: 'Rheumatoid arthritis of the hands, rheumatoid factor negative' says the
    // factor is absent (seronegative, M06.0-), not the arthritis; 'negative' reads back to the test only.
    ...MARKER_TESTS, ...RESULT_TESTS,
  ] },
];
