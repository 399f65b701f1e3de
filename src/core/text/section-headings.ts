/**
 * The note headings ChartCode recognises, by section kind. Written lower case, single-spaced; the matcher
 * accepts any case, runs of spaces, and "&" for "and".
 */

export type SectionKind =
  | 'chiefComplaint'
  | 'hpi'
  | 'pmh'
  | 'psh'
  | 'family'
  | 'social'
  | 'ros'
  | 'exam'
  | 'labs'
  | 'imaging'
  | 'results'
  | 'assessment'
  | 'plan'
  | 'diagnoses'
  | 'dischargeDiagnoses'
  | 'admissionDiagnoses'
  | 'differential'
  | 'problemList'
  | 'procedures'
  | 'operativeReport'
  | 'impression'
  | 'medications'
  | 'allergies'
  | 'hospitalCourse'
  | 'other';

export const HEADINGS: Readonly<Record<Exclude<SectionKind, 'other'>, readonly string[]>> = {
  chiefComplaint: ['chief complaint', 'cc', 'presenting complaint', 'reason for visit', 'reason for admission', 'reason for consultation', 'reason for referral', 'chief complaints'],
  hpi: ['history of present illness', 'hpi', 'history of the present illness', 'present illness', 'clinical history', 'history', 'anamnesis', 'interval history', 'subjective', 's'],
  pmh: ['past medical history', 'pmh', 'pmhx', 'medical history', 'past history', 'personal history', 'previous history', 'antecedents', 'personal antecedents', 'past medical and surgical history',
    // A US obstetric note's earlier pregnancies ('OB HX: G1 NSVD 2018 at term. G2 SAB 2021'): outcomes over and done.
    'ob history', 'ob hx', 'obstetric history', 'past obstetric history', 'pobhx', 'ob/gyn history', 'ob/gyn hx'],
  psh: ['past surgical history', 'psh', 'surgical history', 'previous surgeries', 'prior surgeries'],
  family: ['family history', 'fh', 'fhx', 'family medical history', 'family antecedents'],
  social: ['social history', 'sh', 'shx', 'habits', 'toxic habits', 'social'],
  ros: ['review of systems', 'ros', 'systems review'],
  exam: ['physical exam', 'physical examination', 'exam', 'examination', 'pe', 'vital signs', 'vitals', 'objective', 'on examination', 'general examination', 'exploration', 'physical exploration', 'o',
    // Machine translations of the Spanish heading 'Exploración física' in translated case reports.
    'physical location', 'physical manifestation', 'physical manifestations'],
  labs: ['labs', 'laboratory', 'laboratory data', 'laboratory results', 'lab results', 'laboratory tests', 'analytical data', 'blood tests', 'analytics'],
  imaging: ['imaging', 'radiology', 'imaging studies', 'radiographs', 'x-ray', 'ct', 'mri', 'ultrasound', 'echocardiogram'],
  results: ['results', 'findings', 'studies', 'diagnostic studies', 'data', 'complementary tests', 'complementary examinations', 'additional tests', 'investigations', 'pathology', 'histology', 'pathology report'],
  assessment: ['assessment', 'assessment and plan', 'a/p', 'a&p', 'ap', 'a', 'clinical impression and plan', 'assessment/plan'],
  plan: ['plan', 'p', 'treatment', 'recommendations', 'disposition', 'treatment plan', 'management', 'follow-up', 'follow up'],
  diagnoses: ['diagnosis', 'diagnoses', 'final diagnosis', 'final diagnoses', 'principal diagnosis', 'secondary diagnoses', 'preoperative diagnosis', 'postoperative diagnosis', 'pre-operative diagnosis', 'post-operative diagnosis', 'clinical diagnosis', 'dx', 'diagnostic', 'diagnostic judgment'],
  dischargeDiagnoses: ['discharge diagnosis', 'discharge diagnoses', 'diagnosis at discharge', 'diagnoses at discharge', 'discharge dx'],
  admissionDiagnoses: ['admission diagnosis', 'admission diagnoses', 'admitting diagnosis', 'diagnosis on admission', 'admission dx'],
  differential: ['differential diagnosis', 'differential diagnoses', 'ddx', 'differential'],
  problemList: ['problem list', 'problems', 'active problems', 'active problem list', 'current problems'],
  procedures: ['procedures', 'procedure', 'procedure performed', 'procedures performed', 'operation', 'operations', 'operation performed', 'surgery performed', 'indications', 'anesthesia'],
  operativeReport: ['operative report', 'operative note', 'op note', 'description of procedure', 'procedure description', 'operative findings', 'technique', 'surgical technique', 'description of operation'],
  impression: ['impression', 'impressions', 'clinical impression', 'conclusion', 'conclusions', 'summary'],
  medications: ['medications', 'medication', 'meds', 'current medications', 'home medications', 'home meds', 'discharge medications', 'discharge meds', 'outpatient medications', 'medications on admission', 'usual medication', 'usual treatment', 'current treatment'],
  allergies: ['allergies', 'allergy', 'drug allergies', 'nkda'],
  hospitalCourse: ['hospital course', 'course', 'clinical course', 'evolution', 'outcome', 'course in hospital', 'brief hospital course'],
};

/** Headings too short or too common to accept unless followed by a colon (never alone on a line). */
export const NEEDS_COLON = new Set(['a', 'p', 's', 'o', 'ap', 'pe', 'history', 'data', 'course', 'social', 'technique', 'a&p', 'dx', 'treatment', 'management', 'outcome', 'summary']);
