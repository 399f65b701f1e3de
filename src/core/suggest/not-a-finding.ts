import type { ChartTerm } from './chart-terms';
import type { ConceptMatch } from './concept-index';

/** Where each term of a sentence lies in the text, by position. */
export type Placed = Map<number, { start: number; end: number }>;

/**
 * Words that name something other than a finding where they stand: a surgical wound is the incision, tumor markers a
 * blood test, 'necrotic areas', 'areas of hemorrhage and necrosis' or 'hemorrhagic color' the look of a lesion or
 * specimen being described (part of that lesion, not gangrene or a hemorrhage of their own). A finding read wholly
 * inside such a phrase is not read, nor one that takes a word of it and words outside ('gastrointestinal and
 * gynecological tumor markers' is no tumour of the digestive system); one that holds the whole phrase and more
 * ('surgical wound infection') is.
 */
export const NOT_A_FINDING_PHRASES: readonly RegExp[] = [
  // What a surgeon does to the incision: 'the surgical wound was opened' is no open wound (before the plain
  // 'surgical wound', which would end the phrase at 'wound').
  /\b(?:(?:surgical|operative|incisional|surgery) )?wounds? (?:was|were|is|are) (?:opened|reopened|closed|sutured|dressed|drained|washed|cleaned|packed|explored)\b/,
  /\b(?:surgical|operative|incisional|surgery) wounds?\b/,
  /\bwounds? (?:dressing|dressings|care|bed|closure|edges?|healing|control|review)\b/,
  // The wound's culture and its recheck ('Wound culture sent', 'F/u in 2-3 days for packing removal and wound check'):
  // a specimen and a visit, no injury of unspecified site (T14.8).
  /\bwounds? (?:cultures?|cx|swabs?|checks?|re-?checks?)\b/,
  // The care of the operation's wound: 'the wounds healed well', 'control of the wounds in external consultations'.
  /\bwounds? healed\b|\b(?:control|care|healing|closure) of the wounds?\b/,
  /\btumou?r markers?\b/,
  // The cells a pathologist describes ('almost all tumor cells were Ki-67+') are of the neoplasm the report names,
  // not a tumour of their own (D49.9).
  /\btumou?r(?:al)? cells?\b/,
  // 'Functional impotence' of a limb, as Spanish-English notes say its loss of use ('pain and impotence in both
  // lower limbs'): not erectile dysfunction (N52.9).
  /\bfunctional impotence\b|\bimpotence(?= (?:in|of) (?:the |both |his |her )?(?:(?:right|left|upper|lower) )*(?:limbs?|legs?|arms?|hands?|feet|foot|extremit\w+|shoulders?|knees?)\b)/,
  /\bbody mass index\b/,
  // Which eye, as ophthalmologists abbreviate it after the words ('both eyes (OA)', Spanish 'ojos ambos'): not
  // osteoarthritis or any other expansion of the letters.
  /\b(?:eyes?|ears?)\s*\((?:oa|ao|ou|od|os|oi|le|re|be)\)/,
  // Where a pain goes, or the back of a part: 'chest pain radiating to the back' is no back pain (M54.9 would take
  // 'back' and leave 'radiating'), nor 'pain in the back of his penis'.
  /\b(?:radiat\w*|irradiat\w*|spreading) (?:to|towards|into) the back\b/,
  /\b(?:(?:pain|painful|ache)\s+)?(?:in|on|at) the back of\b/,
  // A structure's collapse ('collapse of the abscess cavities', 'hepatocyte collapse') is no syncope (R55).
  /\bcollapses?\s+(?:of\s+)?the\b|\b(?:hepatocyte|ventricular|lung|lobar|vertebral|alveolar|tracheal|airway) collapse\b|\bcollapsed (?:areas?|zones?|segments?|cavit\w+|structures?|walls?)\b/,
  // A department or a specialist named after what it treats: 'the departments of Infectious Diseases'.
  /\b(?:departments?|services?|units?|divisions?|specialists?|consultants?) of (?:infectious diseases|infectious disease)\b/,
  /\binfectious diseases? (?:department|service|unit|division|specialists?|consult\w*|team)\b/,
  // The specialty that sees the patient: 'a reassessment by infectious diseases was performed', 'referred to
  // Infectious Diseases'.
  /\b(?:by|to) (?:the )?infectious diseases\b/,
  // Nerve ganglia, and the lymph node that Spanish-English notes call a 'ganglion': not a ganglion cyst (M67.4-).
  /\b(?:basal |spinal |sympathetic |dorsal root |ciliary |trigeminal |lymph )?gangli(?:on|ons|a)\b(?! cyst)/,
  // 'FC 100 ppm': after a number, ppm is a rate (beats a minute, as Spanish-English notes write it), not a pacemaker.
  /\b\d+\s*ppm\b/,
  // The posterior descending artery of a catheterization or a bypass ('SVG to PDA', '95% PDA stenosis', 'RCA, PDA'):
  // a branch of the coronary tree, not a patent ductus arteriosus (Q25.0).
  /\b(?:(?:to|into) (?:the )?|\d+\s*% (?:(?:proximal|mid|distal|ostial) )?|(?:lad|lcx|rca|om\d?|diagonal|d\d|pl|plb),? )pda\b|\bpda (?:stenosis|lesion|branch|territory|graft|anastomosis|disease|occlu\w+)\b/,
  // How a skin lesion behaves or looks, said in its description ('a pearly lesion on the left nasal ala that bleeds w/
  // minor trauma', 'pearly papule w/ telangiectasias'): the lesion's friability and vessels, part of the lesion diagnosed
  // (a basal cell carcinoma), not a hemorrhage (R58), an injury (T14.90) or telangiectasia (I78.1) of its own.
  /(?:(?<=\b(?:spots?|papules?|nodules?|moles?|lesions?|growths?|bumps?|plaques?)\b[^.;]{0,60}?)\b(?:that |which )?)?bleeds?(?:\s+easily|\s+(?:w\/|with)\s+(?:(?:minor|light|slight|mild)\s+)?(?:trauma|touch|contact|friction|scratching|shaving|rubbing))\b|(?<=\b(?:spots?|papules?|nodules?|moles?|lesions?|growths?|bumps?|plaques?)\b[^.;]{0,60}?)\b(?:that |which )?bleeds?\b/,
  /(?<=\b(?:papules?|nodules?|lesions?|plaques?|bcc|growths?)\b[^.;,]{0,40}?)\b(?:w\/|with)\s+(?:(?:arborizing|fine|surface|overlying|scattered)\s+)?telangiectas\w*/,
  // A healed scar the examination notes ('Well-healed scar L upper back, no nodularity'), a past operation's mark: not
  // the scar condition (L90.5), which the note diagnoses as such (a contracture, a keloid, a painful scar).
  /\b(?:well[- ]healed|healed|surgical|incisional|(?:bx|biopsy|excision|wle|mohs|operative) (?:site )?)\s*scars?\b/,
  // What a surgeon stitches or coagulates in the field: the operation's own bleeding, not a hemorrhage (R58).
  /\bbleeding (?:vessels?|points?|sites? was|bed)\b/,
  // The operation's own bleeding ('to control transoperative bleeding', 'estimated bleeding less than 100 ml'): a
  // complication only where the surgeon documents one (K91.6-, N99.6-...), never a hemorrhage NEC (R58).
  /\b(?:intra-?operative|transoperative|trans-operative|perioperative|operative|surgical|estimated) (?:bleeding|blood loss)\b/,
  /\b(?:necrotic|hemorrhagic|haemorrhagic) (?:areas?|foci|focus|appearance|aspect|colou?r|content|component|cent(?:er|re)|material|debris|changes?|formations?|fluid|zones?)\b/,
  /\b(?:areas?|foci|focus|zones?) of (?:necrosis|hemorrhage|haemorrhage)(?: and (?:necrosis|hemorrhage|haemorrhage))?\b/,
  // So too a tissue's or a specimen's swelling in the report that describes it ('edematous endometrial stroma',
  // 'edematous and erythematous mucosa', 'with edematous violet appearance'): the lesion's look, not an edema (R60.9).
  /\bedematous(?= (?:(?:and |or )?[a-z]+,? ){0,2}(?:stroma|mucosa|submucosa|mucous membrane|appearance|aspect|look|tissues?|walls?|villi|folds?|papillae?|borders?|edges?|margins?)\b)/,
  /\b(?:necrosis|hemorrhage|haemorrhage) foci\b/,
  // Necrosis inside a tumour is its histology; Enterobacter cloacae is an organism, not a persistent cloaca (Q43.7).
  /\b(?:intratumou?ral|tumou?ral|tumou?r) necrosis\b|\bnecrosis of the tumou?r\b/,
  // A pathologist's kinds of necrosis describe a tissue's histology ('areas of hepatocyte collapse and bridging
  // necrosis'), not gangrene (I96); the named diagnoses (acute tubular necrosis, fat necrosis) are other words.
  /\b(?:bridging|piecemeal|fibrinoid|caseous|caseating|coagulative|liquefactive|hepatocyte|hepatocellular|centrilobular|zonal|submassive) necrosis\b/,
  /\bcloacae\b/,
  // 'Fit' as the Index's word for a seizure (R56.9) is, in running text, how well a thing fits or a product's name:
  // 'GC Fit-checker', 'fit for surgery', 'a good fit', 'the prosthesis fit well'.
  /\bfit[- ]?check\w*|\bfit (?:for|to) (?:surgery|discharge|work|anaesthesia|anesthesia|travel)\b|\b(?:good|poor|proper|correct|adequate|better|snug|tight|passive|marginal) fit\b|\bfits? (?:well|properly|correctly|snugly|tightly|perfectly)\b/,
  // Stopping a substance given as advice or treatment ('sun protection and alcohol withdrawal was recommended',
  // 'treated with alcohol withdrawal', the Spanish 'retirada del alcohol'): the patient's abstinence, not the
  // withdrawal state (F10.x3-), which the chart names as a syndrome or a picture the patient has.
  /\b(?:alcohol|tobacco|drug) withdrawal (?:was|is|were|being) (?:recommended|advised|indicated|prescribed|suggested)\b|\b(?:treated|managed) with (?:\w+ ){0,2}?(?:alcohol|tobacco|drug) withdrawal\b/,
  // Bipolar as a technique's word, two poles of a current or two processes of a cell ('electrodes in bipolar
  // arrangement', 'coagulation, both mono and bipolar', 'bipolar cells'): not bipolar disorder (F31.9), which the words leave out.
  // So too a urologist's bipolar resection ('bipolar TURP', 'using bipolar loop', 'TURP, bipolar', 'TURBT (bipolar)').
  /\bbipolar (?:arrangement|montage|derivations?|electrodes?|recordings?|leads?|pacing|stimulation|coagulation|electro(?:coagulation|cauteri[sz]ation|cautery)|cautery|diathermy|forceps|scissors|energy|resection|cells?|neurons?|loop|resectoscope|vapori[sz]ation|enucleation|plasma\w*|sealer|device|instruments?)\b|\bmono(?:polar)? (?:and|or) bipolar\b/,
  // The operation itself stays outside the phrase, to be read as the procedure it is.
  /\bbipolar(?= (?:turp|turbt|tuip|transurethral)\b)|(?<=\b(?:turp|turbt|tuip|resection|resectoscope|vapori[sz]ation|enucleation)\)?,?\s+)\(?bipolar\b/,
  // The two-part femoral head of a hip hemiarthroplasty ('a cemented stem with a 46 mm bipolar head', 'bipolar
  // hemiarthroplasty of the left hip'): the orthopedist's device, not bipolar disorder. The word alone, so that the
  // operation after it is still read.
  /\bbipolar(?= (?:prosthes[ie]s|hemiarthroplast\w*|heads?|cups?|components?|implants?|endoprosthes[ie]s|arthroplast\w*|hips?)\b)/,
  // A prophylaxis named for what it prevents ('DVT prophylaxis with enoxaparin', 'stress ulcer ppx', 'seizure
  // prophylaxis with levetiracetam') is given because the patient does not have it: no thrombosis, ulcer or seizure.
  /\b(?:dvt|vte|pe|deep vein thrombosis|deep venous thrombosis|venous thromboembolism|thromboembolism|stress ulcer|gi|sbp|pcp|pjp|seizures?|endocarditis)\s+(?:prophylaxis|ppx)\b/,
  // 'TTP' on examination is tenderness to palpation ('TTP over the lateral malleolus', 'TTP distal radius', 'TTP
  // paraspinals', 'mild TTP'), not thrombotic thrombocytopenic purpura (M31.1-), which a note names as a diagnosis.
  /\bttp(?=\s+(?:over|at|along|of|to|in|on|throughout|diffusely|distal\w*|proximal\w*|medial\w*|lateral\w*|anterior\w*|posterior\w*|dorsal\w*|volar\w*|plantar\w*|mid\w*|paraspinal\w*|spinous|joint|bony|the|[rl][lu]q|epigastri\w*|suprapubic|snuff\w*|bilateral\w*|b\/l|right|left|r|l)\b)|\b(?:no|mild|moderate|severe|focal|point|diffuse|minimal|exquisite|\+)\s*ttp\b/,
  // The sacroiliac 'SI joint' ('SI joint dysfunction', 'tender over the SI joints'): not the psychiatric 'SI' read in
  // capitals (chart-expand.ts). A finding of the whole phrase ('SI joint dysfunction') is still read.
  /\bsi joints?\b/,
  // 'SGA 106 mm/h': the erythrocyte sedimentation rate as Spanish notes abbreviate it (VSG), not small for gestational age.
  /\bsga\s+(?:level\s+)?(?:of\s+)?\d/,
  // A value that falls ('falling to 4,004 mg/dL', 'fell from 12 to 9') is not the patient's fall (W19).
  /\b(?:fall|falls|falling|fell)\s+(?:to|from|by)\s+\d/,
  // A 'depressible' abdomen (Spanish 'depresible') yields to the hand: not a depression.
  /\b(?:depressible|depressing)\b/,
  // A depression of the body's shape: the fovea's, an ST segment's, a skull fracture's, not the patient's mood; nor
  // the slowed breathing or consciousness of an opioid or sedative ('respiratory depression', 'CNS depression').
  /\b(?:foveal|foveolar|st[- ]segment|st|skull|fontanel(?:le)?|sternal|respiratory|cns|central nervous system|ventilatory) depressions?\b/,
  /\bdepressions? of (?:the )?(?:left |right )?(?:visual field|field|sensitivity|st segment|the st)\w*/,
  // A fracture pushed in ('depressed fracture of the left parietal bone', 'depressed tibial plateau fracture'): the
  // fracture's form, not a depressed mood (F32.A). The word alone, so that the fracture after it is still read.
  /\bdepressed(?= (?:(?:skull|bone|bony|calvarial|nasal|zygomatic|frontal|parietal|temporal|occipital|tibial|lateral|medial|plateau|articular|comminuted|open|closed) )*fractures?\b)/,
  // A depression rating or screening instrument ('Geriatric Depression Scale 2/15', 'Beck Depression Inventory score
  // was 8'): the test, whose score the provider reads, not a depression of its own; a depression the provider
  // diagnoses from it is written as such.
  /\b(?:beck|hamilton|geriatric|zung|edinburgh(?: postnatal)?|cornell|montgomery[- ]asberg) depression (?:inventory|(?:rating )?scale|questionnaire|screen\w*)\b/,
  // The anterior or lateral 'face' of an organ (Spanish 'cara') is its surface, not the face ('gastric anterior face tumor').
  /\b(?:anterior|posterior|lateral|medial|inferior|superior|internal|external|dorsal|ventral|outer|inner) faces?\b/,
  // A 'pseudo melanoma' or a 'pseudo tumor' looks like one and is not.
  /\bpseudo[- ](?:melanomas?|tumou?rs?|neoplasms?|carcinomas?|lymphomas?|polyps?)\b/,
  // 'Non-smoker' says the patient does not smoke; passive smoking is exposure (Z77.22), not the patient's habit.
  /\bnon[- ]?smok\w*|\bpassive smok\w*|\bsecond[- ]?hand smok\w*/,
  // 'A non-allergic patient' has no allergy; a stress echocardiogram or test is the heart's, not the patient's stress.
  /\bnon[- ]?allergic\b/,
  /\bstress[- ](?:echo\w*|tests?|testing|ecg|ekg|electrocardiogra\w*|scintigraph\w*|imaging|mri|perfusion|study|studies)\b/,
  // A work-up named for what it looks for ('a thrombophilia study was requested') is a test, not the thrombophilia:
  // what it finds (factor V Leiden, D68.51) is the finding.
  /\b(?:thrombophilia|thrombophilic|hypercoagulability|hypercoagulable) (?:study|studies|screen\w*|work-?up|panel|tests?|testing)\b/,
  // The allergy service a patient is referred to, and a part or a sense that is 'hypersensitive' (increased feeling
  // in the inguinal region, to sounds): not an allergy (T78.40).
  /\ballergy (?:department|service|unit|clinic|consult\w*|specialists?)\b|\b(?:referred|sent) to (?:[a-z ]{0,40} and )?(?:the )?allergy\b(?! to)/,
  /\bhypersensitivity (?:in|of|on) the\b|\bhypersensitivity to (?:sounds?|noises?|light|touch|textures?|cold|heat|pressure)\b/,
  // The Spanish 'choque' as translations print it: a collision ('a frontal shock against another vehicle'), a pulse
  // or loading dose of a drug ('shocks of steroids', 'the corresponding shock dose'), a test or a blow ('shock
  // maneuver', 'shock in the joint'): none is the circulatory failure of 'Shock R57.9'.
  /\b(?:frontal |lateral |rear )?shocks? against\b|\bshocks? (?:doses?|maneuvers?|manoeuvres?)\b|\bshocks? in the (?:joints?|knees?|hips?|shoulders?)\b/,
  // 'AF' beside an eye ('OI AF', Spanish 'ojo izquierdo') is the fundus autofluorescence of an ophthalmology report,
  // and among liver enzymes or as a level the alkaline phosphatase of Spanish notes ('fosfatasa alcalina': 'elevation
  // of GGT and AF', 'an AF number of 5252 IU/l'): not atrial fibrillation (I48.91).
  /\b(?:od|oi|os|ou|ao)\s+af\b|\b(?:ggt|ast|alt|got|gpt|ldh|bilirubin|transaminases)(?:\s*,\s*\w+)*\s*(?:,|and)\s*af\b/,
  /\b(?:elevation|elevations|elevated|increased?|rise|determinations?|levels?|values?) of (?:the )?(?:serum )?af\b|\baf (?:levels?|values?|number|activity|of \d)/,
  // Gastric mucosa found where it does not belong ('Meckel's diverticulum with heterotopic gastric mucosa') is a
  // tissue of the lesion named, not a finding of the stomach (K31.4 'Gastric diverticulum').
  /\b(?:heterotopic|ectopic|heterotopia of|ectopia of)\s+(?:the\s+)?(?:gastric|pancreatic|endometrial)\s+(?:mucosa|tissue|epithelium)\b/,
  /\bshocks? of (?:steroids?|corticosteroids?|corticoids?|methylprednisolone|prednisone|prednisolone|cyclophosphamide|immunoglobulins?)\b/,
  // '(Activities of) daily living alone' is the patient's self-care, not the social situation of living alone (Z60.2).
  /\bdaily living alone\b/,
  // 'Absence of (epileptic) seizures' is no seizure at all, not the absence seizures of G40.A0- read over the 'of'
  // (the denial's own first words stand inside the phrase, so no trigger before it negates it).
  /\babsence of (?:\w+ )?seizures?\b/,
  // The gas a laparoscopist puts in ('pneumoperitoneum was established', 'insufflated to a pneumoperitoneum of 15
  // mmHg') is the operation's working space, not the free air of a perforation (K66.8).
  /\bpneumoperitoneum (?:was |is )?(?:established|obtained|created|achieved|induced|insufflated|desufflated|released|evacuated)\b|\b(?:establish\w*|creat\w*|insufflat\w*|obtain\w*|achiev\w*) (?:of )?(?:a |the )?pneumoperitoneum\b|\bpneumoperitoneum (?:of|to) \d+\s*mm\s*hg\b/,
  // The sac an operative note dissects and reduces ('an indirect hernia sac was identified ... and reduced') is the
  // hernia the note's diagnosis names by its site, not another hernia of no site (K46.9).
  /\b(?:(?:direct|indirect|inguinal|femoral|umbilical|ventral|incisional)\s+)?hernia(?:l)? sacs?\b/,
  // A plan's 'pain control' treats the pain of the diagnosis it is written under, not a pain of no site of its own
  // (R52). Not 'pain management', which 'chronic pain management' says of a chronic pain (G89.-).
  /\bpain control\b|\bpain regimen\b/,
  // 'Interstitial edematous pancreatitis', the revised Atlanta classification's kind of acute pancreatitis (against
  // necrotizing): the swelling of the gland is the pancreatitis, not an edema of its own (R60.9).
  /\b(?:interstitial\s+)?edematous(?=\s+(?:acute\s+)?pancreatitis\b)/,
  // The look of the lining an endoscopist describes ('gastric antrum erythematous', 'erythematous mucosa') is the
  // gastritis or colitis the report names, not an erythematous condition of the skin (L53.9).
  /\b(?:mucosa|antrum|fundus|duodenum|bulb|esophagus|rectum|colon)\s+(?:was |were |is |appeared |appears )?(?:mildly |diffusely |patchy |focally )?erythematous\b|\berythematous\s+(?:and \w+ )?(?:mucosa|antrum|fundus|duodenum|bulb|gastric|esophag\w*|rectal|colonic)\b/,
  // The redness of an ear drum, a throat or a mucosa the examination describes ('L TM erythematous and bulging',
  // 'pharynx mildly erythematous') is a sign of the otitis or pharyngitis there, not the skin's erythema (L53.9).
  /\b(?:tms?|tympanic membranes?|ear ?drums?|pharynx|oropharynx|throat|tonsils?|conjunctivae?|mucosae?|gingivae?|gums?)\s+(?:(?:is|are|was|were|mildly|moderately|markedly|slightly|diffusely|very)\s+){0,2}erythem\w*|\berythem\w*\s+(?:and\s+\w+\s+)?(?:tms?|tympanic membranes?|ear ?drums?|pharynx|oropharynx|throat|tonsils?|conjunctivae?|mucosae?)\b/,
  // A dialysis access ('ESRD on HD via L arm AV fistula', 'left radiocephalic fistula', 'HD access: RUE AVF') is
  // made by a surgeon for the dialysis (Z99.2), not a fistula of the skin (L98.8) nor an arteriovenous one (I77.0).
  /\b(?:via|through|thru|using|by)\s+(?:a\s+|the\s+|his\s+|her\s+)?(?:(?:left|right|l|r|lue|rue)\s+)?(?:(?:upper\s+)?arm\s+|forearm\s+|(?:brachio|radio)(?:cephalic|basilic)\s+)?(?:av|a-v|arteriovenous)\s+(?:fistula|graft)\b/,
  /\b(?:(?:brachio|radio)(?:cephalic|basilic)|(?:hemo)?dialysis|hd)\s+(?:access\s+)?(?:(?:av|arteriovenous)\s+)?fistula\b|\bfistula\s+(?:for|used for)\s+(?:hemo)?dialysis\b/,
  // A port, line or catheter flushed to test it ('the port was flushed and aspirated easily', 'flushed with heparinized
  // saline'): the device's, not the skin's flushing (R23.2).
  /\bflush(?:ed|es|ing)? (?:and aspirat\w*|easily|well|without|with (?:\w+ )?(?:saline|heparin\w*))\b|\baspirat\w* and flush(?:ed|es)?\b/,
  // Where a urologist's wire, scope or stent goes ('a wire was advanced past the stone into the renal pelvis'): a
  // destination, not a stone of the kidney (N20.0) read from the stone passed on the way.
  /\binto the (?:right |left )?renal pelvis\b/,
  // Counseling the patient is referred to is given elsewhere, later ('Genetic counseling referral given', 'refer to
  // genetic counseling'): the counseling code is the counselor's, not this note's (Z71.-).
  /\bcounsel(?:l)?ing referrals?\b|\brefer(?:ral|red|ring)? (?:to|for) (?:\w+ ){0,2}counsel(?:l)?ing\b/,
  // The wound service and its rounds ('seen on wound rounds', 'WOUNDS:' heading a wound nurse's list), and a
  // cataract surgeon's incisions ('wounds hydrated and found watertight'): no injury (T14.8) of their own.
  /\bwounds? (?:rounds|clinic|center|centre|nurse|team|consult\w*|hydrated|watertight|were hydrated|checked)\b|(?:^|\n)\s*wounds?\s*:/,
  // 'Skin prep', a barrier wiped on the skin around a wound: no finding of the skin (L98.4-).
  /\bskin[- ]prep\w*/,
  // The NPUAP's 'pressure injury' is the pressure ulcer (L89.-) its words name with the site: the word 'injury'
  // alone there is no injury of unspecified site (T14.90).
  /(?<=\bpressure )injur(?:y|ies)\b/,
  // The anesthesia an operation is done under ('Under general anesthesia and using a cutaneous approach, the resection
  // ...') is the anesthesiologist's technique, not the loss of skin sensation of 'Anesthesia, skin' (R20.0).
  /\b(?:general|local|locoregional|regional|spinal|epidural|intradural|subarachnoid|topical|intravenous|inhalation(?:al)?|peribulbar|retrobulbar|sub-tenon|plexus|conductive) an(?:a)?esthesia\b|\bunder (?:\w+ )?an(?:a)?esthesia\b/,
  // The Mi-2 and Mi-1 antigens of dermatomyositis ('anti-Mi-2 antibodies', 'Mi-1:Mi-2 (1:320) were detected'): an
  // antibody test, not the myocardial infarction the letters MI spell elsewhere (I21.9).
  /\b(?:anti-?)?mi-[12]\b/,
  // Bone that bleeds is living bone a surgeon resects back to ('resection ... up to bleeding bone'); bleeding on
  // probing is the periodontal examination's sign of the gingival or peri-implant disease it names. Neither is a
  // hemorrhage of its own (R58).
  /\bbleeding bone\b|\bbleeding (?:on|upon|to|with) probing\b/,
  // Nor is the healthy tissue an amputation or a debridement is carried back to ('Healthy, bleeding muscle at the
  // level of transection', 'debrided to healthy bleeding tissue'): the surgeon's sign that it lives.
  /\b(?:healthy|viable|good|punctate),?\s+bleeding (?:muscle|tissue|subcutaneous tissue|edges?|margins?|base|wound bed)\b/,
  // A limb let down over the bed's edge, which eases the rest pain of critical limb ischemia ('relieved by hanging the
  // foot off the bed', 'dangling his legs'): no asphyxiation by hanging (T71.16-).
  /\b(?:hang\w*|dangl\w*)\s+(?:(?:his|her|the|their|my|both)\s+)?(?:(?:right|left|r|l)\s+)?(?:foot|feet|legs?|limbs?|arms?)\b/,
  // The look of endometriosis implants at laparoscopy ('powder-burn lesions', 'powder burn implants'): no burn (T30.-).
  /\bpowder[- ]burns?\b/,
  // The blood tests ordered to look for a condition ('preeclampsia labs wnl', 'PIH labs', 'lupus panel pending'):
  // the condition is what they test for, not a diagnosis of the patient's.
  /\b(?:pre-?eclampsia|pih|hellp|anemia|thyroid|lupus|hiv|hepatitis|sepsis|dic|hemolysis|transfusion reaction) (?:labs?|panel|bloods)\b/,
  // A coronary graft's target in a CABG note ('CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)', 'SVG to OM2'): the obtuse
  // marginal artery, not otitis media (H66.9-), which a note names alone or with its ear.
  /\b(?:svg|lima|rima|(?:vein )?graft)\s*(?:-|to|\/|>)\s*(?:(?:lad|diag\w*|d\d|rca|pda|lcx|ramus)\s*(?:-|,|\/|and)\s*)*om\d?\b/,
  // Charcoal burned as a fuel ('carbon monoxide poisoning from charcoal briquettes', 'a charcoal grill indoors'): the
  // source of the carbon monoxide (T58.2-), not the activated charcoal given as a medicine (T47.6-).
  /\bcharcoal (?:grills?|briquettes?|briquets?|fumes|burners?|fires?|stoves?|heaters?|barbecues?|bbq)\b/,
  // The poison control center called about an ingestion ('Poison control consulted'): a service, not a poisoning.
  /\bpoison (?:control|center|centre)\b/,
  // NPH insulin (neutral protamine Hagedorn), as diabetes and prenatal notes write it: 'NPH insulin 12 units qhs',
  // 'continue NPH 12 units', 'on NPH', 'Humulin NPH': not normal pressure hydrocephalus (G91.2), which the letters
  // name alone in a neurology note. Only the letters: the insulin beside them is still the patient's (Z79.4).
  /(?<=\b(?:insulin|humulin|novolin|on|start|started|continue|continued|increase|increased|decrease|decreased|titrate|held|hold)\s)nph\b|\bnph(?=\s+insulin\b|\s*\d+\s*(?:units?|u)\b|\s*70\/30)/,
  // An eye examination's 'SLE' is the slit lamp examination ('SLE: 2+ NS cataract OU', 'SLE/DFE', 'on SLE'), not
  // systemic lupus erythematosus (M32.9), which a note names as a history or a diagnosis ('h/o SLE on Plaquenil').
  /\bsle(?=\s*[:\-]?\s*(?:(?:ou|od|os|cornea\w*|lids?|conj\w*|lens|ac|iris|wnl|unremarkable|normal|exam\w*|findings?|notable|shows?|showed|revealed)\b|\d\+))|\bsle\s*\/\s*(?:dfe|fundus|funduscopy)\b|\b(?:on|by) sle\b/,
  // A US note's 'CMP' among its labs is the comprehensive metabolic panel ('CBC, CMP', 'CMP WNL', 'BMP/CMP'), not a
  // cardiomyopathy (I42.9), which a cardiologist names by its kind ('ischemic CMP', 'dilated CMP').
  /\b(?:cbc|bmp|lfts?|labs?|ua|tsh|bnp|troponins?|coags?|pt\/inr|lipase|mg|phos)(?:\s*(?:,|\/|and|&|w\/)\s*\w+){0,4}\s*(?:,|\/|and|&|w\/)\s*cmp\b|\bcmp(?=\s*[:,\-]?\s*(?:wnl|within normal limits|unremarkable|normal|nl|notable|significant|remarkable|pending|ordered|drawn|showed|shows|revealed|reviewed|today|in am|with (?:na|k|cr|glucose|bun)|na|k)\b)/,
  // The patient's tetanus immunization ('Tetanus unknown', 'tetanus UTD', 'last tetanus 2019', 'tetanus toxoid given',
  // 'tetanus booster given'): a vaccine's or a history's subject (Z23 where it is given), not the infection (A35).
  // Only the word: what follows it ('toxoid given') is still read.
  /\btetanus(?=\s*[:\-]?\s*(?:status|immuni[sz]\w*|vaccin\w*|toxoid|boosters?|shots?|prophylaxis|up[- ]to[- ]date|utd|unknown|uncertain|current|updated|due|given|history|immune globulin|ig|diphtheria|not up|is up|last)\b)|\btetanus(?=\s*:)|\b(?:last|latest|recent|prior|previous|most recent|no|unknown|updated|gave|give|received)\s+tetanus\b/,
];

