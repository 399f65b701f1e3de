/**
 * How examinations write a symptom or sign as an adjective of the patient ('cyanotic', 'somnolent', 'diaphoretic')
 * where the Alphabetic Index and the titles name it as a noun: each word gains the noun's terms, so 'he was
 * cyanotic' reads as 'Cyanosis R23.0'. Joined into the chart synonyms (chart-synonyms.ts). Only words with one
 * clinical meaning are listed: 'irritable' (irritable bowel) and 'asthenic' (a body build) are not.
 */
export const SIGN_WORDS: Readonly<Record<string, string>> = {
  // 'Cyanosis R23.0'; 'Tachypnea R06.82' (polypnea, the European word, is the same rapid breathing); 'Apnea R06.81'.
  cyanotic: 'cyanosis', tachypneic: 'tachypnea', tachypnoeic: 'tachypnea', polypnea: 'tachypnea', polypnoea: 'tachypnea',
  polypneic: 'tachypnea', apneic: 'apnea', hypoxemic: 'hypoxemia', bradycardic: 'bradycardia',
  // 'Somnolence R40.0' (Drowsiness is its inclusion term); 'Stupor R40.1'; 'Unconscious(ness) - see Coma' (R40.20).
  somnolent: 'somnolence', drowsy: 'somnolence', stuporous: 'stupor', comatose: 'coma', unconscious: 'coma',
  // 'Diaphoresis (excessive) R61'; 'Disorientation R41.0'; 'Apathy R45.3'; 'Lethargy R53.83'; 'Cachexia R64'.
  diaphoretic: 'hyperhidrosis', sweaty: 'hyperhidrosis', disoriented: 'disorientation', apathetic: 'apathy',
  lethargic: 'lethargy', cachectic: 'cachexia', nauseous: 'nausea', nauseated: 'nausea',
  // 'Anuria R34', 'Oliguria R34', 'Polyuria R35.8-'; 'Meningism - see Meningismus' (R29.1).
  anuric: 'anuria', oliguric: 'oliguria', polyuric: 'polyuria', meningism: 'meningismus',
  cyanosed: 'cyanosis',
  // 'Burning (sensation) R20.8' ('Dysesthesia R20.8') is the adjective or the gerund alone ('intense local burning');
  // 'burns' and 'burned' are the injury ('Burn ... T30.0'), which the shared stem would otherwise read as the sensation.
  burning: 'dysesthesia',
  // 'Hoarseness R49.0', 'Dysphonia R49.0', 'Dysarthria R47.1', 'Aphasia R47.01'.
  hoarse: 'hoarseness', dysphonic: 'dysphonia', dysarthric: 'dysarthria', aphasic: 'aphasia',
  // Blood counts said of the patient ('he was neutropenic'): D70.9, D69.6, D72.819, D61.818, D72.810.
  neutropenic: 'neutropenia', thrombocytopenic: 'thrombocytopenia', leukopenic: 'leukopenia', pancytopenic: 'pancytopenia',
  lymphopenic: 'lymphocytopenia',
  // The urinary 'jet' of translated notes is the stream ('weak urinary jet', R39.12 Poor urinary stream).
  'urinary jet': 'urinary stream',
  // 'Pallor R23.1' when the patient, the skin or the mucosa is said to be pale; 'pale' before a noun is more often a
  // pathologist's colour ('pale yellow areas', 'a pale brown nodule') and is left unread.
  'was pale': 'pallor', 'is pale': 'pallor', 'were pale': 'pallor', 'are pale': 'pallor', 'appeared pale': 'pallor',
  'looked pale': 'pallor', 'membranes pale': 'pallor', 'mucosa pale': 'pallor', 'skin pale': 'pallor',
  // A colour after it is a shade ('its colour is pale pink'): the longer phrase is read first and keeps the colour.
  ...paleShades(),
  // A shock wave breaks a stone (lithotripsy); it is not the circulatory failure 'Shock R57.9'.
  'shock wave': 'shockwave', 'shock waves': 'shockwave',
  // 'Gait abnormality, unsteadiness R26.81' ('Unsteadiness on feet'); 'Difficulty, walking R26.2'.
  'gait instability': 'unsteadiness on feet', 'unsteady gait': 'unsteadiness on feet', 'unstable gait': 'unsteadiness on feet',
  'instability when walking': 'unsteadiness on feet', 'instability in walking': 'unsteadiness on feet',
  'inability to walk': 'difficulty in walking', 'unable to walk': 'difficulty in walking', 'difficulty walking': 'difficulty in walking',
};

/** 'is pale pink', 'was pale yellow' ...: each copula's 'pale' before a colour, read as the colour alone. */
function paleShades(): Record<string, string> {
  const shades: Record<string, string> = {};
  for (const copula of ['is', 'was', 'are', 'were']) {
    for (const colour of ['pink', 'yellow', 'brown', 'white', 'grey', 'gray', 'green', 'red', 'blue', 'tan']) {
      shades[`${copula} pale ${colour}`] = colour;
    }
  }
  return shades;
}
