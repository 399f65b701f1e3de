import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/**
 * Sentences of case reports whose endocrine, nutritional, metabolic or blood finding the titles do not name in these
 * words; each code is the Alphabetic Index's (see endocrine-blood-index.ts).
 */
describe('endocrine, nutritional and blood findings in the words of case reports', () => {
  it.each([
    // 'Malnutrition, degree': severe E43, moderate E44.0, mild E44.1.
    ['In November 2006, he was admitted for dysphagia, which caused secondary severe malnutrition.', 'E43'],
    ['Nutritional assessment showed moderate malnutrition.', 'E440'],
    ['The child had mild malnutrition at diagnosis.', 'E441'],
    ['The infant presented marasmus and recurrent diarrhea.', 'E41'],
    ['She had hypovitaminosis D and osteopenia.', 'E559'],
    ['39-year-old patient with thrombophilia due to prothrombin gene mutation, supermorbid obesity (body mass index [BMI] 52 kg).', 'E6601'],
    ['Hyperphosphoremia was controlled after two months of treatment.', 'E8339'],
    ['The intake of phosphate is restricted due to renal hyperphosphatemia (phosphate 8.91 mg/dL).', 'E8339'],
    // 'Diabetes, poorly controlled - code to Diabetes, by type, with hyperglycemia'.
    ['39-year-old patient with a 3-year history of type 2 diabetes mellitus with poor metabolic control.', 'E1165'],
    ['He has poorly controlled type 1 diabetes.', 'E1065'],
    ['Laboratory tests revealed macrocytic anemia.', 'D539'],
    ['Physical examination was normal and laboratory data showed mild microcytic anemia and hypogammaglobulinemia.', 'D509'],
    ['He has hemophilia A with recurrent hemarthrosis.', 'D66'],
    ['The possibility that all liver changes were secondary to portal vein thrombosis was studied for hypercoagulability.', 'D6859'],
    ['In the complementary examinations stands out leukopenia (3.600/mm3), platelet count decreased to 20%.', 'D696'],
    ['Blood tests revealed abnormal coagulation (prothrombin time 43%), creatinine 0.58 mg/dl.', 'R791'],
    ['The patient developed hypervolemia after the transfusion.', 'E8770'],
    ['She has a history of hypertension, type 2 diabetes mellitus, transient ischemic attack, autoimmune hypothyroidism and mild cognitive impairment.', 'E063'],
    ['He developed steroid-induced diabetes during the treatment with prednisone.', 'E099'],
    ['He was diagnosed with diabetic macular edema in both eyes.', 'E11311'],
    ['She had hypothyroidism secondary to thyroidectomy.', 'E890'],
    // US problem lists.
    ['Hypothyroidism, post-thyroidectomy.', 'E890'],
    ['Hypothyroidism s/p thyroidectomy.', 'E890'],
    ['Hypothyroidism after RAI for Graves.', 'E890'],
    ['Volume overload, diuresed with IV furosemide.', 'E8770'],
    ['The patient had post-surgical hypoparathyroidism.', 'E892'],
    ['The patient had anemia secondary to chronic blood loss.', 'D500'],
    ['Analysis showed ferropenic anemia (Hb 9.1 g/dl).', 'D509'],
    ['Analysis showed ferropenia without anemia.', 'E611'],
    ['He was followed for immune thrombocytopenia.', 'D693'],
    ['The immunological study showed IgA deficiency.', 'D802'],
    // 'Disease, thyroid (gland) E07.9' (written for the test).
    ['Her sister has diabetes; she herself has thyroid disease, followed by endocrinology.', 'E079'],
    // 'Thrombocythemia (essential) (idiopathic) (primary) D47.3' (written for the test).
    ['A bone marrow biopsy was performed for thrombocythemia with 900,000 platelets.', 'D473'],
    // 'Mononucleosis, infectious B27.90' (written for the test); an EBV one is B27.0- by its agent.
    ['The adolescent was diagnosed with mononucleosis after two weeks of fever and sore throat.', 'B2790'],
    ['The blood count showed polyglobulia (hematocrit 56%).', 'D751'],
    ['The blood count showed marked hypereosinophilia.', 'D7210'],
    ['The thrombophilia study revealed hyperhomocysteinemia.', 'E7211'],
    ['A 45-year-old man with acromegaly due to a pituitary macroadenoma.', 'E220'],
    ['The clinical picture suggested hypercortisolism.', 'E249'],
    ['He was diagnosed with primary aldosteronism.', 'E2609'],
    ['The analysis showed zinc deficiency.', 'E60'],
  ])('%s -> %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toContain(code);
  });

  it.each([
    ['She had hypovitaminosis D and osteopenia.', 'E509'],
    ['He has hemophilia A with recurrent hemarthrosis.', 'D68311'],
    ['The patient had anemia secondary to chronic blood loss.', 'D649'],
    ['He was diagnosed with diabetic macular edema in both eyes.', 'E119'],
  ])('does not read %s as %s', async (text, code) => {
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).not.toContain(code);
  });

  // A work-up named for what it looks for is a test, not the disorder (not-a-finding.ts); what it finds is coded.
  it('does not code thrombophilia from a thrombophilia study, and codes what the study found', async () => {
    const asked = await engine.suggest('A thrombophilia study was requested and the patient was discharged on enoxaparin.', { setting: 'inpatient' });
    expect(codesOf(asked.suggestions).filter((c) => c.startsWith('D68'))).toEqual([]);
    const found = await engine.suggest('The thrombophilia study identified a heterozygosis for the G20210A mutation of the prothrombin gene.', { setting: 'inpatient' });
    expect(codesOf(found.suggestions)).toContain('D6852');
    expect(codesOf(found.suggestions)).not.toContain('D6859');
  });

  // A raised white cell count and a lowered lymphocyte count are two findings of two subcategories (D72.82-, D72.81-):
  // the unspecified leukocytosis does not fold into the lymphopenia (combine.ts).
  it('keeps leukocytosis beside lymphopenia', async () => {
    const text =
      'Blood tests revealed leukocytosis with left shift (11,700 leukocytes, 81% neutrophils). Lymphopenia and progressive anemia were observed after ganciclovir therapy.';
    const r = await engine.suggest(text, { setting: 'inpatient' });
    expect(codesOf(r.suggestions)).toEqual(expect.arrayContaining(['D72829', 'D72810']));
  });

  it("codes 'thyroid disease' as E07.9 only where no other thyroid disorder is named (Graves' disease, E05.00)", async () => {
    const codes = codesOf((await engine.suggest('Graves disease was diagnosed; given her thyroid disease, a hormonal study was requested.', { setting: 'inpatient' })).suggestions);
    expect(codes).toContain('E0500');
    expect(codes).not.toContain('E079');
  });
});
