/**
 * Organisms as cultures and serologies name them, read as the organism and not as the disease the species epithet
 * spells: 'Klebsiella pneumoniae was isolated in the urine culture' names the agent of an infection coded elsewhere
 * (B96.1), not a pneumonia (J15.0), which the chart must say in its own word ('pneumonia due to Klebsiella
 * pneumoniae'). The abbreviated genus ('K. pneumoniae', 'P. jirovecii') is read as the genus.
 */
export const ORGANISM_SYNONYMS: Record<string, string> = {
  'klebsiella pneumoniae': 'klebsiella', 'k pneumoniae': 'klebsiella',
  'streptococcus pneumoniae': 'pneumococcus', 's pneumoniae': 'pneumococcus', 'streptococo pneumoniae': 'pneumococcus',
  'mycoplasma pneumoniae': 'mycoplasma', 'm pneumoniae': 'mycoplasma', 'micoplasma pneumoniae': 'mycoplasma',
  'chlamydia pneumoniae': 'chlamydophila', 'chlamydophila pneumoniae': 'chlamydophila', 'c pneumoniae': 'chlamydophila',
  // 'Pneumocystis jiroveci (formerly carinii)': the Index's Pneumocystosis (B59) whichever name or spelling.
  'p jiroveci': 'pneumocystis', 'p jirovecii': 'pneumocystis', 'p carinii': 'pneumocystis', jiroveci: 'pneumocystis',
  jirovecii: 'pneumocystis', pneumocystitis: 'pneumocystis',
  'enterobacter cloacae': 'enterobacter', 'e cloacae': 'enterobacter',
  // 'H. influenzae' is Haemophilus (B96.3), not the influenza virus (J11.-).
  'h influenzae': 'haemophilus influenzae',
  // 'Pseudomona' is the Spanish genus left in translated notes.
  pseudomona: 'pseudomonas',
  // The cocci as Spanish spells them ('estafilococo', 'estreptococo') or half-translated notes leave them
  // ('Staphilococo Aureus', 'Staphilococcus'): the genus, read for its agent code (B95.-).
  staphilococo: 'staphylococcus', staphilococcus: 'staphylococcus', staphylococo: 'staphylococcus',
  estafilococo: 'staphylococcus', estreptococo: 'streptococcus', streptococo: 'streptococcus',
  enterococo: 'enterococcus',
  // Adjectives of organisms, for titles that name the organism or its disease: 'brucellar spondylitis' is a
  // brucellosis (A23.9, the site coded beside it), 'toxoplasmic chorioretinitis' B58.01 'Toxoplasma chorioretinitis',
  // 'CMV colitis' a cytomegaloviral disease (titles say 'cytomegaloviral').
  brucellar: 'brucellosis', brucella: 'brucellosis', toxoplasmic: 'toxoplasma', cytomegalovirus: 'cytomegaloviral',
  retinochoroiditis: 'chorioretinitis',
  // The genus renamed in 2016 (Clostridioides difficile), which the code titles still call Clostridium: 'C. difficile
  // infection' and 'Clostridioides difficile colitis' are the enterocolitis A04.7- (A04.72 unless recurrent).
  clostridioides: 'clostridium', 'c difficile': 'clostridium difficile', 'difficile infection': 'difficile enterocolitis',
  'difficile colitis': 'difficile enterocolitis', 'c difficile infection': 'clostridium difficile enterocolitis',
  'c difficile colitis': 'clostridium difficile enterocolitis', 'clostridioides difficile infection': 'clostridium difficile enterocolitis',
  'clostridioides difficile colitis': 'clostridium difficile enterocolitis',
};