/**
 * The NOT_A_FINDING_PHRASES as one pattern. Every phrase starts at a word boundary: said once before the alternation,
 * it spares the regular expression engine trying each of the fifty branches inside a word (half the cost of the search
 * on the dev charts). A sentence is searched with only the phrases its words allow (notAFindingSpans).
 */
export const NOT_A_FINDING = new RegExp(`\\b(?:${NOT_A_FINDING_PHRASES.map((r) => r.source).join('|')})`, 'gi');

/**
 * Words of which every NOT_A_FINDING phrase holds one, as the phrase requires it (checked by hand for each phrase, and
 * by a test that each phrase's pattern names one): a sentence holding none has no such phrase and is spared the long
 * search, which tries each of its sixty-five phrases at every word (two in three of the sentences it ran on in the dev
 * charts hold none).
 * A new phrase needs its word here.
 */
export const NOT_A_FINDING_WORDS =
  /wound|tumo|impoten|body mass|\(|back|collaps|infectious|gangli|ppm|pda|bleeding|blood loss|necro|ha?emorrh|foci|cloacae|fit|withdrawal|bipolar|sga|fall|fell|depress|face|pseudo|smok|allerg|stress|thrombophil|hypercoag|hypersens|shock|af\b|topi|living alone|absence of|pneumoperitoneum|erythematous|hernia|pain control|pain regimen|edematous|erythem|fistula|counsel|renal pelvis|flush|prophylaxis|ppx|ttp|si joint|esthesia|\bmi-|tetanus|nph|labs?\b|panel|bloods|poison|sle|cmp|prep|pressure\s+injur|charcoal|svg|lima|rima|graft|bleed|telangiect|scar|hang|dangl|powder/i;

/**
 * Whether a finding is read from a NOT_A_FINDING phrase: wholly inside it, or taking some of its words and not all
 * ('tumor markers, chest' takes the tumour and leaves the markers).
 */
export function takesPart(match: ConceptMatch, [start, end]: number[], terms: readonly ChartTerm[], termsAt: Placed): boolean {
  if (start! <= match.start && match.end <= end!) return true;
  const inside = (t: { start: number; end: number }) => start! <= t.start && t.end <= end!;
  const used = match.positions.filter((p) => inside(termsAt.get(p)!)).length;
  return used > 0 && used < new Set(terms.filter(inside).map((t) => t.position)).size;
}

/**
 * One word that alone names no finding of the patient's: 'pregnancy' describes a course ('pregnancy and childbirth
 * were uneventful', the mother's in a newborn's chart) where 'pregnant' states the patient's condition; read alone
 * it gave 'Pregnant state, incidental' (Z33.1) in charts that had no current pregnancy. A device 'fitted' is put in
 * place, not a fit (the Index's 'Fit R56.9'). 'Hemorrhagic' alone describes what a lesion, a fluid or a specimen looks
 * like ('hemorrhagic formations', 'hemorrhagic liquid', 'hemorrhagic and necrosis areas'), not a hemorrhage of the
 * patient's (R58); the conditions it qualifies are read with their own words. 'Boiling' water or oil is hot, not a
 * boil (Furuncle L02.9-), which only the noun names.
 */
/**
 * An abbreviation that on the physical examination is a sign the examiner elicits, not the disease it spells elsewhere:
 * 'R ankle: swelling and ecchymosis over the lateral malleolus, TTP' is tenderness to palpation.
 */
export const EXAM_SIGN_ALONE = /^ttp$/i;

export const NOT_A_FINDING_ALONE = /^(?:pregnanc(?:y|ies)|fitted|ha?emorrhagic|boiling|boiled)$/i;
