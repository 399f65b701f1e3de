import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Sentences of gastroenterology and oral surgery case reports whose digestive, oral or jaw finding the titles do not
 * name in these words; each code is the Alphabetic Index's (see digestive-index.ts, concept-core.ts, chart-synonyms.ts).
 */
describe('digestive findings in the words of case reports', () => {
  it.each([
    ['Abdominal X-ray showed bilateral pneumoperitoneum, with a segment of small intestine rectified in mesogastrium.', 'K668'],
    ['Five days after admission, the patient presented acute abdomen with peritonitis secondary to perforation of the preterminal ileum.', 'K631'],
    ['Surgery found a perforation of the sigmoid colon.', 'K631'],
    ['Emergency surgery was performed and obstruction of the small intestine was observed.', 'K56609'],
    ['The orthopantomography (OPG) shows both third molars included in mesioangular position.', 'K010'],
    ['The radiological study showed inclusion of left lower canine.', 'K010'],
    ['Biliary lithiasis with stasis pattern.', 'K8020'],
    ['The gallbladder is distended and the choledochus shows dilatation of the bile duct.', 'K838'],
    ['Upper endoscopy showed a bleeding duodenal ulcer.', 'K264'],
    ['She had painful oral ulcers for a month.', 'K121'],
    ['Oral ulcers and genital ulcers.', 'K121'],
    ['The result of the histological report of the oral lesions revealed a lymphoid cell proliferation.', 'K1370'],
    ['A fracture of the mandibular body was seen on the orthopantomography.', 'S02600A'],
    ['Colonoscopy revealed multiple colonic diverticula.', 'K5730'],
    ['He claims to have painful lesions in the oral cavity with appearance of bleeding blisters that break easily.', 'K1370'],
    ['Physical examination revealed a 2 cm ulcerated lesion on the left side of the lower lip.', 'K130'],
    ['Oral examination revealed a complete upper and lower edentulous patient.', 'K08109'],
    ['She came for three days suffering from toothache and mild dental phlegmon, without fever.', 'K047'],
    ['Epistaxis and gingivorragia.', 'K068'],
    // The header's first code would be bilateral and obstructed (K40.00).
    ['She was diagnosed with a direct right inguinal hernia and an inguinal hernia repair was performed.', 'K4090'],
    ['The existence of an ipsilateral indirect inguinal hernia with a sac up to 58 mm in diameter is also observed.', 'K4090'],
    ['Intestinal obstruction secondary to incarcerated inguinal hernia was diagnosed.', 'K4030'],
    ['An abdominal X-ray showed marked dilation of the loops of the small intestine in the left hemiabdomen.', 'K5989'],
    ['The only significant finding was that the gallbladder was markedly distended and increased in size.', 'K828'],
    ['A simple abdominal X-ray showed a large gastric dilatation.', 'K3189'],
    ['The intraoral examination revealed malocclusion, diastema and a mass of the inferior ridge.', 'M2632'],
    ['Oral examination showed: partial edentulous maxilla, deep palate and fissured tongue.', 'K08409'],
    ['The orthopantomography image was diagnostic of osteoradionecrosis of the right mandibular body.', 'M272'],
    ['Admitted with obstipation for five days, no flatus.', 'K5900'], // written for the test
    ['With the suspicion of Wilson disease, a liver ultrasound was performed showing mild steatosis of the liver.', 'K760'],
    ['Erosity of the peripancreatic fat and dilation of the pancreatic duct is described in the abdominal CT.', 'K8689'],
    ['She presented symptoms of postoperative paralytic ileus with abundant vomiting on the second day.', 'K9189'],
    ['Prostration, oral and esophageal candidiasis and persistent vomiting.', 'B3781'],
    ['Acute liver failure due to toxic-ischemic hepatitis.', 'K716'],
    ['He presented at the Dental School due to pain caused by an exophytic lesion in the right jugular mucosa.', 'K1370'],
    ['Squamous cell carcinoma of the buccal mucosa.', 'C060'],
    ['An urgent exploratory laparotomy was performed with multiple jejunal diverticula.', 'K5710'],
    ['Abdominal computed tomography revealed a diverticulum in the small intestine.', 'K5710'],
    ['Physical examination revealed abdominal pain in the right lower quadrant, with signs of peritoneal irritation.', 'K659'],
    ['The patient presented abdominal distension with some degree of peritoneal irritation.', 'K659'],
    ['Postoperatively, the patient developed septic shock due to biliary peritonitis.', 'K653'],
    ['He was admitted for an episode of intestinal subocclusion that resolved with conservative treatment.', 'K56600'], // written for the test
    ['Rectal stenosis after radiotherapy required dilatations.', 'K624'], // written for the test
    ['Examination showed a stenosis of the anus.', 'K624'], // written for the test
    ['She had been vomiting in coffee grounds and melenic stools for 2 days.', 'K920'],
    ['Coffee-ground emesis x2 this morning, hemoglobin 7.9.', 'K920'], // written for the test
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it('reads the ventricular system as the brain\'s, not the heart\'s dilated ventricles (I51.7)', async () => {
    const r = await engine.suggest('Neuroimaging studies showed dilation of the ventricular system.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('I517');
  });

  it('asks whether a dilated bile duct is more than the sign of its stone (Guidelines I.B.5)', async () => {
    const r = await engine.suggest('Ultrasound showed dilatation of the bile duct due to choledocholithiasis.', { setting: 'inpatient' });
    const dilatation = r.suggestions.find((s) => s.code === 'K838');
    expect(dilatation?.prompts.map((p) => p.kind)).toContain('integral');
  });

  it.each([
    ['Skin ulcers were treated with oral antibiotics.', 'K121'],
    ['Under general anesthesia, the lesion was treated with an oral approach.', 'K1370'],
  ])('does not read "oral" apart from its noun, the route or the approach, as the mouth: %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain(code);
  });

  it('leaves peritoneal irritation the examination rules out uncoded', async () => {
    const r = await engine.suggest('Abdomen soft and depressible, without signs of peritoneal irritation.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('K659');
  });

  it.each([
    // Written for the test in the words of US notes: 'Diverticulitis, with abscess, perforation or peritonitis K57.80',
    // 'intestine, large, with abscess, perforation or peritonitis K57.20', 'bleeding K57.93'.
    ['Perforated diverticulitis.', 'K5780'],
    ['Acute diverticulitis with microperforation.', 'K5780'],
    ['Perforated diverticulitis of the colon.', 'K5720'],
    ['Complicated diverticulitis with pericolic abscess.', 'K5720'],
    ['Diverticulitis with bleeding.', 'K5793'],
  ])('codes the complicated diverticulitis by its complication, not K57.92 without it: %s -> %s', async (text, code) => {
    const found = codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
    expect(found).toEqual([code]);
  });

  it('keeps the uncomplicated diverticulitis where the complication is denied', async () => {
    const r = await engine.suggest('Diverticulitis, no perforation or abscess on CT.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toEqual(['K5792']);
  });

  it('does not read "including teeth" as an embedded tooth', async () => {
    const r = await engine.suggest('It involved the gingiva, including teeth, perioral tissues and the right lower jaw.', { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain('K010');
  });
});

describe('coffee-ground vomiting', () => {
  it('is the hematemesis, not a vomiting of no kind beside it (R11 excludes K92.0)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    const codes = codesOf((await engine.suggest('She was admitted for vomiting in coffee grounds.', { setting: 'inpatient' })).suggestions);
    expect(codes).toContain('K920');
    expect(codes).not.toContain('R1110');
  });
});
