/**
 * Alphabetic Index entries of the kidney, the urinary tract and the glomerulus that the Tabular titles do not word
 * as charts do (part of INDEX_DEFAULTS, which tests each phrase against its code). Urology and nephrology notes name
 * the biopsy's morphology, a function 'impaired' or a pelvis 'dilated', where the titles name a syndrome or a site.
 */
export const URINARY_INDEX_DEFAULTS: readonly [phrase: string, code: string][] = [
  // 'Impaired, renal (function) N28.9'; 'Dysfunction, kidney - see Disease, renal' (N28.9). A renal function said
  // to worsen or deteriorate is the same impairment, unqualified.
  ['impaired renal function', 'N289'], ['renal function impairment', 'N289'], ['renal impairment', 'N289'],
  ['impaired kidney function', 'N289'], ['renal dysfunction', 'N289'], ['kidney dysfunction', 'N289'],
  ['worsening renal function', 'N289'], ['deterioration of renal function', 'N289'],
  ['renal function deterioration', 'N289'],
  // 'Colic, renal N23': Spanish notes call it a renoureteral colic or crisis ('crisis renoureteral'). 'Anemia, in
  // (due to) chronic kidney disease D63.1', the anemia nephrologists call nephrogenic ('renal anemia' would join an
  // anemia to any renal word beside it: 'anemia, with renal function within normal parameters').
  ['renoureteral colic', 'N23'], ['renoureteral crisis', 'N23'], ['nephrogenic anemia', 'D631'],
  // 'Anemia, in (due to) (with), end stage renal disease D63.1', as US notes abbreviate it.
  ['anemia in esrd', 'D631'], ['anemia of esrd', 'D631'],
  ['anemia in end stage renal disease', 'D631'], ['anemia of end stage renal disease', 'D631'],
  // 'Glomerulonephritis N05.9' and its morphology (N00-N07, fourth character): 'minimal change' .0, 'focal (and
  // segmental)' .1, 'membranous (diffuse)' .2, 'mesangial proliferative' .3, 'endocapillary proliferative' .4,
  // 'membranoproliferative' or 'mesangiocapillary' (type 1 or 3) .5, 'dense deposit' .6, 'crescentic' .7, 'C3' .A.
  // Bare 'glomerulonephritis' is N05.9, not the N08 of a disease classified elsewhere. 'Nephropathy, IgA N02.B9',
  // 'Berger's disease N02.B9'. (A named syndrome beside the morphology takes it: glomerular-morphology.ts.)
  ['glomerulonephritis', 'N059'], ['minimal change disease', 'N050'], ['minimal change glomerulonephritis', 'N050'],
  ['focal segmental glomerulosclerosis', 'N051'], ['focal and segmental glomerulosclerosis', 'N051'],
  ['focal segmental glomerulonephritis', 'N051'], ['membranous glomerulonephritis', 'N052'], ['membranous nephropathy', 'N052'],
  ['mesangial proliferative glomerulonephritis', 'N053'], ['endocapillary proliferative glomerulonephritis', 'N054'],
  ['membranoproliferative glomerulonephritis', 'N055'], ['mesangiocapillary glomerulonephritis', 'N055'],
  ['dense deposit disease', 'N056'], ['crescentic glomerulonephritis', 'N057'], ['c3 glomerulonephritis', 'N05A'],
  ['c3 glomerulopathy', 'N05A'], ['iga nephropathy', 'N02B9'], ["berger's disease", 'N02B9'],
  // 'Nephritis, lupus M32.14' (glomerular disease in systemic lupus erythematosus), not N08.
  ['lupus nephritis', 'M3214'],
  // 'Neurogenic, bladder N31.9'; 'Clot, bladder N32.89'; 'Trabeculation, bladder N32.89'; 'Obstruction, bladder
  // neck (acquired) N32.0', which urologists call the outlet, or infravesical, obstruction.
  ['neurogenic bladder', 'N319'], ['bladder clot', 'N3289'], ['bladder clots', 'N3289'], ['trabeculated bladder', 'N3289'],
  ['bladder trabeculation', 'N3289'], ['bladder outlet obstruction', 'N320'], ['infravesical obstruction', 'N320'],
  // 'Dilatation, kidney (calyx) (collecting structures) (pelvis) N28.89'; 'Dilatation, ureter (idiopathic) N28.82';
  // Spanish notes call the dilatation 'ectasia' ('ectasia pielocalicial'). 'Hydroureteronephrosis - see Hydronephrosis'.
  ['renal pelvis dilatation', 'N2889'], ['pyelocaliceal dilatation', 'N2889'], ['pyelocalyceal dilatation', 'N2889'],
  ['pyelic ectasia', 'N2889'], ['renal pelvis ectasia', 'N2889'], ['pyelocaliceal ectasia', 'N2889'], ['pyelocalyceal ectasia', 'N2889'],
  ['ureteral dilatation', 'N2882'], ['ureteral ectasia', 'N2882'],
  ['ureterohydronephrosis', 'N1330'], ['hydroureteronephrosis', 'N1330'],
  // The calyces are under the same entry ('Caliectasis N28.89', 'Calicectasis N28.89'); the 'excretory pathway' is
  // the Spanish 'via excretora', the kidney's collecting structures.
  ['calyceal dilatation', 'N2889'], ['caliceal dilatation', 'N2889'], ['calyceal ectasia', 'N2889'],
  ['caliceal ectasia', 'N2889'], ['caliectasis', 'N2889'], ['calicectasis', 'N2889'],
  ['excretory pathway dilatation', 'N2889'], ['excretory pathway ectasia', 'N2889'], ['excretory tract dilatation', 'N2889'],
  // 'Stricture, ureter (postoperative) N13.5', 'Stenosis - see Stricture': without hydronephrosis, which with it is
  // N13.1 (N13.5's Excludes1); 'Pyohydronephrosis N13.6', the hydronephrosis with infection ('Hydronephrosis, with
  // infection N13.6'), which US urologists call an infected hydronephrosis.
  ['ureteral stricture', 'N135'], ['ureteral stenosis', 'N135'], ['ureter stricture', 'N135'], ['ureter stenosis', 'N135'],
  ['pyohydronephrosis', 'N136'], ['infected hydronephrosis', 'N136'], ['infected hydroureteronephrosis', 'N136'],
  // Chapter Q's urinary anomalies by their Index words: 'Horseshoe kidney (congenital) Q63.1'; 'Ectopic, kidney
  // (crossed) (pelvis) Q63.2'; 'Cyst, urachus Q64.4', 'Patent, urachus Q64.4', 'Persistent, urachus Q64.4';
  // 'Polycystic, kidney Q61.3', which Spanish notes call a polycystosis.
  ['horseshoe kidney', 'Q631'], ['horseshoe kidneys', 'Q631'], ['pelvic kidney', 'Q632'], ['ectopic kidney', 'Q632'],
  ['urachal cyst', 'Q644'], ['patent urachus', 'Q644'], ['persistent urachus', 'Q644'], ['persistence of the urachus', 'Q644'],
  ['renal polycystosis', 'Q613'],
  // Voiding symptoms by the Index's words: 'Hesitancy, urinary R39.11'; 'Weak, urinary stream' (R39.12 Poor urinary
  // stream; Spanish notes say the 'jet'); 'Incomplete, emptying of bladder R39.14'. A patient unable to void is in
  // urinary retention ('Retention, urine R33.9').
  ['hesitancy', 'R3911'], ['urinary hesitancy', 'R3911'], ['weak urinary stream', 'R3912'], ['weak stream', 'R3912'],
  ['weak urinary jet', 'R3912'], ['incomplete bladder emptying', 'R3914'], ['incomplete emptying', 'R3914'],
  ['inability to void', 'R339'], ['inability to urinate', 'R339'], ['impossibility of voiding', 'R339'],
  ['impossibility of urination', 'R339'],
  // 'Cyst, testis N44.2'. A giant renal cyst is a cyst, not the 'giant kidney' of Q63.3 ('Cyst, kidney N28.1').
  ['testicular cyst', 'N442'], ['cyst of the testis', 'N442'], ['giant renal cyst', 'N281'],
  // 'Azoospermia (organic) N46.01', 'Oligospermia (organic) N46.11': the header's words alone are not the first of
  // its extratesticular causes (N46.021, due to drug therapy).
  ['azoospermia', 'N4601'], ['oligospermia', 'N4611'],
  // 'Deformity, penis (glans) (acquired) N48.89'.
  ['penile deformity', 'N4889'], ['deformity of the penis', 'N4889'],
  // 'Torsion, ovary (pedicle) N83.51-' (the side from the text); 'Torsion, adnexa (female) - see Torsion, fallopian
  // tube, with ovary' (N83.53).
  ['ovarian torsion', 'N83519'], ['adnexal torsion', 'N8353'],
];
