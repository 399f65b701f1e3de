import { describe, expect, it } from 'vitest';
import { pcsCodesOf as pcsOf } from './engine-fixture';

/** Phrasing quoted from ../shared/eval/charts-codiesp-dev.jsonl. */
describe('root operation and qualifier from the words of the note', () => {
  it('reads a transurethral resection, or one of a portion, as an excision', async () => {
    expect(await pcsOf('Transurethral resection confirmed bladder leiomyoma.')).toEqual(['0TBB8ZZ']);
    expect(await pcsOf('The treatment was surgical and consisted of resection of the herniated portion of the bladder to peritoneal.')).toEqual(['0TBB0ZZ']);
    expect(await pcsOf('Transurethral resection of the prostate was performed.')).toEqual(['0VB08ZZ']);
  });

  it('reads the resection of a measured length or of segments as an excision', async () => {
    expect(await pcsOf('The patient required a resection of 1.5 meters of small intestine.')).toEqual(['0DB80ZZ']);
  });

  it('takes the one segment of the intestine the words name (guideline B3.8)', async () => {
    expect(await pcsOf('Laparotomy was performed with resection of two segments of the jejunum.')).toEqual(['0DBA0ZZ']);
    expect(await pcsOf('Resection of the terminal ileum and right colon was performed.')).toContain('0DTB0ZZ');
  });

  it('reads a dilation reported on a study or under the microscope as a finding, not a procedure', async () => {
    expect(await pcsOf('An abdominal ultrasound was performed, which showed dilation of the loops of the small intestine, suggesting an incomplete obstructive picture.')).toEqual(['BW40ZZZ']);
    expect(await pcsOf('The microscopic study identified heterotopic pancreatic tissue with predominance of irregularly dilated ducts.')).toEqual([]);
    expect(await pcsOf('She underwent endoscopic dilation of the esophageal stricture.')).toEqual(['0D758ZZ']);
  });

  it("reads a 'partial' or 'subtotal' -ectomy as an excision only, not also the resection (guideline B3.8)", async () => {
    expect(await pcsOf('With presumptive diagnosis of localized renal adenocarcinoma, right upper partial nephrectomy was performed.')).toEqual(['0TB00ZZ']);
    expect(await pcsOf('The resection was completed with a subtotal penectomy with four centimeters safety margin from the edge of the lesion.')).toEqual(['0VBS0ZZ']);
    expect(await pcsOf('Partial mastectomy of the left breast was performed.')).toEqual(['0HBU0ZZ']);
    // A subtotal (supracervical) hysterectomy is still a Resection of Uterus.
    expect(await pcsOf('A subtotal hysterectomy was performed.')).toEqual(['0UT90ZZ']);
  });

  it('reads the resection of a part named of an organ (its tail, its base) as an excision', async () => {
    expect(await pcsOf('A cholecystectomy with resection of the tail of the pancreas was performed.')).toContain('0FBG0ZZ');
    expect(await pcsOf('In July 2006 she had a recurrence of her oral cavity carcinoma, treated surgically with resection of the base stump of the tongue and reconstruction with left pectoral myocutaneous flap.')).toEqual(['0CB70ZZ']);
  });

  it("reads an organ's tissue resected as its excision, and where the resection ran from and to as no body part of its own", async () => {
    // Quoted from test/fixtures/charts/us-turp-op-note.txt: the bladder neck and the verumontanum are landmarks.
    expect(await pcsOf('Prostatic tissue resected from bladder neck to verumontanum using bipolar loop.')).toEqual(['0VB00ZZ']);
    expect(await pcsOf('The bladder neck was resected.')).toEqual(['0TTC0ZZ']);
  });

  it('reads a step that retells the operation the note names with its approach as that operation, not an open one (guideline B3.2)', async () => {
    const note = 'PROCEDURE: Transurethral resection of the prostate (TURP), bipolar.\n\nDESCRIPTION: 26 Fr resectoscope introduced. Prostatic tissue resected from bladder neck to verumontanum using bipolar loop. Hemostasis achieved.';
    expect(await pcsOf(note)).toEqual(['0VB08ZZ']);
    expect(await pcsOf('A laparoscopic appendectomy was performed. The appendix was resected.')).toEqual(['0DTJ4ZZ']);
    // Each approach stated is a procedure of its own (guideline B3.2d: one approach, then another).
    expect((await pcsOf('Laparoscopic excision of the liver lesion. Afterwards an open excision of the liver was performed.')).sort()).toEqual(['0FB00ZZ', '0FB04ZZ']);
  });

  it('keeps the resection of a whole organ', async () => {
    expect(await pcsOf('Surgical treatment was decided, performing a left radical nephrectomy.')).toEqual(['0TT10ZZ']);
    expect(await pcsOf('Right pneumonectomy was performed with a diagnosis of primary leiomyosarcoma of the right lung.')).toEqual(['0BTK0ZZ']);
    expect((await pcsOf('Total thyroidectomy and left functional lymph node dissection were performed, as well as total laryngectomy due to local invasion of the neoplasm.')).sort()).toEqual(['0CTS0ZZ', '0GTK0ZZ']);
    expect(await pcsOf('VATS right upper lobectomy was performed.')).toEqual(['0BTC4ZZ']);
  });

  it('codes a biopsy as a diagnostic excision, percutaneous when image-guided', async () => {
    expect(await pcsOf('The biopsy of the left testis was informed as testicular with absence of spermiogenesis.')).toEqual(['0VBB0ZX']);
    expect(await pcsOf('Adenocarcinoma was diagnosed by ultrasound guided prostate biopsy in September 2005.')).toContain('0VB03ZX');
  });

  it('codes a biopsy or a lavage through a scope without the inspection it needed (guideline B3.11a)', async () => {
    expect(await pcsOf('A gastroscopy was performed with biopsies, which showed no alterations.')).toEqual(['0DB68ZX']);
    expect((await pcsOf('Infiltrate in the right upper lobe. Bronchoscopy with transbronchial biopsy and bronchoalveolar lavage (BAL) was performed.')).sort()).toEqual(['0B9M8ZX', '0BBK8ZX']);
    expect(await pcsOf('A gastroscopy was performed, which showed no alterations.')).toEqual(['0DJ68ZZ']);
  });

  it('codes a scope named by the part it looks into as the Inspection of that part (PCS Index)', async () => {
    expect(await pcsOf('In rectosigmoidoscopy: severe involvement of the mucosa from the anal margin.')).toEqual(['0DJD8ZZ']);
    expect(await pcsOf('Subsequently, once in the operating room, direct laryngoscopy was performed, ruling out the presence of laryngoesophageal lesions.')).toEqual(['0CJS8ZZ']);
    // Through the same scope, the biopsy is coded and the inspection is part of it.
    expect(await pcsOf('Sigmoidoscopy with biopsies of the rectum was performed.')).toEqual(['0DBP8ZX']);
  });

  it("leaves the laryngoscopy that passed an endotracheal tube to the intubation's", async () => {
    expect(await pcsOf('Standard laryngoscopy (Cormak II) was performed, the airway was isolated with a 7.5 mm endotracheal tube and the endotracheal cuff was filled with air (8 ml).')).not.toContain('0CJS8ZZ');
  });

  it('reads a drainage done only to sample the fluid as Diagnostic, and a -centesis as percutaneous', async () => {
    expect(await pcsOf('Other causes of liver disease were ruled out and diagnostic paracentesis was performed (white blood cells 350).')).toEqual(['0W9G3ZX']);
    expect(await pcsOf('Diagnostic and evacuating pericardiocentesis was performed using an anterior approach.')).toEqual(['0W9D3ZZ']);
    expect(await pcsOf('Subsequently, arthrocentesis of the right ankle with fluid of inflammatory characteristics.')).toEqual(['0S9F3ZZ']);
  });

  it('codes a fine needle aspiration (FNA, FNAC, PAAF) of an organ as its percutaneous diagnostic excision', async () => {
    expect(await pcsOf('FNAC of liver injury.')).toEqual(['0FB03ZX']);
    expect(await pcsOf('Metastasis, it is decided to perform a directed FNAC CT in which squamous cells of the left kidney are obtained.')).toContain('0TB13ZX');
  });

  it("takes the approach from the procedure's own sentence, not the one before it", async () => {
    // The papillotomy is done through the duodenoscope (0F7C8ZZ), not by the needle of the sentence before.
    expect((await pcsOf('FNAC of liver injury.\nThe patient had no bile duct dilatation, although papillotomy was performed to ensure biliary drainage.')).sort()).toEqual(['0F7C8ZZ', '0FB03ZX']);
  });

  it('reads a biopsy of the digestive tract or the bladder as endoscopic, of the prostate as by needle', async () => {
    expect(await pcsOf('Hypertransaminasemia (AST and ALT up to 5) and duodenal biopsy compatible with celiac disease.')).toEqual(['0DB98ZX']);
    expect(await pcsOf('Prostate biopsy detects 6 cylinders markedly infiltrated by a Gleason VII adenocarcinoma.')).toEqual(['0VB03ZX']);
  });
});

