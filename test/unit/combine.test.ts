import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/suggest/assemble';
import { combineFindings } from '../../src/core/suggest/combine';
import { codesOf, realParts } from './engine-fixture';

const { cm } = await realParts();
const finding = (code: string, start = 0, context: Finding['context'] = 'affirmed'): Finding => ({
  code, evidence: [{ start, end: start + 3 }], score: 5, context, notes: [],
});
const combine = (...findings: Finding[]) => combineFindings(cm.view, findings);
const sorted = (findings: Finding[]) => codesOf(findings).sort();

describe('combineFindings', () => {
  it('replaces hypertension beside CKD by I12.9 and keeps the stage (I10 + N18.31)', () => {
    expect(sorted(combine(finding('I10'), finding('N1831', 10)))).toEqual(['I129', 'N1831']);
  });

  it('codes Staphylococcus aureus as the agent (B95.6-) of an infection coded by site, and alone as A49.0-', () => {
    expect(sorted(combine(finding('A4902'), finding('M869', 10)))).toEqual(['B9562', 'M869']);
    expect(sorted(combine(finding('A4901'), finding('L03116', 10)))).toEqual(['B9561', 'L03116']);
    expect(sorted(combine(finding('A4902')))).toEqual(['A4902']);
  });

  it("folds a code 'without X' into its condition's sibling 'with X', not into another condition's", () => {
    expect(sorted(combine(finding('K219'), finding('K2100', 10)))).toEqual(['K2100']);
    expect(sorted(combine(finding('K4090'), finding('K4000', 10)))).toEqual(['K4000', 'K4090']);
  });

  it("folds a category's residual ('Unspecified acute appendicitis') into any code of the category, not an injury's", () => {
    expect(sorted(combine(finding('K3580'), finding('K3532', 10)))).toEqual(['K3532']);
    expect(sorted(combine(finding('S52501A'), finding('S52601A', 10)))).toEqual(['S52501A', 'S52601A']);
  });

  it('folds the unspecified abdominal hernia of a spread reading into the named hernia of the same words', () => {
    const spread = { ...finding('K469', 0), evidence: [{ start: 20, end: 60 }] };
    expect(sorted(combine(spread, { ...finding('K429', 0), evidence: [{ start: 45, end: 60 }] }))).toEqual(['K429']);
    expect(sorted(combine(spread, finding('K429', 100)))).toEqual(['K429', 'K469']);
  });

  it("folds the skin default of a carcinoma's morphology (C44.92) into the site its words name", () => {
    const scc = { ...finding('C4492', 0), evidence: [{ start: 0, end: 23 }] };
    const lung = { ...finding('C3490', 13), evidence: [{ start: 13, end: 36 }] };
    expect(sorted(combine(scc, lung))).toEqual(['C3490']);
    expect(sorted(combine(scc, finding('C3490', 100)))).toEqual(['C3490', 'C4492']);
  });

  it("codes nausea with vomiting as R11.2, not nausea (without vomiting) R11.0 beside vomiting R11.10", () => {
    expect(sorted(combine(finding('R110', 0), finding('R1110', 10), finding('R197', 20)))).toEqual(['R112', 'R197']);
    expect(sorted(combine(finding('R110', 0)))).toEqual(['R110']);
  });

  it('uses I12.0 for hypertension with stage 5 or end-stage CKD', () => {
    expect(sorted(combine(finding('I10'), finding('N186', 10)))).toEqual(['I120', 'N186']);
  });

  it('replaces hypertension beside heart failure by I11.0 and keeps the type (I10 + I50.22)', () => {
    expect(sorted(combine(finding('I10'), finding('I5022', 10)))).toEqual(['I110', 'I5022']);
  });

  it('uses I13.0 for hypertension with heart failure and CKD', () => {
    expect(sorted(combine(finding('I10'), finding('I509', 10), finding('N1831', 20)))).toEqual(['I130', 'I509', 'N1831']);
  });

  it('replaces uncomplicated type 2 diabetes beside CKD by E11.22 (E11.9 + N18.31)', () => {
    expect(sorted(combine(finding('E119'), finding('N1831', 10)))).toEqual(['E1122', 'N1831']);
  });

  it('drops E11.9 beside a type 2 diabetes code that names a complication (E11.65)', () => {
    expect(sorted(combine(finding('E119'), finding('E1165', 10)))).toEqual(['E1165']);
  });

  it('gives the combination code the evidence of what it joins, affirmed, with the guideline as its note', () => {
    const merged = combine(finding('I10', 0), finding('N1831', 14)).find((f) => f.code === 'I129')!;
    expect(merged.evidence.map((e) => e.start).sort((a, b) => a - b)).toEqual([0, 14]);
    expect(merged.context).toBe('affirmed');
    expect(merged.notes[0]).toMatch(/combination code: .*I\.C\.9\.a\.2/);
  });

  it('leaves an uncertain finding out of a combination', () => {
    expect(sorted(combine(finding('I10'), finding('N1831', 10, 'uncertain')))).toEqual(['I10', 'N1831']);
  });

  it('drops a neoplasm of unknown behavior once the same system has a known one, moving its evidence there (D49.4 + C67.9)', () => {
    const result = combine(finding('D494', 0), finding('C679', 40));
    expect(sorted(result)).toEqual(['C679']);
    expect(result[0]!.evidence.map((e) => e.start).sort()).toEqual([0, 40]);
  });

  it('reads the parotid, the mouth and the retroperitoneum as D49.0 rows, as the Table of Neoplasms does', () => {
    // 'a painless tumor at the left parotid level' (D49.0), then the pathology's pleomorphic adenoma (D11.0).
    expect(sorted(combine(finding('D490', 0), finding('D110', 40)))).toEqual(['D110']);
    expect(sorted(combine(finding('D490', 0), finding('C029', 40)))).toEqual(['C029']);
    expect(sorted(combine(finding('D490', 0), finding('C480', 40)))).toEqual(['C480']);
    expect(sorted(combine(finding('D490', 0), finding('C49A2', 40)))).toEqual(['C49A2']);
  });

  it('keeps a neoplasm of unknown behavior of another system (D49.4 beside C34.90)', () => {
    expect(sorted(combine(finding('D494', 0), finding('C3490', 40)))).toEqual(['C3490', 'D494']);
  });

  it('folds a tumor of unspecified behavior into a siteless neoplasm whose behavior is named (D49.9 + C80.1), keeps two siteless known ones', () => {
    const [kept] = combine(finding('D499'), finding('C801', 10));
    expect(kept!.code).toBe('C801');
    expect(kept!.evidence).toHaveLength(2);
    expect(sorted(combine(finding('D499'), finding('C801', 10), finding('C799', 20)))).toEqual(['C799', 'C801']);
    expect(sorted(combine(finding('D499'), finding('I10', 10)))).toEqual(['D499', 'I10']);
  });

  it('folds an unspecified code into a specific one of its own condition, not of a sibling condition', () => {
    // R10.9 is the category's residual; R06.00 Dyspnea, unspecified and R06.1 Stridor are different findings.
    expect(sorted(combine(finding('R109'), finding('R1011', 10)))).toEqual(['R1011']);
    expect(sorted(combine(finding('R0600'), finding('R061', 10)))).toEqual(['R0600', 'R061']);
    expect(sorted(combine(finding('R0600'), finding('R0602', 10)))).toEqual(['R0602']);
  });

  it('drops R99 (unknown cause of mortality) when the chart names a diagnosis, keeps it alone', () => {
    expect(sorted(combine(finding('R99', 0), finding('A419', 20)))).toEqual(['A419']);
    expect(sorted(combine(finding('R99', 0)))).toEqual(['R99']);
  });

  it("folds a residual subcategory's code ('Thyrotoxicosis, unspecified', E05.90) into a named code of its category", () => {
    expect(sorted(combine(finding('E0590'), finding('E0500', 30)))).toEqual(['E0500']);
    expect(sorted(combine(finding('G40909'), finding('G40101', 30)))).toEqual(['G40101']);
    // R06.00 is its own subcategory's unspecified code, not the category's residual: stridor is another condition.
    expect(sorted(combine(finding('R0600'), finding('R061', 30)))).toEqual(['R0600', 'R061']);
  });

  it("folds the category's residual into a named subcategory's own unspecified code: I50.9 into I50.20 (systolic)", () => {
    expect(sorted(combine(finding('I509'), finding('I5020', 30)))).toEqual(['I5020']);
    expect(sorted(combine(finding('N189'), finding('N1830', 30)))).toEqual(['N1830']);
    // Not a code that is not the residual: nausea with vomiting (R11.2) is not the vomiting of R11.10.
    expect(sorted(combine(finding('R112'), finding('R1110', 30)))).toEqual(['R1110', 'R112']);
  });

  it('folds an injury of unspecified body region (T14) into the nearest injury whose region the chart names', () => {
    const folded = combine(finding('S71101A', 40), finding('T148XXA', 90), finding('T1490XA', 2), finding('S2241XA', 0));
    expect(sorted(folded)).toEqual(['S2241XA', 'S71101A']);
    expect(folded.find((f) => f.code === 'S71101A')!.evidence.map((e) => e.start)).toEqual([40, 90]);
    expect(sorted(combine(finding('T1490XA'), finding('R52', 10)))).toEqual(['R52', 'T1490XA']);
    // A burn is placed by its site or extent: 'the treatment of the injuries' of a burned patient (a dev chart).
    expect(sorted(combine(finding('T2000XA', 10), finding('T3120', 30), finding('T1490XA', 200)))).toEqual(['T2000XA', 'T3120']);
  });

  it('folds an unspecified infectious agent only into the same organism (B95.5 into B95.4, not B96.20 into B96.7)', () => {
    expect(sorted(combine(finding('B955', 10), finding('B954', 40)))).toEqual(['B954']);
    expect(sorted(combine(finding('B9620', 10), finding('B967', 40)))).toEqual(['B9620', 'B967']);
    expect(sorted(combine(finding('B958', 10), finding('B952', 40)))).toEqual(['B952', 'B958']);
  });

  it("folds the Index's code for a bare main term into a named one of its kind (L02.91 into K75.0, B99.9 into N39.0)", () => {
    const folded = combine(finding('K750', 10), finding('L0291', 200));
    expect(sorted(folded)).toEqual(['K750']);
    expect(folded[0]!.evidence.map((e) => e.start)).toEqual([10, 200]);
    expect(sorted(combine(finding('N390'), finding('B999', 50)))).toEqual(['N390']);
    expect(sorted(combine(finding('I609'), finding('R58', 50)))).toEqual(['I609']);
    // Alone, or beside codes of another kind, the bare term's code stays.
    expect(sorted(combine(finding('L0291'), finding('R509', 50)))).toEqual(['L0291', 'R509']);
  });

  it('leaves findings with no combination as they are', () => {
    expect(sorted(combine(finding('J189'), finding('R509', 10)))).toEqual(['J189', 'R509']);
  });

  it('joins gallbladder calculus and acute cholecystitis into K80.0-, keeping the obstruction; chronic into K80.1-', () => {
    expect(sorted(combine(finding('K810'), finding('K8010', 10)))).toEqual(['K8000']);
    expect(sorted(combine(finding('K810'), finding('K8021', 10)))).toEqual(['K8001']);
    expect(sorted(combine(finding('K811'), finding('K8020', 10)))).toEqual(['K8010']);
    expect(sorted(combine(finding('K810'), finding('K8012', 10)))).toEqual(['K8012', 'K810']);
  });

  it('codes benign prostatic hyperplasia with urinary symptoms as N40.1, the symptoms in addition', () => {
    // The retention of the enlarged prostate is R33.8 (N40.1: 'use additional code for ... urinary retention (R33.8)').
    expect(sorted(combine(finding('N400'), finding('R339', 10)))).toEqual(['N401', 'R338']);
    expect(sorted(combine(finding('N401'), finding('R339', 10)))).toEqual(['N401', 'R338']);
    expect(sorted(combine(finding('R339', 10)))).toEqual(['R339']);
    expect(sorted(combine(finding('N400'), finding('R351', 10)))).toEqual(['N401', 'R351']);
    expect(sorted(combine(finding('N400'), finding('R509', 10)))).toEqual(['N400', 'R509']);
  });

  it("folds a noninfective colitis into an intestinal infection ('C. diff colitis')", () => {
    expect(sorted(combine(finding('A0472'), finding('K529', 8)))).toEqual(['A0472']);
    expect(sorted(combine(finding('K529')))).toEqual(['K529']);
  });

  it('lists U07.1 before J12.82, which says to code it first', () => {
    expect(codesOf(combine(finding('J1282')))).toEqual(['J1282', 'U071']);
    expect(sorted(combine(finding('U071'), finding('J189', 10)))).toEqual(['J1282', 'U071']);
  });

  it("folds 'without complications' into a complication of the same diabetes (E11.9 beside E11.40)", () => {
    expect(sorted(combine(finding('E119'), finding('E1140', 10)))).toEqual(['E1140']);
  });

  it("joins diabetes with a complication the Tabular lists under 'with' (Guidelines I.A.15), keeping the manifestation it asks for", () => {
    expect(sorted(combine(finding('E119'), finding('G629', 10)))).toEqual(['E1142']);
    expect(sorted(combine(finding('E119'), finding('K3184', 10)))).toEqual(['E1143', 'K3184']);
    expect(sorted(combine(finding('E119'), finding('I739', 10)))).toEqual(['E1151']);
    expect(sorted(combine(finding('E109'), finding('E162', 10)))).toEqual(['E10649']);
    expect(sorted(combine(finding('G629')))).toEqual(['G629']);
  });

  it("joins diabetes with the Index's other 'with' entries: osteomyelitis, periodontal disease, Charcot's joints", () => {
    expect(sorted(combine(finding('E119'), finding('M868X7', 10)))).toEqual(['E1169', 'M868X7']);
    expect(sorted(combine(finding('E109'), finding('K0530', 10)))).toEqual(['E10630', 'K0530']);
    expect(sorted(combine(finding('E119'), finding('A5216', 10)))).toEqual(['E11610']);
    expect(sorted(combine(finding('A5216')))).toEqual(['A5216']);
  });

  it('codes a leukemia in remission by its own type (C92.00 + C92.91 -> C92.01)', () => {
    expect(sorted(combine(finding('C9200'), finding('C9291', 10)))).toEqual(['C9201']);
  });

  it('gives a complication read without its type the type 1 the chart documents', () => {
    expect(sorted(combine(finding('E109'), finding('E1110', 10)))).toEqual(['E1010']);
    expect(sorted(combine(finding('E1110')))).toEqual(['E1110']);
  });

  it('gives a complication read without its type the drug-induced, underlying-condition or other type the chart documents', () => {
    expect(sorted(combine(finding('E099'), finding('E1121', 10)))).toEqual(['E0921']);
    expect(sorted(combine(finding('E089'), finding('E113211', 10)))).toEqual(['E083211']);
    expect(sorted(combine(finding('E139'), finding('E1140', 10)))).toEqual(['E1340']);
    // Two other types documented: which one the complication is of is the coder's call.
    expect(sorted(combine(finding('E089'), finding('E139', 5), finding('E1140', 10)))).toEqual(['E089', 'E1140', 'E139']);
  });

  it('codes a deficit left by a past stroke as its I69 code, with its side and dominance (Guidelines I.C.9.d)', () => {
    expect(sorted(combine(finding('I6930'), finding('G8194', 10)))).toEqual(['I69354']);
    expect(sorted(combine(finding('I6910'), finding('R471', 10)))).toEqual(['I69122']);
    // Z86.73 is 'without residual deficits': a deficit beside it is the infarction's sequela, dysphagia's type kept.
    expect(sorted(combine(finding('Z8673'), finding('G8191', 10), finding('R1312', 20)))).toEqual(['I69351', 'I69391', 'R1312']);
    // A stroke of this stay: the deficit may be its own, and the history stays.
    expect(sorted(combine(finding('Z8673'), finding('I639', 5), finding('G8194', 10)))).toEqual(['G8194', 'I639', 'Z8673']);
  });

  it("codes varicose veins of a leg with its ulcer as one code of the ulcer's site and side, the L97 severity kept (Index: Varix, leg, with ulcer)", () => {
    expect(sorted(combine(finding('I8392'), finding('L97929', 10)))).toEqual(['I83029', 'L97929']);
    // The site named, not the unspecified part read from the same words; the varices' side where the ulcer's is not said.
    expect(sorted(combine(finding('I8391'), finding('L97919', 10), finding('L97319', 20)))).toEqual(['I83013', 'L97319', 'L97919']);
    expect(sorted(combine(finding('I8391'), finding('L97909', 10)))).toEqual(['I83019', 'L97909']);
    // A 'venous stasis ulcer' (I87.2, the stasis ulcer without varices) beside the varices is the varix's ulcer.
    expect(sorted(combine(finding('I8392'), finding('I872', 5), finding('L97929', 10)))).toEqual(['I83029', 'L97929']);
    // Both legs' varices: which one is ulcerated is the chart's to say.
    expect(sorted(combine(finding('I8393'), finding('L97229', 10)))).toEqual(['I8393', 'L97229']);
  });

  it("keeps type 2 where the chart writes it, beside a secondary diabetes ('type 2 diabetes mellitus secondary to chronic pancreatitis')", () => {
    const text = 'Type 2 diabetes mellitus secondary to chronic pancreatitis.';
    const typeTwo = { ...finding('E119'), evidence: [{ start: 0, end: 24 }] };
    const secondary = { ...finding('E139'), evidence: [{ start: 7, end: 35 }] };
    expect(sorted(combineFindings(cm.view, [typeTwo, secondary], text))).toEqual(['E119', 'E139']);
    expect(sorted(combineFindings(cm.view, [{ ...finding('E1121'), evidence: [{ start: 0, end: 24 }] }, secondary], text))).toEqual(['E1121', 'E139']);
  });
});
