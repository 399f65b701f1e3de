/**
 * Infections and infectious agents as the ICD-10-CM Alphabetic Index reads them, where the titles do not use the
 * chart's words. Joined to INDEX_DEFAULTS; each code is checked against the FY2026 order file by its test.
 */
export const INFECTION_INDEX: readonly [phrase: string, code: string][] = [
  // Agents of infections coded elsewhere (B95-B96; the Tabular's 'Use additional code (B95-B97) to identify the
  // infectious agent'): a culture's organism by genus and species. The genus alone is its unspecified code
  // ('Streptococcus' B95.5, 'Staphylococcus' B95.8); the named species outside B95.0-B95.3 and B95.6 are 'Other
  // streptococcus' (B95.4) and 'Other staphylococcus' (B95.7); bacteria B96 does not list by name are its 'Other
  // specified bacterial agents' (B96.89). Species names reach here through organism-synonyms ('K. pneumoniae').
  // 'Mononucleosis, infectious B27.90': in English the word alone is the infectious one ('mono', abbreviation-data.ts).
  ['mononucleosis', 'B2790'],
  ['pneumococcus', 'B953'], ['pneumonia due to pneumococcus', 'J13'], ['meningitis due to pneumococcus', 'G001'],
  ['streptococcus', 'B955'], ['streptococcus viridans', 'B954'], ['viridans streptococcus', 'B954'],
  ['streptococcus milleri', 'B954'], ['streptococcus anginosus', 'B954'], ['streptococcus intermedius', 'B954'],
  ['streptococcus mitis', 'B954'], ['streptococcus sanguinis', 'B954'], ['streptococcus oralis', 'B954'],
  ['streptococcus bovis', 'B954'], ['streptococcus gallolyticus', 'B954'], ['streptococcus constellatus', 'B954'],
  ['group b streptococcus', 'B951'],
  ['staphylococcus', 'B958'], ['staphylococcus epidermidis', 'B957'], ['staphylococcus hominis', 'B957'],
  ['staphylococcus epidermis', 'B957'], ['staphylococcus haemolyticus', 'B957'], ['staphylococcus lugdunensis', 'B957'], ['staphylococcus saprophyticus', 'B957'],
  ['mycoplasma', 'B960'], ['clostridium perfringens', 'B967'],
  ['enterobacter', 'B9689'], ['serratia', 'B9689'], ['acinetobacter', 'B9689'], ['citrobacter', 'B9689'],
  ['morganella', 'B9689'], ['stenotrophomonas', 'B9689'], ['fusobacterium', 'B9689'], ['prevotella', 'B9689'],
  // Viral agents by the Index's 'as the cause of diseases classified elsewhere': 'Adenovirus B97.0', 'Enterovirus
  // B97.10', 'Coxsackie (virus) B97.11', 'Echovirus B97.12', 'Parvovirus B97.6' (the B19 strain is the same code).
  ['adenovirus', 'B970'], ['enterovirus', 'B9710'], ['coxsackievirus', 'B9711'], ['coxsackie virus', 'B9711'],
  ['echovirus', 'B9712'], ['parvovirus', 'B976'], ['parvovirus b19', 'B976'],
  // 'Pneumocystosis (with pneumonia) B59'; 'Legionnaires' disease' (Legionella pneumonia) A48.1.
  ['pneumocystis', 'B59'], ['pneumonia due to legionella', 'A481'], ['legionellosis', 'A481'],
  // 'Tuberculosis, lymph gland or node (peripheral) A18.2' (titled 'Tuberculous peripheral lymphadenopathy'),
  // 'Tuberculosis, spine A18.01' (Pott's disease), 'kidney A18.11', 'peritoneum A18.31', 'epididymis, testis A18.15'.
  ['tuberculous lymphadenitis', 'A182'], ['lymph node tuberculosis', 'A182'], ['ganglionar tuberculosis', 'A182'],
  ['tuberculous spondylitis', 'A1801'], ['spinal tuberculosis', 'A1801'], ['pott disease', 'A1801'],
  ['kidney tuberculosis', 'A1811'], ['peritoneal tuberculosis', 'A1831'], ['testicular tuberculosis', 'A1815'],
  ['epididymal tuberculosis', 'A1815'],
  // 'Toxoplasma, toxoplasmosis, with ocular involvement B58.00, chorioretinitis B58.01, meningoencephalitis B58.2'
  // (cerebral toxoplasmosis, toxoplasmic encephalitis).
  ['ocular toxoplasmosis', 'B5800'], ['cerebral toxoplasmosis', 'B582'], ['toxoplasma encephalitis', 'B582'],
  ['neurotoxoplasmosis', 'B582'],
  // 'Cyst, hydatid - see Echinococcus': 'Echinococcosis B67.90, liver B67.8, lung B67.99'.
  ['hydatid cyst', 'B6790'], ['hydatidosis', 'B6790'], ['hydatid disease', 'B6790'], ['echinococcosis', 'B6790'],
  ['liver hydatid cyst', 'B678'], ['liver hydatidosis', 'B678'], ['lung hydatid cyst', 'B6799'],
  // 'Candidiasis, esophagus B37.81', 'Candidiasis, mouth B37.0'; 'Salmonella, enteritis (gastroenteritis) A02.0'.
  ['esophageal candidiasis', 'B3781'], ['candida esophagitis', 'B3781'], ['oropharyngeal candidiasis', 'B370'],
  ['salmonella gastroenteritis', 'A020'], ['salmonellosis', 'A020'],
  // 'Pneumonia, cytomegaloviral B25.0', 'Hepatitis, cytomegaloviral B25.1', 'Cytomegalovirus, retinitis B25.8' (the
  // chorioretinal manifestation H32 beside it), colitis B25.8; said with the virus's name or 'CMV'.
  ['cytomegalovirus pneumonia', 'B250'], ['cytomegalovirus hepatitis', 'B251'], ['cytomegalovirus retinitis', 'B258'],
  ['cytomegalovirus colitis', 'B258'],
  // 'Infection, fungus NOS B49', 'Infection, skin (local) L08.9' (the soft tissue's too: 'Infection, subcutaneous
  // tissue, local L08.9'), 'Infection, due to or resulting from, joint prosthesis T84.50'.
  ['fungal infection', 'B49'], ['skin infection', 'L089'], ['soft tissue infection', 'L089'],
  ['prosthetic joint infection', 'T8450XA'], ['periprosthetic infection', 'T8450XA'],
  // 'Sepsis, postprocedural T81.44' (the sepsis's own code beside it, 'Use additional code to identify the sepsis').
  ['postprocedural sepsis', 'T8144XA'], ['postoperative sepsis', 'T8144XA'], ['postop sepsis', 'T8144XA'],
  // 'Infection, postprocedural, surgical site, superficial incisional T81.41; deep incisional T81.42; organ and space
  // T81.43', in the surgeons' and infection preventionists' words (SSI).
  ['superficial incisional surgical site infection', 'T8141XA'], ['superficial incisional ssi', 'T8141XA'], ['superficial ssi', 'T8141XA'],
  ['deep incisional surgical site infection', 'T8142XA'], ['deep incisional ssi', 'T8142XA'], ['deep ssi', 'T8142XA'],
  ['organ space surgical site infection', 'T8143XA'], ['organ space ssi', 'T8143XA'],
];
