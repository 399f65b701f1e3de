/**
 * Alphabetic Index entries of the endocrine, nutritional and metabolic diseases (E00-E89), the diseases of the blood
 * and immune mechanism (D50-D89) and their abnormal blood findings (R70-R79), where the chart's words are the Index's
 * and the titles word the code otherwise ('Malnutrition, severe' is E43 'Unspecified severe protein-calorie
 * malnutrition'; 'Hemophilia' is D66 'Hereditary factor VIII deficiency'). Joined to INDEX_DEFAULTS, whose test checks
 * each code against the FY2026 set.
 */
export const ENDOCRINE_BLOOD_INDEX: readonly [phrase: string, code: string][] = [
  // 'Malnutrition, degree, mild (protein) E44.1, moderate (protein) E44.0, severe (protein-energy) E43'; 'first degree
  // E44.1, second degree E44.0, third degree E43'; 'Marasmus E41'.
  ['severe malnutrition', 'E43'], ['moderate malnutrition', 'E440'], ['mild malnutrition', 'E441'],
  ['third degree malnutrition', 'E43'], ['second degree malnutrition', 'E440'], ['first degree malnutrition', 'E441'],
  ['marasmus', 'E41'],
  // 'Overload, fluid E87.70': volume overload, as notes say it.
  ['volume overload', 'E8770'],
  // 'Hypovitaminosis - see Deficiency, vitamin': 'Deficiency, vitamin D E55.9', not the vitamin A of E50.9's inclusion.
  ['hypovitaminosis d', 'E559'],
  // 'Diabetes, due to drug or chemical E09.9' ('steroid-induced - see Diabetes, due to drug or chemical'); 'Edema,
  // macula, diabetic - see Diabetes, by type, with retinopathy, with macular edema' (E11.311).
  ['steroid-induced diabetes', 'E099'], ['corticosteroid-induced diabetes', 'E099'], ['drug-induced diabetes', 'E099'],
  ['diabetic macular edema', 'E11311'],
  // 'Hypothyroidism, autoimmune E06.3, postsurgical E89.0'; 'Hypoparathyroidism, postsurgical E89.2'.
  ['autoimmune hypothyroidism', 'E063'], ['hypothyroidism after thyroidectomy', 'E890'], ['hypothyroidism secondary to thyroidectomy', 'E890'],
  // 'Hypothyroidism, postprocedural E89.0; postsurgical E89.0; postirradiation (radioactive iodine) E89.0'.
  ['postoperative hypothyroidism', 'E890'], ['postsurgical hypothyroidism', 'E890'], ['postprocedural hypothyroidism', 'E890'],
  ['post-thyroidectomy hypothyroidism', 'E890'], ['hypothyroidism post-thyroidectomy', 'E890'],
  ['hypothyroidism status post thyroidectomy', 'E890'], ['hypothyroidism s/p thyroidectomy', 'E890'],
  ['postablative hypothyroidism', 'E890'], ['post-rai hypothyroidism', 'E890'], ['hypothyroidism after radioactive iodine', 'E890'],
  ['hypothyroidism after rai', 'E890'],
  // 'Reaction, transfusion, hemolytic (antigen unspecified) T80.919; acute (AHTR) T80.910; delayed (DHTR) T80.911'.
  ['acute hemolytic transfusion reaction', 'T80910A'], ['delayed hemolytic transfusion reaction', 'T80911A'],
  // 'Complication, intraoperative, puncture or laceration (accidental), spleen, during other procedure D78.12' (the
  // spleen torn during a colectomy or nephrectomy; during a procedure on the spleen itself is D78.11, rarely written so).
  ['accidental puncture of spleen', 'D7812'], ['accidental laceration of spleen', 'D7812'],
  ['iatrogenic splenic injury', 'D7812'], ['iatrogenic splenic laceration', 'D7812'],
  ['postsurgical hypoparathyroidism', 'E892'], ['post-surgical hypoparathyroidism', 'E892'], ['hypoparathyroidism after thyroidectomy', 'E892'],
  // 'Goiter, toxic, multinodular E05.20', 'Adenoma, toxic (thyroid) E05.10' (the titles say 'thyrotoxicosis with'; the
  // nontoxic goiter's title E04.2 shares the other words); 'Storm, thyroid - see Thyrotoxicosis' (E05.91, crisis).
  ['toxic multinodular goiter', 'E0520'], ['toxic nodular goiter', 'E0520'], ['toxic adenoma', 'E0510'],
  ['toxic thyroid adenoma', 'E0510'], ['toxic thyroid nodule', 'E0510'],
  ['thyroid storm', 'E0591'], ['thyrotoxic crisis', 'E0591'], ['thyrotoxic storm', 'E0591'], ['thyroid crisis', 'E0591'],
  // 'Obesity, morbid E66.01' ('supermorbid' is the morbid obesity of BMI 50 and over).
  ['supermorbid obesity', 'E6601'], ['super morbid obesity', 'E6601'],
  // 'Hyperphosphatemia E83.39' ('hyperphosphoremia' in translated notes).
  ['hyperphosphatemia', 'E8339'], ['hyperphosphoremia', 'E8339'],
  // 'Hypervolemia E87.70'; 'Hyperhomocysteinemia E72.11'; 'Deficiency, zinc, dietary E60'.
  ['hypervolemia', 'E8770'], ['hyperhomocysteinemia', 'E7211'], ['zinc deficiency', 'E60'],
  // 'Acromegaly E22.0'; 'Hypercortisolism - see Cushing's syndrome' (E24.9); 'Hyperaldosteronism, primary E26.09'.
  // 'Disease, thyroid (gland) E07.9' (the title says 'Disorder of thyroid, unspecified').
  ['thyroid disease', 'E079'],
  ['acromegaly', 'E220'], ['hypercortisolism', 'E249'], ['primary hyperaldosteronism', 'E2609'], ['primary aldosteronism', 'E2609'],
  // 'Amyloidosis, heart E85.4 [I43]', 'localized E85.4'.
  ['cardiac amyloidosis', 'E854'], ['localized amyloidosis', 'E854'],
  // 'Diabetes, poorly controlled / inadequately controlled / out of control - code to Diabetes, by type, with
  // hyperglycemia' (E11.65; type 1 turns it to E10.65, combine.ts).
  ['poorly controlled diabetes', 'E1165'], ['inadequately controlled diabetes', 'E1165'], ['diabetes out of control', 'E1165'],
  ['diabetes with poor control', 'E1165'], ['diabetes with poor metabolic control', 'E1165'],
  // 'Anemia, macrocytic D53.9', 'microcytic (hypochromic) D50.9'; 'blood loss (chronic) D50.0, acute D62'; 'Deficiency,
  // iron E61.1', 'ferropenic' being the Spanish 'ferropénica' (iron deficiency) as translated.
  ['macrocytic anemia', 'D539'], ['microcytic anemia', 'D509'], ['blood loss anemia', 'D500'], ['chronic blood loss anemia', 'D500'],
  ['anemia due to chronic blood loss', 'D500'], ['ferropenic anemia', 'D509'], ['ferropenia', 'E611'],
  // 'Polycythemia (secondary) D75.1' (the Spanish 'poliglobulia' as translated); 'Hypereosinophilia - see Eosinophilia'.
  ['polyglobulia', 'D751'], ['hypereosinophilia', 'D7210'],
  // 'Thrombocythemia (essential) (hemorrhagic) (idiopathic) (primary) D47.3': the modifiers are nonessential.
  ['thrombocythemia', 'D473'],
  // 'Thrombocytopenia, immune D69.3' (immune thrombocytopenic purpura); 'Deficiency, IgA (secretory) D80.2'.
  ['immune thrombocytopenia', 'D693'], ['iga deficiency', 'D802'], ['selective iga deficiency', 'D802'],
  // 'Hemophilia (classical) (familial) (hereditary) D66, A D66, B D67, C D68.1'; only 'acquired' is D68.311.
  ['hemophilia', 'D66'], ['hemophilia a', 'D66'], ['hemophilia b', 'D67'], ['hemophilia c', 'D681'],
  // 'Hypercoagulable (state) D68.59, secondary D68.69'.
  ['hypercoagulable state', 'D6859'], ['hypercoagulability', 'D6859'], ['secondary hypercoagulable state', 'D6869'],
  // 'Decrease(d), platelets D69.6'.
  ['decreased platelet count', 'D696'], ['low platelet count', 'D696'], ['decreased platelets', 'D696'],
  // 'Prolonged, prothrombin time / partial thromboplastin time / coagulation time R79.1'; the title's 'Abnormal
  // coagulation profile'.
  ['prolonged prothrombin time', 'R791'], ['prolonged partial thromboplastin time', 'R791'], ['prolonged coagulation time', 'R791'],
  ['abnormal coagulation', 'R791'],
  // The INR is the prothrombin time's ratio: an elevated or supratherapeutic INR without bleeding is the prolonged time
  // (R79.1; the anticoagulant's adverse effect beside it where the chart ties it, 'due to warfarin').
  ['elevated inr', 'R791'], ['supratherapeutic inr', 'R791'], ['inr elevation', 'R791'],
];
