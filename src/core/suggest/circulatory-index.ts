/**
 * Alphabetic Index entries of the heart, the vessels and the airways whose code the titles do not name in the words
 * charts use: the Index's main term is not the title's ('Disease, mitral (valve) I05.9' where the title says
 * 'Rheumatic mitral valve disease'), or Spanish-English case reports keep their own word ('valvulopatía' ->
 * 'valvulopathy', 'cardiopatía' -> 'cardiopathy'). Joined to INDEX_DEFAULTS, whose test checks each code against
 * the FY2026 set.
 */
export const CIRCULATORY_INDEX: readonly [phrase: string, code: string][] = [
  // 'Stenosis, mitral (chronic) (inactive) (valve) I05.0' (rheumatic unless said otherwise, I34.2);
  // 'Disease, mitral (valve) I05.9'; 'Disease, aortic (heart) (valve) I35.9'; 'Disease, tricuspid (heart)
  // (rheumatic) (valve) I07.9'. A valvulopathy is the valve's disease.
  ['mitral stenosis', 'I050'], ['mitral valve stenosis', 'I050'], ['mitral valve disease', 'I059'],
  ['mitral valvulopathy', 'I059'], ['aortic valve disease', 'I359'], ['aortic valvulopathy', 'I359'],
  ['tricuspid valve disease', 'I079'], ['tricuspid valvulopathy', 'I079'],
  // 'Insufficiency, tricuspid (valve) (rheumatic) I07.1; nonrheumatic I36.1', 'Stenosis, tricuspid (valve) I07.0':
  // unlike the mitral and aortic valves' regurgitation, the tricuspid's of unspecified cause is rheumatic (I07 includes
  // it; I36 excludes 'tricuspid valve disorders of unspecified cause'). Only 'nonrheumatic' said makes it I36.-.
  ['tricuspid regurgitation', 'I071'], ['tricuspid insufficiency', 'I071'], ['tricuspid stenosis', 'I070'],
  ['nonrheumatic tricuspid regurgitation', 'I361'], ['nonrheumatic tricuspid insufficiency', 'I361'],
  ['nonrheumatic tricuspid stenosis', 'I360'],
  // 'Disease, aortic (valve), with mitral (valve) disease I08.0' (both valves named together are one code, not
  // I05.9 and I35.9); the Spanish 'valvulopatía mitroaórtica' is the same.
  ['aortic and mitral valve disease', 'I080'], ['mitral and aortic valve disease', 'I080'],
  ['mitroaortic valvulopathy', 'I080'], ['mitral aortic valvulopathy', 'I080'],
  // 'Disease, heart, valve, valvular (obstructive) (regurgitant) - see also Endocarditis' (I38): a valve not named is
  // no heart disease unspecified (I51.9).
  ['valvular heart disease', 'I38'], ['heart valve disease', 'I38'],
  // 'Hypertrophy, ventricle, ventricular (heart) (left) - see also Hypertrophy, cardiac' (I51.7), as charts write it
  // after the noun ('hypertrophy of the left ventricle'); 'Disease, heart, hypertensive - see Hypertension, heart'
  // (I11.9); a 'dilated cardiopathy' (miocardiopatía dilatada) is the dilated cardiomyopathy I42.0.
  ['left ventricle hypertrophy', 'I517'], ['hypertensive cardiopathy', 'I119'], ['dilated cardiopathy', 'I420'],
  // 'Thrombosis, heart (chamber) I51.3', 'Thrombus, intracardiac' (a thrombus in an atrium or a ventricle).
  ['intracardiac thrombus', 'I513'], ['intracardiac thrombosis', 'I513'], ['ventricle thrombus', 'I513'],
  ['ventricular thrombus', 'I513'], ['atrial thrombus', 'I513'], ['atrium thrombus', 'I513'],
  // 'Atheroma, atheromatous - see also Atherosclerosis' (I70.90); 'Atherosclerosis, aorta I70.0'; 'Atherosclerosis,
  // carotid - see Occlusion, artery, carotid' (I65.2-); 'Stenosis, artery NEC I77.1' for the subclavian.
  ['atheromatosis', 'I7090'], ['atheromatous disease', 'I7090'], ['aortic atheromatosis', 'I700'],
  ['aorta atheromatosis', 'I700'], ['aortic atheroma', 'I700'], ['carotid atheromatosis', 'I6529'],
  ['carotid atheroma', 'I6529'], ['subclavian artery stenosis', 'I771'],
  // 'Dissection, aorta I71.00' (not the aneurysm I71.9); 'Takayasu's disease or syndrome M31.4' (not arteritis NOS).
  ['aortic dissection', 'I7100'], ['aorta dissection', 'I7100'], ['takayasu arteritis', 'M314'],
  ['takayasu disease', 'M314'],
  // 'Thrombosis, vein, internal jugular I82.C1-', 'subclavian I82.B1-', 'axillary I82.A1-' (acute unless said
  // chronic); the side is refined from the chart.
  ['jugular vein thrombosis', 'I82C19'], ['internal jugular vein thrombosis', 'I82C19'],
  ['subclavian vein thrombosis', 'I82B19'], ['axillary vein thrombosis', 'I82A19'],
  // 'Rhinopharyngitis (acute) (subacute) J00', 'Nasopharyngitis (acute) J00', 'Catarrh, catarrhal (acute)
  // (febrile) (infectious) J00': the common cold and the catarrhal illness notes describe.
  ['rhinopharyngitis', 'J00'], ['nasopharyngitis', 'J00'], ['catarrh', 'J00'], ['catarrhal process', 'J00'],
  ['catarrhal symptoms', 'J00'], ['catarrhal syndrome', 'J00'],
  // 'Stenosis, larynx J38.6', 'Stenosis, subglottic J38.6'.
  ['subglottic stenosis', 'J386'], ['laryngeal stenosis', 'J386'],
  // 'Prolapse, mitral (valve) I34.1'; 'Varix, esophagus I85.00' ('varices in esophagus'); 'Telangiectasia I78.1'.
  ['mitral prolapse', 'I341'], ['esophagus varices', 'I8500'], ['telangiectasia', 'I781'],
  // 'Stenosis, carotid - see Occlusion, artery, carotid' (I65.2-); 'Insufficiency, vertebrobasilar (artery) G45.0';
  // 'Leukoaraiosis (hypertensive) I67.81'.
  ['carotid stenosis', 'I6529'], ['vertebrobasilar insufficiency', 'G450'], ['leukoaraiosis', 'I6781'],
  // 'Hemorrhage, cerebral, nontraumatic - see Hemorrhage, intracranial, intracerebral' (I61.9); 'Hemorrhage,
  // cerebellar (nontraumatic) I61.4', 'brain stem I61.3', 'intraventricular I61.5' (the newborn's is P52).
  ['cerebral hemorrhage', 'I619'], ['cerebellar hemorrhage', 'I614'], ['brainstem hemorrhage', 'I613'],
  ['brain stem hemorrhage', 'I613'], ['intraventricular hemorrhage', 'I615'],
  // 'Thrombosis, vena cava, inferior I82.220, superior I82.210' (acute unless said chronic).
  ['inferior vena cava thrombosis', 'I82220'], ['superior vena cava thrombosis', 'I82210'],
  // 'Hypertrophy, tonsils J35.1', 'Hypertrophy, turbinate (mucous membrane) J34.3'; 'Obstruction, nose J34.89',
  // 'Perforation, nasal septum J34.89'; 'Leukoplakia, larynx J38.7'.
  ['tonsillar hypertrophy', 'J351'], ['tonsil hypertrophy', 'J351'], ['turbinate hypertrophy', 'J343'],
  ['nasal obstruction', 'J3489'], ['nasal septum perforation', 'J3489'], ['nasal septal perforation', 'J3489'],
  ['laryngeal leukoplakia', 'J387'],
  // 'Status asthmaticus - see Asthma, by type, with status asthmaticus' (J45.902); 'Pneumomediastinum J98.2',
  // 'Emphysema, mediastinal / interstitial J98.2', 'Emphysema, subcutaneous, nontraumatic J98.2' (not the lung's
  // emphysema J43.9); 'Pleuritis - see Pleurisy' (R09.1); 'Hypercapnia R06.89'; 'Acidosis, respiratory E87.29';
  // 'Hemorrhage, lung R04.89' (the alveoli's); 'Tracheomalacia J39.8' (congenital Q32.0 only when said).
  ['status asthmaticus', 'J45902'], ['pneumomediastinum', 'J982'], ['mediastinal emphysema', 'J982'],
  ['interstitial emphysema', 'J982'], ['subcutaneous emphysema', 'J982'], ['pleuritis', 'R091'],
  ['hypercapnia', 'R0689'], ['respiratory acidosis', 'E8729'], ['alveolar hemorrhage', 'R0489'],
  ['tracheomalacia', 'J398'],
  // 'Disease, bronchus NEC J98.09' and 'Obstruction, bronchus J98.09'; 'Disease, lung J98.4', 'interstitial J84.9'
  // (Spanish 'broncopatía', 'neumopatía'); 'Cyst, lung J98.4'; 'Cavitation of lung, nontuberculous J98.4'; 'Bulla(e),
  // lung (emphysematous) (solitary) J43.9'.
  ['bronchopathy', 'J9809'], ['bronchial obstruction', 'J9809'], ['pneumopathy', 'J984'],
  ['interstitial pneumopathy', 'J849'], ['lung cyst', 'J984'], ['pulmonary cyst', 'J984'], ['lung cavitation', 'J984'],
  ['pulmonary cavitation', 'J984'], ['lung bulla', 'J439'], ['pulmonary bulla', 'J439'],
  // 'Calcification, aorta I70.0', 'artery (annular) - see Arteriosclerosis' (I70.90), 'coronary (artery) I25.10'.
  ['aortic calcification', 'I700'], ['aorta calcification', 'I700'], ['arterial calcification', 'I7090'],
  ['coronary calcification', 'I2510'],
  // 'Pericarditis, constrictive (chronic) I31.1'; the Spanish 'comunicación interauricular / interventricular' is the
  // septal defect ('Defect, septal, atrial Q21.10, ventricular Q21.0').
  ['constrictive pericarditis', 'I311'], ['interatrial communication', 'Q2110'], ['interventricular communication', 'Q210'],
  // 'Edema, vocal cord J38.4', 'Reinke's edema J38.4'; 'Ethmoiditis (chronic) J32.2'; 'Mucocele, sinus (accessory)
  // (nasal) J34.1'; 'Presyncope R55'.
  ['vocal cord edema', 'J384'], ['reinke edema', 'J384'], ['ethmoiditis', 'J322'], ['sinus mucocele', 'J341'],
  ['presyncope', 'R55'],
  // 'Ischemia, demand I24.89' (Other forms of acute ischemic heart disease, FY2023's split of I24.8).
  ['demand ischemia', 'I2489'],
  // 'Ulcer, stasis (venous), without varicose veins I87.2' (with them, varicose-ulcer.ts makes it I83.0-); the ulcer's
  // site and depth stay L97.-.
  ['venous stasis ulcer', 'I872'], ['stasis ulcer', 'I872'], ['venous ulcer', 'I872'],
];
