import { describe, expect, it } from 'vitest';
import { findSections } from '../../src/core/text/sections';

const show = (text: string) =>
  findSections(text).map((s) => [s.kind, s.heading ? text.slice(s.heading.start, s.heading.end) : '', text.slice(s.start, s.end)]);

describe('findSections', () => {
  it('recognises an upper-case heading with a colon, alone on its line', () => {
    expect(show('PAST MEDICAL HISTORY:\nHTN, DM2')).toEqual([['pmh', 'PAST MEDICAL HISTORY', 'HTN, DM2']]);
  });

  it('recognises a heading followed by text on the same line', () => {
    expect(show('Assessment: CHF exacerbation.\nPlan: diuresis.')).toEqual([
      ['assessment', 'Assessment', 'CHF exacerbation.'],
      ['plan', 'Plan', 'diuresis.'],
    ]);
  });

  it("ends a context section whose text is on its heading's line at that line, unless list lines follow", () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl: the prose after the line is the patient's again.
    const text = 'Family history: deceased uncle with a diagnosis of amyotrophic lateral sclerosis (ALS).\nNeurological examination revealed hypophonic speech.';
    expect(show(text)).toEqual([
      ['family', 'Family history', 'deceased uncle with a diagnosis of amyotrophic lateral sclerosis (ALS).'],
      ['other', '', 'Neurological examination revealed hypophonic speech.'],
    ]);
    // Written for the test: an EHR's list continues it, and a heading alone on its line keeps its whole body.
    expect(show('PMH: HTN\n- DM2\n- CKD stage 3\nShe presents with cough.').map(([k, , body]) => [k, body])).toEqual([
      ['pmh', 'HTN\n- DM2\n- CKD stage 3'],
      ['other', 'She presents with cough.'],
    ]);
    expect(show('PAST MEDICAL HISTORY:\nHTN\nDM2')).toEqual([['pmh', 'PAST MEDICAL HISTORY', 'HTN\nDM2']]);
  });

  it('recognises a heading alone on its line without a colon', () => {
    expect(show('Family history\nMother: colon cancer.')).toEqual([['family', 'Family history', 'Mother: colon cancer.']]);
  });

  it('recognises the usual abbreviations: CC, HPI, PMH, PSH, FH, SH, ROS, A/P', () => {
    const text = 'CC: cough\nHPI: 3 days\nPMH: asthma\nPSH: appendectomy\nFH: CAD\nSH: smoker\nROS: negative\nA/P: bronchitis';
    expect(findSections(text).map((s) => s.kind)).toEqual(['chiefComplaint', 'hpi', 'pmh', 'psh', 'family', 'social', 'ros', 'assessment']);
  });

  it("ends a family history at the translated exam heading 'Physical location:' ('Exploración física')", () => {
    const text = "Family history: family member with Berger's disease pending kidney transplantation.\nPhysical location: weight 51 kg; pale skin and mucous membranes.";
    expect(findSections(text).map((s) => s.kind)).toEqual(['family', 'exam']);
  });

  it('gives diagnosis headings their own kinds', () => {
    const text = 'Admission diagnosis: chest pain\nDischarge diagnoses:\n1. NSTEMI\nDifferential diagnosis: PE vs pneumonia\nProblem list:\n#1 HTN';
    expect(findSections(text).map((s) => s.kind)).toEqual(['admissionDiagnoses', 'dischargeDiagnoses', 'differential', 'problemList']);
  });

  it('recognises procedure and operative headings', () => {
    const text = 'PROCEDURE PERFORMED: Laparoscopic appendectomy\nOPERATIVE REPORT\nThe patient was placed supine.';
    expect(findSections(text).map((s) => s.kind)).toEqual(['procedures', 'operativeReport']);
  });

  it('accepts an upper-case heading without a colon before its text', () => {
    expect(show('HPI The patient is 60.')).toEqual([['hpi', 'HPI', 'The patient is 60.']]);
  });

  it('recognises a flattened table row with a pipe or a tab', () => {
    expect(show('Diagnosis | Code\nCHF | I50.9')[0]!.slice(0, 2)).toEqual(['diagnoses', 'Diagnosis']);
    expect(show('Medications\tmetformin 500 mg')).toEqual([['medications', 'Medications', 'metformin 500 mg']]);
  });

  it('finds a heading inside a line after a sentence end', () => {
    expect(show('CC: cough. HPI: 3 days of fever.')).toEqual([
      ['chiefComplaint', 'CC', 'cough.'],
      ['hpi', 'HPI', '3 days of fever.'],
    ]);
  });

  it('does not take a sentence that starts with heading words for a heading', () => {
    const text = 'Physical examination revealed: Ta 40.2 C.\nFamily history of diabetes.\nTreatment with antibiotics was started.';
    expect(findSections(text).map((s) => s.kind)).toEqual(['other']);
  });

  it('does not accept one-letter SOAP headings or "history" without a colon', () => {
    expect(findSections('A\nHistory\nP').map((s) => s.kind)).toEqual(['other']);
    expect(findSections('S: cough\nO: clear lungs\nA: bronchitis\nP: rest').map((s) => s.kind)).toEqual(['hpi', 'exam', 'assessment', 'plan']);
  });

  it('keeps text before the first heading as an "other" section without heading', () => {
    const [pre] = findSections('Seen today.\nPlan: rest');
    expect(pre).toEqual({ kind: 'other', title: '', start: 0, end: 11 });
  });

  it('makes an unknown upper-case heading an "other" section, but not a lab line', () => {
    expect(show('HIV: negative')).toEqual([['other', '', 'HIV: negative']]);
    expect(show('CHEST X-RAY FINDINGS: clear')).toEqual([['other', 'CHEST X-RAY FINDINGS', 'clear']]);
  });

  it('normalises the title (lower case, single spaces, "&" as "and")', () => {
    expect(findSections('ASSESSMENT  &  PLAN: rest')[0]).toMatchObject({ kind: 'assessment', title: 'assessment and plan' });
  });

  it('returns no section for empty or blank text', () => {
    expect(findSections('')).toEqual([]);
    expect(findSections(' \n\t ')).toEqual([]);
  });
});
