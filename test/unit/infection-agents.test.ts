import { describe, expect, it } from 'vitest';
import type { SuggestResult } from '../../src/core/engine-types';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
const asideOf = (r: SuggestResult, code: string) => r.setAside.find((a) => a.code === code);

// Sentences from ../shared/eval/charts-codiesp-dev.jsonl unless marked.
describe('infectious agents and infections named by their organism', () => {
  it("reads a culture's species as the agent (B95-B96), not the pneumonia its epithet spells", async () => {
    const r = await suggested('Additionally, E. cloacae, C. sedlakii, and K pneumoniae ESBL (β-lactamase extended spectrum) were isolated.');
    expect(r).toContain('B961');
    expect(r).not.toContain('J189');
    expect(await suggested('Klebsiella pneumoniae was isolated in the urine culture.')).toEqual(['B961']); // written for the test
    expect(await suggested('Blood cultures grew Streptococcus pneumoniae.')).toEqual(['B953']); // written for the test
    // The pneumonia the chart does write is still the organism's own code.
    expect(await suggested('Pneumonia due to Klebsiella pneumoniae.')).toEqual(['J150']); // written for the test
    expect(await suggested('Community-acquired pneumonia by Streptococcus pneumoniae.')).toEqual(['J13']); // written for the test
  });

  it('reads the cocci in the plural and in their Spanish spellings as the genus (B95.-), and E. Coli with a capital', async () => {
    expect(await suggested('The bacteriological culture was positive for bacteroideca aureus, proteus mirabilis and staphylococci.')).toContain('B958');
    expect(await suggested('Catheter tip cultures determined Staphilococo Aureus infection on day 30 of hospital stay.')).toContain('A4901');
    expect(await suggested('An episode of E. Coli bacteremia resolved with antibiotic therapy in October 2005.')).toContain('B9620');
  });

  it('reads a virus found without its disease named as the agent (Index: Parvovirus B97.6, Adenovirus B97.0), and a negative one as absent', async () => {
    expect(await suggested('In the previous analytical study a positive serology (IgM) for Parvovirus B19 was highlighted.')).toContain('B976');
    expect(await suggested('The stool PCR was positive for adenovirus.')).toContain('B970'); // written for the test
    expect(await suggested('Cerebrospinal fluid (CSF) serology was performed for enterovirus and herpes virus, both of which were negative.')).not.toContain('B9710');
  });

  it("reads 'H. influenzae' as Haemophilus (B96.3), not influenza (J11.-)", async () => {
    const r = await suggested('Respiratory function, although hampered by nosocomial bronchiolitis due to H. influenzae, manifests towards day 8 post-intoxication.');
    expect(r).toContain('B963');
    expect(r.filter((c) => c.startsWith('J11'))).toEqual([]);
  });

  it("codes the other streptococci and staphylococci by name ('Other streptococcus' B95.4, 'Other staphylococcus' B95.7)", async () => {
    expect(await suggested('Samples of the abscess content were taken for culture where Streptococcus milleri grew.')).toContain('B954');
    expect(await suggested('Fluid cultures, with growth of Staphylococcus haemolyticus within days.')).toContain('B957');
    const r = await suggested('Serial cultures isolated Streptococcus intermedius, Clostridium perfringens, Escherichia Coli.');
    expect(r).toEqual(expect.arrayContaining(['B954', 'B967', 'B9620']));
  });

  it("reads 'P. carinii (P. jiroveci)' as Pneumocystis: the pneumonia it causes is B59", async () => {
    const r = await engine.suggest('Initially the diagnosis of diffuse pneumonia presumptively by P. carinii (P. jiroveci) and probable disseminated lymphoma.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain('B59');
    expect(codesOf(r.suggestions)).not.toContain('J189');
    const negative = await engine.suggest('Respiratory sample stains were negative for P. carinii (P. jiroveci).', { setting: 'inpatient' });
    expect(codesOf(negative.suggestions)).not.toContain('B59');
  });

  it('reads infections said with the organ or the adjective as the Index codes them', async () => {
    expect(await suggested('The patient was diagnosed with toxoplasmic chorioretinitis.')).toContain('B5801');
    expect(await suggested('Pulmonary TB and cerebral lesions due to toxoplasmosis.')).toContain('B582');
    expect(await suggested('Prostration, oral and esophageal candidiasis.')).toContain('B3781');
    expect(await suggested('A calcified hydatid cyst was raised.')).toContain('B6790');
    expect(await suggested('A hepatic hydatid cyst was found.')).toEqual(['B678']); // written for the test
    expect(await suggested('Biopsy showed tuberculous lymphadenitis.')).toEqual(['A182']); // written for the test
    expect(await suggested('Legionella pneumonia.')).toEqual(['A481']); // written for the test
    expect(await suggested('Salmonella enteritidis gastroenteritis.')).toEqual(['A020']); // written for the test
    // 'Salmonellosis' is A02.0's inclusion term (Salmonella enteritis), not the unspecified infection A02.9.
    expect(await suggested('Salmonellosis.')).toEqual(['A020']); // written for the test
    expect(await suggested('CMV colitis was confirmed by biopsy.')).toContain('B258'); // written for the test
    expect(await suggested('A history of hyperglycemia on dietetic treatment, doubtful epididymal tuberculosis (TBC).')).toContain('A1815');
  });

  it("reads 'Brucella' as brucellosis, the site coded beside it", async () => {
    const r = await suggested('A picture of right orchiepididymitis; the serological study for Brucella resulted positive.');
    expect(r).toEqual(expect.arrayContaining(['A239', 'N453']));
    const negated = await engine.suggest('The serological tests for brucellosis and HIV were negative.', { setting: 'inpatient' });
    expect(asideOf(negated, 'A239')?.context).toBe('negated');
  });

  it('codes a sepsis said with its organism by the sepsis code naming it (A40-A41), not A41.9 and an agent code', async () => {
    const r = await suggested('Admitted to intensive care on two occasions at 4 and 6 months of age due to sepsis secondary to Staphylococcus hominis and Enterococcus faecalis.');
    expect(r).toEqual(expect.arrayContaining(['A411', 'A4181']));
    expect(r).not.toContain('B957');
    expect(await suggested('Klebsiella pneumoniae sepsis.')).toEqual(['A4159']); // written for the test
    expect(await suggested('Sepsis due to Streptococcus pneumoniae.')).toEqual(['A403']); // written for the test
    // An organism named with another infection, away from the sepsis, stays that infection's agent.
    const apart = await suggested('Urinary tract infection due to E. coli. Two weeks later she developed sepsis.'); // written for the test
    expect(await suggested('Sepsis. Urine culture grew E. coli.')).toContain('A419'); // written for the test
    expect(apart).toEqual(expect.arrayContaining(['N390', 'B9620', 'A419']));
  });

  it("codes an endocarditis with its bacterium as infective (I33.0), the agent beside it; 'E. cloacae' is Enterobacter", async () => {
    expect(await suggested('Streptococcus viridans endocarditis.')).toEqual(['I330', 'B954']); // written for the test
    const apart = await suggested('Endocarditis. Urine culture grew E. coli two weeks later.'); // written for the test
    expect(apart).toContain('I38');
    expect(apart).not.toContain('I330');
    expect(await suggested('Additionally, E. cloacae, C. sedlakii, and K pneumoniae ESBL (β-lactamase extended spectrum) were isolated.')).toContain('B9689');
  });

  it("reads the specialty that sees the patient as no infectious disease: 'a reassessment by infectious diseases'", async () => {
    expect(await suggested('In 10 days of treatment the evolution was torpid. A reassessment by infectious diseases was performed, which indicated intravenous vancomycin.')).not.toContain('B999');
    expect(await suggested('Skin and soft tissue infection.')).toEqual(['L089']); // written for the test
  });

  it("reads 'infection' beside the agent it names as that agent's, not B99.9 as well", async () => {
    const r = await suggested('Helicobacter pylori infection was treated.'); // written for the test
    expect(r).toContain('B9681');
    expect(r).not.toContain('B999');
  });
});
