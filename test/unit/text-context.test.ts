import { describe, expect, it } from 'vitest';
import { detectContext, findTriggers } from '../../src/core/text/context';
import type { SectionKind } from '../../src/core/text/sections';
import { tokenize } from '../../src/core/text/tokenize';

/** Context of the first occurrence of `words` in `sentence`. */
function ctx(sentence: string, words: string, section?: SectionKind) {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${sentence}"`);
  return detectContext(tokenize(sentence), { start, end: start + words.length }, section);
}
const decide = (sentence: string, words: string, section?: SectionKind) => ctx(sentence, words, section).decision;

// Sentences quoted from ../shared/eval/charts-codiesp-dev.jsonl unless marked as written for the test.
describe('detectContext', () => {
  describe('negation', () => {
    it('negates what follows "not" and leaves what comes before it affirmed', () => {
      const s = 'Auscultation cardiac arrhythmia, not murmurs, ropes or extracts.';
      expect(decide(s, 'murmurs')).toBe('negated');
      expect(decide(s, 'arrhythmia')).toBe('affirmed');
    });

    it('reads a contracted negation as its full form', () => {
      expect(decide("She didn't need transfusions.", 'transfusions')).toBe('negated');
      expect(decide("He wasn't vaccinated with BCG.", 'vaccinated')).toBe('negated');
      expect(decide("She doesn't have a bladder balloon.", 'bladder balloon')).toBe('negated');
      // Written for the test: the contracted forms of longer triggers, and of a pseudo-trigger that negates nothing.
      expect(decide("Metastases can't be excluded.", 'Metastases')).toBe('uncertain');
      expect(decide("The chest X-ray didn't show pneumonia.", 'pneumonia')).toBe('negated');
      expect(decide("The patient didn't improve and developed pneumonia.", 'pneumonia')).toBe('affirmed');
    });

    // Written for the test, as US notes shorten their words.
    it("reads a note's short forms of trigger words: neg, w/, w/o, (-)", () => {
      const ros = 'ROS neg for fever, chills, dysuria.';
      expect(decide(ros, 'fever')).toBe('negated');
      expect(decide(ros, 'dysuria')).toBe('negated');
      expect(decide('Abdomen soft w/o tenderness or masses.', 'tenderness')).toBe('negated');
      expect(decide('Mother w/ breast cancer.', 'breast cancer')).toBe('family');
      const signs = '(-) hemoptysis, (+) productive cough.';
      expect(decide(signs, 'hemoptysis')).toBe('negated');
      expect(decide(signs, 'productive cough')).toBe('affirmed');
    });

    it('negates each item of a list after "no"', () => {
      const s = 'Neurological examination revealed no meningeal signs or focality data.';
      expect(decide(s, 'meningeal signs')).toBe('negated');
      expect(decide(s, 'focality')).toBe('negated');
    });

    it('negates after "without" but not the subject before it', () => {
      const s = 'Extremities without varices or edemas.';
      expect(decide(s, 'varices')).toBe('negated');
      expect(decide(s, 'edemas')).toBe('negated');
      expect(decide(s, 'Extremities')).toBe('affirmed');
    });

    it('does not reach back from a trigger into a fronted reason: the main clause after its comma has its own subject', () => {
      const s = 'Due to joint stiffness, the option to perform periarticular tenotomy was ruled out.';
      expect(decide(s, 'joint stiffness')).toBe('affirmed');
      expect(decide(s, 'periarticular tenotomy')).toBe('negated');
      // Written for the test: a negation inside the fronted phrase still reads its list.
      const list = 'Due to the absence of fever, cough or dyspnea, pneumonia was ruled out.';
      expect(decide(list, 'cough')).toBe('negated');
      expect(decide(list, 'pneumonia')).toBe('negated');
    });

    it('denies the cause, not the finding it is the cause of', () => {
      expect(decide('A new fibrogastroscopy was performed without locating the cause of the bleeding.', 'bleeding')).toBe('affirmed');
      const origin = 'After performing the above-mentioned imaging techniques, which do not define a clear origin of the carcinomatosis, the patient died.';
      expect(decide(origin, 'carcinomatosis')).toBe('affirmed');
      // Written for the test: a cause ruled out is still ruled out.
      expect(decide('Infection as the cause of fever was ruled out.', 'Infection')).toBe('negated');
      // A trigger after the phrase reads back to the cause, not to the finding the cause is named for.
      expect(decide('Infection as the cause of fever was ruled out.', 'fever')).toBe('affirmed');
      // From ../shared/eval/charts-codiesp-dev.jsonl.
      const state = 'Once the metabolic origin of the confusional state (normal analytical) was ruled out, due to the consult.';
      expect(decide(state, 'confusional state')).toBe('affirmed');
      // The plural lists the causes denied.
      const causes = 'No known causes of pancreatitis were found, including hypertriglyceridemia, hypercalcemia, alcoholism, biliary lithiasis or trauma.';
      expect(decide(causes, 'hypertriglyceridemia')).toBe('negated');
    });

    it('ends a backward negation at a participle clause with ", being"', () => {
      const s = 'The thrombophilia study identified a heterozygosis for the G20210A mutation of the prothrombin gene, being normal or negative the Leiden factor V.';
      expect(decide(s, 'mutation of the prothrombin gene')).toBe('affirmed');
      expect(decide('Serologies for hepatitis B and C were negative.', 'hepatitis B')).toBe('negated');
    });

    it('negates after "denied" and "denied a history of"', () => {
      expect(decide('She denied cocaine abuse.', 'cocaine abuse')).toBe('negated');
      expect(ctx('She denied a history of hepatitis B or C.', 'hepatitis B').decision).toBe('negated');
      // From ../shared/eval/charts-codiesp-dev.jsonl: the negated verb reads through to the history word after it.
      expect(decide('He did not report previous liver disease, nor knew that any member of his family had it.', 'liver disease')).toBe('negated');
    });

    it('negates only the word a "non-" prefix is written onto, not the noun it describes', () => {
      const s = 'A 28-year-old male patient consulted for a non-painful, progressive left malar tumor.';
      expect(decide(s, 'painful')).toBe('negated');
      expect(decide(s, 'tumor')).toBe('affirmed');
      expect(decide('Physical examination revealed erythema multiforme and non-painful hepatomegaly.', 'hepatomegaly')).toBe('affirmed');
    });

    it('keeps the findings whose own word is "non-": non-compliance, hepatitis non-A non-B, non-small cell carcinoma', () => {
      const s = 'She was diagnosed with anxiety-depressive syndrome with poor follow-up and therapeutic non-compliance.';
      expect(decide(s, 'therapeutic non-compliance')).toBe('affirmed');
      expect(decide('Hepatitis «non-A, non-B» was diagnosed in 1987.', 'Hepatitis «non-A, non-B')).toBe('affirmed');
      // Written for the test: the small cell carcinoma is not denied by the 'non-' of its kind.
      expect(decide('Non-small cell lung carcinoma, stage IV.', 'small cell lung carcinoma')).toBe('affirmed');
    });

    it('negates after "no evidence of"', () => {
      const r = ctx('Contrast-enhanced abdominal CT showed no evidence of retroperitoneal lymphadenopathy.', 'lymphadenopathy');
      expect(r.decision).toBe('negated');
      expect(r.trigger?.phrase).toBe('no evidence of');
    });

    it('negates after "negative for" and before "were negative"', () => {
      expect(decide('Chest X-ray and bone scintigraphy were negative for metastasis.', 'metastasis')).toBe('negated');
      expect(decide('Distant imaging tests (DCT, MRI) were negative.', 'MRI')).toBe('negated');
    });

    it('reads negative resection margins as the margins, not the tumour they were cut clear of', () => {
      const sentence = 'The histological study confirmed the presence of a renal clear cell carcinoma, multilocular cystic, Fuhrman grade I, with negative resection margins.';
      expect(decide(sentence, 'carcinoma')).toBe('affirmed');
      expect(decide('The carcinoma was excised and the margins were negative.', 'carcinoma')).toBe('affirmed');
      expect(decide('Chest X-ray and bone scintigraphy were negative for metastasis.', 'metastasis')).toBe('negated');
    });

    it("reads a marker test's result as the test's, not the condition named before it", () => {
      // From ../shared/eval/charts-codiesp-dev.jsonl: the markers negative, nothing else.
      expect(decide('HLA B27 and RF negative.', 'RF')).toBe('negated');
      // Written for the test: the rheumatoid factor negative is seronegative arthritis, not its absence.
      const s = 'Rheumatoid arthritis of the hands, rheumatoid factor negative.';
      expect(decide(s, 'Rheumatoid arthritis')).toBe('affirmed');
      expect(decide(s, 'arthritis of the hands, rheumatoid factor')).toBe('negated');
      expect(decide('Sacroiliitis, HLA-B27 negative.', 'Sacroiliitis')).toBe('affirmed');
      // From ../shared/eval/charts-codiesp-dev.jsonl: a screening test closing a list leaves every item denied.
      expect(decide('The hypercoagulability studies, antiphospholipid antibodies HIV, HBV, HCV and ANA were negative.', 'HIV')).toBe('negated');
    });

    it('ends a negation at a diagnosis told after it, and reads what cannot be done for a condition as no negation', () => {
      // From ../shared/eval/charts-codiesp-dev.jsonl.
      expect(decide('A 65-year-old man without known allergies diagnosed with gastric adenocarcinoma.', 'gastric adenocarcinoma')).toBe('affirmed');
      expect(decide('There was no possibility of surgery for mediastinal metastases.', 'mediastinal metastases')).toBe('affirmed');
      // Written for the test: a diagnosis denied is still negated.
      expect(decide('He was not diagnosed with diabetes.', 'diabetes')).toBe('negated');
      expect(decide('She has never been diagnosed with asthma.', 'asthma')).toBe('negated');
    });

    it('reads a condition "resolved with" its treatment as treated in this stay, not as past', () => {
      expect(decide('The patient developed a new episode of supraventricular tachycardia also resolved with adenosine.', 'supraventricular tachycardia')).toBe('affirmed');
      expect(decide('Pneumonia, resolved.', 'Pneumonia')).toBe('historical');
    });

    it('reads "negative serology for" forward, and never back over what comes before it', () => {
      const sentence = 'During his stay serial tests of liver enzymes were performed, and hypertransaminemia and negative serology for hepatitis A and B.';
      expect(decide(sentence, 'hypertransaminemia')).toBe('affirmed');
      expect(decide(sentence, 'hepatitis A')).toBe('negated');
      expect(decide('Fever and negative blood cultures.', 'Fever')).toBe('affirmed');
    });

    it("reads a urine test's or a sign's negative result as that test's, not back over the findings before it", () => {
      // From ../shared/eval/charts-codiesp-dev.jsonl.
      const urine = 'A systematic urine analysis showed the presence of glycosuria, microhematuria and negative nitrites.';
      expect(decide(urine, 'glycosuria')).toBe('affirmed');
      expect(decide(urine, 'microhematuria')).toBe('affirmed');
      expect(decide('Malaise with negative fluid balance due to high ileostomy output.', 'Malaise')).toBe('affirmed');
      // Written for the test.
      expect(decide("Physical examination revealed hepatomegaly, negative Murphy's sign.", 'hepatomegaly')).toBe('affirmed');
      expect(decide('Hematuria and negative urine culture.', 'Hematuria')).toBe('affirmed');
      // A result said after its tests still denies them.
      expect(decide('Serologies for HIV, HBV and HCV negative.', 'HBV')).toBe('negated');
    });

    it('negates before "was ruled out" (a backward trigger)', () => {
      const r = ctx('Orchiepididymitis was ruled out.', 'Orchiepididymitis');
      expect(r).toMatchObject({ decision: 'negated', reason: 'negated by "was ruled out"' });
      expect(decide('Assessed by the Rheumatology Department, ankylopoietic spondylitis was ruled out.', 'spondylitis')).toBe('negated');
    });

    it('negates "fever: none" and "X: negative" (written for the test)', () => {
      expect(decide('Fever: none.', 'Fever')).toBe('negated');
      expect(decide('HIV: negative', 'HIV')).toBe('negated');
    });

    it('negates after "free of"', () => {
      expect(decide('At 12 months the patient is free of disease.', 'disease')).toBe('negated');
    });

    it('negates either side of "did not present" / "not present"', () => {
      expect(decide('On physical examination, the patient presented good general condition, right varicocele and did not present masses in both testicles.', 'masses')).toBe('negated');
      expect(decide('On physical examination, the patient presented good general condition, right varicocele and did not present masses in both testicles.', 'varicocele')).toBe('affirmed');
    });

    it('negates a finding of a list before "were negative" within the window', () => {
      expect(decide('Serologies for HIV, HBV and HCV were negative.', 'HBV')).toBe('negated'); // written for the test
    });
  });

  describe('pseudo-triggers', () => {
    it('reads "No." before a number as the numero sign, not a negation', () => {
      const s = 'In the surgical environment and under general anesthesia, a Foley No. 16 vesical catheter was placed.';
      expect(decide(s, 'vesical catheter')).toBe('affirmed');
    });

    it('negates the whole subject of "is not present", however long its list', () => {
      const s = 'Adenopathy, goiter or jugular vein engorgement, with symmetrical carotid pulses, is not present in the head and neck.';
      expect(decide(s, 'Adenopathy')).toBe('negated');
      expect(decide(s, 'goiter')).toBe('negated');
      // The clause ends at a terminator (written for the test).
      expect(decide('Fever persisted but a rash is not present.', 'Fever')).toBe('affirmed');
    });

    it('does not negate after "gram negative" (written for the test)', () => {
      expect(decide('Gram negative bacilli were isolated in blood cultures.', 'bacilli')).toBe('affirmed');
    });

    it('does not negate after "no change"', () => {
      expect(decide('In October 2006, PSA is 149 ng/ml, with no change in MRI images.', 'MRI images')).toBe('affirmed');
    });

    it('does not negate after "not only"', () => {
      expect(decide('However, their addictive behaviour had not only persisted but had spread to domestic alcoholic detergents.', 'persisted')).toBe('affirmed');
    });

    it('does not negate what "non-" prefixes', () => {
      expect(decide('Non-Hodgkin lymphoma was diagnosed.', 'lymphoma')).toBe('affirmed'); // written for the test
    });

    it('reads a comparison with an earlier study as the finding new, not absent nor past', () => {
      expect(decide('The ECG was normal and chest X-ray showed cardiomegaly, not present in a previous one year.', 'cardiomegaly')).toBe('affirmed');
      // Written for the test, as US radiology reports compare.
      expect(decide('New left pleural effusion, not seen on prior CT.', 'pleural effusion')).toBe('affirmed');
      expect(decide('Right lower lobe consolidation, not present on the previous study.', 'consolidation')).toBe('affirmed');
      expect(decide('Pleural effusion was not seen.', 'Pleural effusion')).toBe('negated');
    });
  });

  describe('scope', () => {
    it('ends where a new clause tells the visit ("consulted for")', () => {
      const s = 'A 19-year-old patient, with no fever, consulted for a slightly painful tumor in the right testicle.';
      expect(decide(s, 'painful tumor')).toBe('affirmed');
      expect(decide(s, 'fever')).toBe('negated');
    });

    it("reads 'no relevant medical history' as saying nothing is worth telling, not as denying what follows", () => {
      // From ../shared/eval/charts-codiesp-dev.jsonl.
      expect(decide('A 57-year-old female patient, with no relevant medical history, ex-smoker for 15 years.', 'ex-smoker')).toBe('affirmed');
      expect(decide('A 19-year-old patient, with no history of interest, obese.', 'obese')).toBe('affirmed');
      expect(decide('No past medical history of diabetes.', 'diabetes')).toBe('negated');
    });

    it('ends at a comma and "with" that open a new clause, for the triggers before it', () => {
      const s = 'We report the case of a 76-year-old patient, without known allergies, with a history of dyslipidemia, hypertension, old myocardial infarction.';
      expect(decide(s, 'allergies')).toBe('negated');
      expect(decide(s, 'hypertension')).not.toBe('negated');
    });

    it('ends where a new clause with its own subject begins', () => {
      const sentence = 'Having no family history of cystic diseases, she is diagnosed with polycystic disease due to de novo mutation.';
      expect(decide(sentence, 'cystic diseases')).toBe('negated');
      expect(decide(sentence, 'polycystic disease')).toBe('affirmed');
    });

    it('ends at "accompanied by"', () => {
      const s = 'Left renal colic with ureteral irradiation, without voiding syndrome and accompanied by hematuria with clot formation.';
      expect(decide(s, 'voiding syndrome')).toBe('negated');
      expect(decide(s, 'hematuria')).toBe('affirmed');
    });

    it('ends at "but"', () => {
      const s = 'There is no cognitive impairment but severe social impairment.';
      expect(decide(s, 'cognitive impairment')).toBe('negated');
      expect(decide(s, 'social impairment')).toBe('affirmed');
    });

    it('reads a denial bounded by "until" as when the finding began, and ends its scope there', () => {
      // Written for the test: the rash and the jaundice appeared; what is still absent 'until now' stays denied.
      expect(decide('Skin rash did not appear until the third day.', 'rash')).toBe('affirmed');
      expect(decide('Jaundice was not present until the second week.', 'Jaundice')).toBe('affirmed');
      expect(decide('He did not develop fever until the fifth day.', 'fever')).toBe('affirmed');
      expect(decide('No recurrence of the tumor until now.', 'tumor')).toBe('negated');
      expect(decide('No complications appeared.', 'complications')).toBe('negated');
      // From ../shared/eval/charts-codiesp-dev.jsonl: what ended the time is told after 'until', not denied.
      const s = 'No previous female sexual dysfunction until the present dyspareunia that affects their sexual life.';
      expect(decide(s, 'sexual dysfunction')).toBe('negated');
      expect(decide(s, 'dyspareunia')).toBe('affirmed');
    });

    it('reads a prescribed drug not taken as there, underdosed, not denied', () => {
      // Written for the test (Guidelines I.C.19.e.5.c).
      expect(decide('He did not take his insulin for a week because of cost.', 'insulin')).toBe('affirmed');
      expect(decide('He does not take drugs.', 'drugs')).toBe('negated');
    });

    it('ends at "except"', () => {
      expect(decide('The patient reported no other accompanying symptoms except lumbar pain radiating to the left testicle.', 'lumbar pain')).toBe('affirmed');
    });

    it('ends at a semicolon (written for the test)', () => {
      expect(decide('No fever; productive cough.', 'cough')).toBe('affirmed');
    });

    it('ends at another kind of trigger', () => {
      expect(decide('History of asthma, now with pneumonia.', 'pneumonia')).toBe('affirmed'); // written for the test
    });

    it('ends after eight words', () => {
      const s = 'No signs seen during the first long and careful clinical examination of pneumonia.'; // written for the test
      expect(decide(s, 'signs')).toBe('negated');
      expect(decide(s, 'pneumonia')).toBe('affirmed');
    });

    it('leaves a finding far before a backward trigger affirmed (window limit; written for the test)', () => {
      const s = 'Adenopathy, goiter or jugular vein engorgement, with symmetrical carotid pulses and murmurs, were negative.';
      expect(decide(s, 'Adenopathy')).toBe('affirmed');
    });
  });

  describe('uncertainty', () => {
    it('is uncertain after "probable" and "suspected"', () => {
      expect(decide('Echocardiographic and cardiac MRI findings showed probable cardiomyopathy due to deposition disease.', 'cardiomyopathy')).toBe('uncertain');
      expect(decide('She had been treated with topical corticosteroids with the diagnosis of suspected pyoderma gangrenosum, not progressing satisfactorily.', 'pyoderma gangrenosum')).toBe('uncertain');
    });

    it('is uncertain after "suspicion of" and on both sides of "versus"', () => {
      const s = 'The suspicion of renal mass versus complex renal cyst was decided to practice a T.A.C.';
      expect(decide(s, 'renal mass')).toBe('uncertain');
      expect(decide(s, 'complex renal cyst')).toBe('uncertain');
    });

    it('is uncertain after "rule out" and "r/o" (written for the test)', () => {
      expect(decide('Cough and fever, rule out pneumonia.', 'pneumonia')).toBe('uncertain');
      expect(decide('Cough and fever, rule out pneumonia.', 'fever')).toBe('affirmed');
      expect(decide('r/o PE', 'PE')).toBe('uncertain');
    });

    it('is uncertain after "differential diagnosis between"', () => {
      expect(decide('The differential diagnosis between cystic multilocular nephroma as first choice and cystic renal cell carcinoma is discussed.', 'cystic multilocular nephroma')).toBe('uncertain');
    });

    it('is uncertain before "cannot be excluded", not negated (written for the test)', () => {
      expect(decide('A metastatic lesion cannot be excluded.', 'metastatic lesion')).toBe('uncertain');
    });

    it('is uncertain but weak after "compatible with", which case reports use to confirm', () => {
      const r = ctx('The findings were compatible with bilateral renal lymphangioma.', 'renal lymphangioma');
      expect(r).toMatchObject({ decision: 'uncertain', weak: true });
    });

    it('is uncertain before "is likely" and after "most likely"', () => {
      expect(decide('It was interpreted as ulcerated gastric submucosal lesion most likely leiomyomatous responsible for digestive bleeding.', 'leiomyomatous')).toBe('uncertain');
    });
  });

  describe('history', () => {
    it('is historical after "history of" and "previous"', () => {
      expect(decide('A 29-year-old woman with a history of duodenal ulcer and constipation complaining of pain in the right renal fossa.', 'duodenal ulcer')).toBe('historical');
      expect(decide('No previous testicular trauma was reported.', 'testicular trauma')).toBe('negated');
    });

    it('ends the history at what the past condition left ("with residual"), which is there now', () => {
      expect(decide('History of ischemic stroke with residual left hemiparesis.', 'left hemiparesis')).toBe('affirmed');
      expect(decide('History of ischemic stroke with residual left hemiparesis.', 'ischemic stroke')).toBe('historical');
      expect(decide('No residual tumor was seen.', 'tumor')).toBe('negated');
    });

    it('is no history where the complaint of the visit is told as a history of its course ("presented with a history of")', () => {
      // From ../shared/eval/charts-codiesp-dev.jsonl.
      expect(decide('A 25-year-old woman with no history of interest was studied for presenting a history of abdominal pain predominantly in the right hypochondrium.', 'abdominal pain')).toBe('affirmed');
      expect(decide('A 44-year-old woman presented with a history of nodular malignant cutaneous melanoma on her left shoulder.', 'melanoma')).toBe('affirmed');
      expect(decide('She presented with a history of asthma and a cough for three days.', 'cough')).toBe('affirmed');
    });

    it('is historical after the Spanish "antecedents of", the history', () => {
      // From ../shared/eval/charts-codiesp-dev.jsonl.
      expect(decide('The only antecedents of interest were treated tuberculosis, hypercholesterolemia in dietary treatment.', 'tuberculosis')).toBe('historical');
    });

    it('is historical before "years ago" and a problem list\'s ", resolved", not where the stay\'s condition resolved', () => {
      expect(decide('Laparoscopic cholecystectomy two years ago.', 'cholecystectomy')).toBe('historical');
      expect(decide('Pneumonia (resolved).', 'Pneumonia')).toBe('historical'); // written for the test
      expect(decide('The stricture had resolved before admission.', 'stricture')).toBe('historical'); // written for the test
      // Treated in this stay, so coded: the sphincterotomy is this stay's procedure.
      expect(decide('Obstructive stricture resolved after endoscopic cholangiopancreatography and sphincterotomy.', 'stricture')).toBe('affirmed');
      expect(decide('She had a pulmonary embolism two years before.', 'pulmonary embolism')).toBe('historical');
    });

    it('is historical after "s/p" and "status post" (written for the test)', () => {
      expect(decide('CAD, status post stent, no angina', 'stent')).toBe('historical');
      expect(decide('CAD, status post stent, no angina', 'CAD')).toBe('affirmed');
      expect(decide('s/p appendectomy', 'appendectomy')).toBe('historical');
    });

    it('reads "a 12-hour history of" and "a one-month history of" as how long the present illness has lasted', () => {
      const s = 'A six-year-old patient presented with a 12-hour history of periumbilical abdominal pain accompanied by vomiting and liquid deposition.';
      expect(decide(s, 'abdominal pain')).toBe('affirmed');
      expect(decide(s, 'vomiting')).toBe('affirmed');
      expect(decide('We report the case of a 29-year-old man who came to our clinic with a one-month history of fever.', 'fever')).toBe('affirmed');
      expect(decide('A 75-year-old woman with a history of hypertension.', 'hypertension')).toBe('historical');
    });

    it('does not read "the previous day" as history', () => {
      expect(decide('He had fever the previous day and cough.', 'cough')).toBe('affirmed'); // written for the test
    });

    it('is historical in a past medical or surgical history section', () => {
      expect(ctx('Hypertension.', 'Hypertension', 'pmh')).toMatchObject({ decision: 'historical', section: 'pmh' });
      expect(decide('Appendectomy.', 'Appendectomy', 'psh')).toBe('historical');
    });
  });

  describe('family', () => {
    it('is family after "family history of" and "his father had died of"', () => {
      expect(decide("The patient had a family history of Crohn's disease in a twin brother.", "Crohn's disease")).toBe('family');
      expect(decide('As a family history, his father had died of colon cancer.', 'colon cancer')).toBe('family');
    });

    it('is family before a relative named without the possessive, as family history lists write it', () => {
      expect(decide('Bipolar disorder in mother, colon cancer in father.', 'Bipolar disorder')).toBe('family');
      expect(decide('Bipolar disorder in mother, colon cancer in father.', 'colon cancer')).toBe('family');
      expect(decide('Preeclampsia in twin pregnancy, 34 weeks.', 'Preeclampsia')).toBe('affirmed');
      // Only its own clause: the screening before the comma is the patient's.
      expect(decide('Screening colonoscopy, family history of colon cancer in father.', 'Screening colonoscopy')).toBe('affirmed');
    });

    it('does not make the patient\'s findings family because a relative is named', () => {
      expect(decide('The patient is found by his mother in the unconscious home without response to stimuli.', 'unconscious')).toBe('affirmed');
      expect(decide('Her mother brought her in with fever.', 'fever')).toBe('affirmed'); // written for the test
    });

    it('reads the patient named as a mother as the patient (written for the test, as US notes say it)', () => {
      expect(decide('Breastfeeding mother with mastitis.', 'mastitis')).toBe('affirmed');
      expect(decide('32 yo F, new mom with postpartum depression.', 'postpartum depression')).toBe('affirmed');
      expect(decide('FH: mother with diabetes.', 'diabetes')).toBe('family');
    });

    it('is family in the Family history section, and negated there when negated', () => {
      expect(ctx('Mother: colon cancer.', 'colon cancer', 'family')).toMatchObject({ decision: 'family' });
      expect(decide('Colon cancer.', 'Colon cancer', 'family')).toBe('family');
      expect(decide('No diabetes.', 'diabetes', 'family')).toBe('negated');
    });

    it('negates "no family history of" rather than making it family', () => {
      expect(decide('The patient reported no personal or family history of mental illness.', 'mental illness')).toBe('negated');
    });

    it('negates a family history whose own words begin inside the trigger ("no family history of cancer", Z80.9)', () => {
      // Written for the test: the concept 'Family history of malignant neoplasm' is read from 'family history of cancer'.
      expect(decide('No family history of cancer.', 'family history of cancer')).toBe('negated');
      expect(decide('Family history of colon cancer.', 'Family history of colon cancer')).toBe('affirmed');
    });

    it("negates through 'compatible with' and 'suggestive of': what is absent is compatible with nothing", () => {
      const s = 'The section showed a testicle of 5.5 x 2.5 x 2.5 cm, with fibrous consistency, without macroscopic lesions compatible with neoplasia.';
      expect(decide(s, 'neoplasia')).toBe('negated');
      // Written for the test.
      expect(decide('The ultrasound did not show lesions suggestive of malignancy.', 'malignancy')).toBe('negated');
      expect(decide('A mass compatible with neoplasia.', 'neoplasia')).toBe('uncertain');
    });

    it("negates after 'neither ... nor ... revealed any': the verb ends the 'nor' scope, 'any' still denies", () => {
      const s = 'Spinal angiography was not performed, but neither MRI nor surgical procedure revealed any vascular malformations.';
      expect(decide(s, 'vascular malformations')).toBe('negated');
      // Written for the test: what a study showed is still affirmed.
      expect(decide('The MRI showed vascular malformations.', 'vascular malformations')).toBe('affirmed');
    });

    it("negates after 'no other': what is denied is still denied", () => {
      const s = 'No other abdominal abscesses or alterations of the gallbladder, biliary tract or pancreas were identified.';
      expect(decide(s, 'alterations of the gallbladder')).toBe('negated');
    });

    it("negates what a finding is 'unrelated to'", () => {
      const s = 'Without noticeable growth of this mass over time, unrelated to local trauma or associated with other symptoms.';
      expect(decide(s, 'local trauma')).toBe('negated');
    });

    it("reads 'none of them' as a measure of what was found, not a denial", () => {
      const s = 'A chest CT scan showed multiple cystic lung lesions, none of them greater than 2 cm, distributed in both lungs.';
      expect(decide(s, 'cystic lung lesions')).toBe('affirmed');
      expect(decide('Fever: none.', 'Fever')).toBe('negated');
    });

    it('ends the negation at a personal history told after what it denies', () => {
      const s = 'A 58-year-old patient with no family history of interest and personal history of pharmacologically controlled arterial hypertension for 6 years.';
      expect(decide(s, 'arterial hypertension')).toBe('historical');
      // Written for the test.
      expect(decide('No family history of cancer and personal history of hypertension.', 'hypertension')).toBe('historical');
      expect(decide('No family history of cancer and personal history of hypertension.', 'cancer')).toBe('negated');
    });
  });

  describe('hypothetical', () => {
    it('is hypothetical after "risk of"', () => {
      expect(decide('Local radiotherapy was discarded due to the risk of blindness.', 'blindness')).toBe('hypothetical');
    });

    it('is hypothetical after "in case of"', () => {
      expect(decide('Morphine doses of 2 mg are prescribed in case of severe pain after a state of consciousness evaluation.', 'severe pain')).toBe('hypothetical');
    });

    it('is hypothetical after "return if" and "prophylaxis" (written for the test)', () => {
      expect(decide('Return if chest pain develops.', 'chest pain')).toBe('hypothetical');
      expect(decide('Started prophylaxis for endocarditis.', 'endocarditis')).toBe('hypothetical');
    });
  });

  describe('decision', () => {
    it('is affirmed with no trigger when nothing applies', () => {
      expect(ctx('Pulmonary emphysema with vesicular murmur conservation.', 'emphysema')).toEqual({ decision: 'affirmed', reason: 'no context trigger' });
    });

    it('reports the trigger span in the text', () => {
      const s = 'She denied cocaine abuse.';
      const r = ctx(s, 'cocaine abuse');
      expect(s.slice(r.trigger!.start, r.trigger!.end)).toBe('denied');
    });

    it('is uncertain in a Differential diagnosis section', () => {
      expect(decide('Pulmonary embolism.', 'Pulmonary embolism', 'differential')).toBe('uncertain');
    });

    it('does not let a trigger inside the target decide for it', () => {
      expect(decide('No evidence of disease.', 'No evidence of disease')).toBe('affirmed');
    });

    it('is affirmed for a span outside the tokens', () => {
      expect(detectContext(tokenize('No fever.'), { start: 50, end: 60 }).decision).toBe('affirmed');
    });
  });
});

describe('findTriggers', () => {
  it('finds the longest phrase at each place, left to right', () => {
    const t = findTriggers(tokenize('No evidence of fever; pneumonia was ruled out.'));
    expect(t.map((x) => [x.phrase, x.category, x.direction])).toEqual([
      ['no evidence of', 'negated', 'forward'],
      [';', 'terminator', 'both'],
      ['was ruled out', 'negated', 'backward'],
    ]);
  });

  it('matches pseudo-triggers so that their words are not triggers', () => {
    expect(findTriggers(tokenize('Gram-negative rods')).map((x) => x.category)).toEqual(['pseudo']);
  });

  it('gives token indices and character spans', () => {
    const text = 'Mild, no fever';
    const [t] = findTriggers(tokenize(text));
    expect([t!.from, t!.to, text.slice(t!.start, t!.end)]).toEqual([2, 3, 'no']);
  });
});
