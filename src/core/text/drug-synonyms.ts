/**
 * How charts name a drug's harm in the Table of Drugs' columns. 'Toxicity - see Table of Drugs and Chemicals': a drug's
 * toxicity without an overdose or a wrong substance documented is the harm of a drug correctly prescribed and
 * properly administered, its adverse effect (Guidelines I.C.19.e.5.a; Coding Clinic on 'digoxin toxicity').
 */
/**
 * Drugs by class, for names the Table of Drugs does not list (FY2025 Table: no sertraline, apixaban, atorvastatin,
 * carvedilol): each is read as its class's row as the Table words it, the parent's word included ('Antidepressant,
 * selective serotonin reuptake inhibitor' T43.22-), so 'sertraline overdose' is the SSRI's poisoning. Names the Table
 * lists (fluoxetine, metoprolol, lorazepam, lisinopril) keep their own rows. Written from the drugs' pharmacological
 * classes.
 */
const DRUG_CLASSES: Record<string, readonly string[]> = {
  'selective serotonin reuptake inhibitor antidepressant': ['sertraline', 'paroxetine', 'escitalopram', 'vortioxetine', 'ssri', 'ssris'],
  'selective serotonin norepinephrine reuptake inhibitor antidepressant': ['duloxetine', 'desvenlafaxine', 'milnacipran', 'levomilnacipran', 'snri', 'snris'],
  // Direct oral anticoagulants: 'Anticoagulant NEC' T45.51-.
  anticoagulant: ['apixaban', 'rivaroxaban', 'edoxaban', 'dabigatran', 'doac', 'doacs'],
  // HMG-CoA reductase inhibitors: 'Antihyperlipidemic drug' T46.6-.
  'antihyperlipidemic drug': ['atorvastatin', 'rosuvastatin', 'pitavastatin', 'fluvastatin', 'statin', 'statins'],
  'beta-adrenoreceptor antagonist': ['carvedilol', 'nebivolol', 'beta blocker', 'beta blockers', 'beta-blocker', 'beta-blockers'],
  'angiotensin-converting-enzyme inhibitor': ['trandolapril', 'ace inhibitor', 'ace inhibitors', 'acei'],
  // The newer antiepileptics: 'Anticonvulsant, specified NEC' T42.6X- ('Other antiepileptic and sedative-hypnotic
  // drugs'), not the unspecified anticonvulsant T42.7-; 'Keppra' the brand of levetiracetam.
  'specified anticonvulsant': ['levetiracetam', 'keppra', 'lamotrigine', 'lamictal', 'lacosamide', 'vimpat', 'topiramate', 'topamax', 'zonisamide', 'brivaracetam', 'eslicarbazepine', 'perampanel', 'cenobamate', 'rufinamide', 'tiagabine', 'felbamate', 'gabapentin', 'pregabalin'],
};

export const DRUG_SYNONYMS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(DRUG_CLASSES).flatMap(([row, names]) => names.map((name) => [name, row]))),
  toxicity: 'adverse effect', toxicities: 'adverse effect',
  // 'Ingestion, drug or medicament, overdose or wrong substance given or taken - see Table of Drugs, poisoning': an
  // ingestion said to be accidental or intended is a poisoning ('accidental ingestion of an antitussive syrup').
  'accidental ingestion': 'poisoning', 'accidentally ingested': 'poisoning', 'voluntary ingestion': 'poisoning',
  'intentional ingestion': 'poisoning', 'deliberate ingestion': 'poisoning', 'massive ingestion': 'poisoning',
  // An underdosing is read with the Table's poisoning row of its drug and takes the underdosing column from its own
  // word (drug-intent.ts): the concepts are built from the poisoning and adverse effect columns only.
  underdosing: 'poisoning', underdosed: 'poisoning',
  // 'Underdosing' is also taking less than prescribed in other words (Guidelines I.C.19.e.5.c: 'discontinuing a
  // prescribed medication on the patient's own initiative'): the patient's own drug stopped or forgotten
  // ('stopped taking his insulin'), read as its underdosing by drug-intent.ts. Phrases of three words at most (the
  // chart's phrase reading).
  // 'He did not take his insulin', 'was not taking her levothyroxine': a prescribed drug not taken is its underdosing
  // (I.C.19.e.5.c), the owner saying it is the patient's own (not 'does not take drugs', a denial of drug use).
  ...Object.fromEntries(['stopped taking', 'quit taking', 'stopped using', 'not take', 'not taking', 'not taken'].flatMap((verb) => ['his', 'her', 'their'].map((own) => [`${verb} ${own}`, 'poisoning']))),
  'forgot to take': 'poisoning', 'ran out of': 'poisoning', 'run out of': 'poisoning',
};
