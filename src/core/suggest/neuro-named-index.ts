/**
 * Alphabetic Index entries of named nervous-system and mental conditions (G, F) that the engine read as the
 * unspecified or an 'other' code of their category, or found nothing for: the Index names the condition ('Syndrome,
 * cubital tunnel', 'Akathisia', 'Disorder, depressive, recurrent'), the title another wording. Joined to
 * INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const NEURO_NAMED_INDEX: readonly [phrase: string, code: string][] = [
  // 'Syndrome, cubital tunnel G56.2-' (Lesion of ulnar nerve), the side refined from the text.
  ['cubital tunnel syndrome', 'G5620'], ['ulnar nerve entrapment', 'G5620'],
  // 'Cyst, brain (acquired) G93.0; arachnoid, brain (acquired) G93.0; choroid plexus G93.0'.
  ['brain cyst', 'G930'], ['cerebral cyst', 'G930'], ['choroid plexus cyst', 'G930'],
  // 'Disorder, depressive, recurrent F33.9' ('Depression, major, recurrent - see Disorder, depressive, recurrent'),
  // not F33.8 'Other recurrent depressive disorders'.
  ['recurrent depressive disorder', 'F339'], ['recurrent major depression', 'F339'], ['recurrent depression', 'F339'],
  // 'Episode, manic F30.9' (the Index's 'without psychotic symptoms' is F30.10 only when so stated).
  ['manic episode', 'F309'],
  // 'Disorder, bipolar, in remission (currently) F31.70' (partial or full; the most recent episode unnamed).
  ['bipolar disorder in remission', 'F3170'], ['bipolar disorder in partial remission', 'F3170'],
  ['bipolar disorder in full remission', 'F3170'],
  // 'Disorder, bipolar, current episode, depressed F31.30' (mild or moderate severity unspecified; severe F31.4) and
  // 'manic (without psychotic features) F31.10': the episode named without its severity, not F31.9.
  ['bipolar disorder current episode depressed', 'F3130'], ['bipolar disorder current episode manic', 'F3110'],
  // 'Akathisia (drug-induced) (treatment-induced) G25.71'.
  ['akathisia', 'G2571'],
  // 'Parkinsonism, secondary, due to drugs NEC G21.19; neuroleptic G21.11', not Parkinson's disease (G20.-).
  ['drug-induced parkinsonism', 'G2119'], ['neuroleptic-induced parkinsonism', 'G2111'],
  // 'Compression, spinal (cord) G95.20': the Spanish 'compresión medular' as translated.
  ['medullary compression', 'G9520'], ['medullar compression', 'G9520'], ['spinal compression', 'G9520'],
  // 'Myelopathy, radiation-induced G95.89'.
  ['radiation myelopathy', 'G9589'], ['radiation-induced myelopathy', 'G9589'],
  // 'Atrophy, brain (cortex) (progressive) G31.9'; 'cerebral - see Atrophy, brain'; 'cerebellar - see Degeneration,
  // cerebellar' (G31.9).
  ['cerebral atrophy', 'G319'], ['brain atrophy', 'G319'], ['cortical atrophy', 'G319'], ['cerebellar atrophy', 'G319'],
  ['cortico-subcortical atrophy', 'G319'], ['corticosubcortical atrophy', 'G319'],
  // 'Ataxia, cerebellar (hereditary) G11.9'; the bare 'ataxia' stays R27.0.
  ['cerebellar ataxia', 'G119'],
  // 'Headache, thunderclap G44.53'.
  ['thunderclap headache', 'G4453'],
  // 'Dysautonomia (see also Neuropathy, autonomic) G90.9'; 'Dysfunction, autonomic G90.9'.
  ['dysautonomia', 'G909'], ['autonomic dysfunction', 'G909'],
  // 'Neuropathy, autonomic, peripheral - see Neuropathy, peripheral, autonomic' (G90.9), not the bare neuropathy's G62.9.
  ['autonomic neuropathy', 'G909'], ['peripheral autonomic neuropathy', 'G909'],
  // 'Psychosis, acute (transient) F23', not the unspecified psychosis F29.
  ['acute psychosis', 'F23'], ['acute psychotic episode', 'F23'],
  // 'Syndrome, postconcussional F07.81': the lasting symptoms after a concussion, not the concussion (S06.0X-).
  ['post-concussion syndrome', 'F0781'], ['postconcussion syndrome', 'F0781'], ['postconcussive syndrome', 'F0781'],
  ['post-concussive syndrome', 'F0781'], ['postconcussional syndrome', 'F0781'],
];
