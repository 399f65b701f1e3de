import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US pediatric and newborn notes (NICU admission, well-child check, sick visits), written for the test in the form
 * US EHRs print them: ages as '2 hr old', '3 yo M', '4 mo male', 'Age: 2 hours'; 'r/o', 'h/o', 'PRN', 'TM', 'WCC'.
 */
const engine = await realEngine();
const fixture = readNote;
const run = async (text: string, setting: Setting) => {
  const { codes, pcs } = await codedAs(engine, text, setting);
  return { cm: codes, pcs };
};

describe('a US NICU admission note (a 2 hr old preterm newborn)', async () => {
  const { cm, pcs } = await run(fixture('us-nicu-admission.txt'), 'inpatient');

  it("reads 'Age: 2 hours' as a newborn's chart: the Index's newborn subterms and the birth weight", () => {
    for (const code of ['P220', 'P704', 'P590', 'P0716', 'P0735']) expect(cm, code).toContain(code);
  });

  it("codes the rule-out sepsis of a newborn as the newborn's (P36.9), not A41.9", () => {
    expect(cm).toContain('P369');
    expect(cm).not.toContain('A419');
  });

  it("codes none of the mother's record: her preeclampsia (O14.-), the weeks (Z3A), the outcome (Z37), her cesarean (10D00Z1)", () => {
    expect(cm.filter((c) => /^(?:O|Z3A|Z37)/.test(c))).toEqual([]);
    expect(pcs.filter((c) => c.startsWith('1'))).toEqual([]);
  });

  it('lists the birth episode first (Z38.01, born by C-section; Guidelines I.C.16.a.2), the birth weight before the weeks (I.C.16.e)', () => {
    expect(cm[0]).toBe('Z3801');
    expect(cm.indexOf('P0716')).toBeLessThan(cm.indexOf('P0735'));
  });

  it("codes the intubation and the surfactant given through it ('surfactant (Curosurf) given via ETT' 3E0F7GC)", () => {
    expect(pcs).toEqual(expect.arrayContaining(['0BH17EZ', '3E0F7GC']));
  });
});

describe("a child's age as US notes write it: a newborn's chart codes the newborn subterm, an older child's not", () => {
  it.each([
    ['Age: 2 hours. Jaundice noted at 20 hours.', 'P599'],
    ['2 hr old male with respiratory distress syndrome.', 'P220'],
    ['DOL 3 infant, hypoglycemia on POC glucose.', 'P704'],
    ['5 day old female with jaundice.', 'P599'],
    ['45 yo M with jaundice.', 'R17'],
    ['4 mo male with jaundice.', 'R17'],
    ['Maternal hx: 29 yo G2P1. 38 yo F with jaundice.', 'R17'],
    // 'Syndrome, respiratory distress J80 (adult) (child)', the newborn's P22.0: the syndrome, not its symptom R06.03.
    ['8 yo F with acute respiratory distress syndrome.', 'J80'],
  ])('%s -> %s', async (text, code) => {
    expect((await run(text, 'inpatient')).cm).toContain(code);
  });
});

describe('a US 4-year well-child check with kindergarten shots', async () => {
  const { cm } = await run(fixture('us-well-child-check.txt'), 'outpatient');

  it("lists the examination first, 'abnormal findings' as the provider says (Z00.121, not Z00.129), then Z23", () => {
    expect(cm[0]).toBe('Z00121');
    expect(cm).not.toContain('Z00129');
    expect(cm).toContain('Z23');
  });

  it('codes the findings: obesity with its BMI percentile, the asthma, the dietary counseling', () => {
    for (const code of ['E669', 'Z6854', 'J4520', 'Z713']) expect(cm, code).toContain(code);
  });

  it("reads the vaccines given ('DTaP, IPV, MMR, Varicella') as immunization, not the diseases", () => {
    expect(cm.filter((c) => /^(?:A|B)/.test(c))).toEqual([]);
  });
});

describe('vaccines in a sentence, given or not', () => {
  it.each([
    ['Hep B vaccine given in clinic.', ['Z23'], ['B1910', 'B191']],
    ['Influenza vaccine administered today, L deltoid.', ['Z23'], ['J111']],
    ['Flu vaccine declined by parent.', ['Z2882'], ['Z23']],
    ['Patient refused the influenza vaccine.', ['Z2821'], ['Z23', 'Z5320']],
    ['Up to date on immunizations.', [], ['Z23']],
    ['MMR #2 due at next visit.', [], ['Z23']],
    ['Varicella, crusted lesions on trunk.', ['B019'], ['Z23']],
    ['Well child check without abnormal findings.', ['Z00129'], ['Z00121']],
  ])('%s', async (text, present, absent) => {
    const { cm } = await run(text, 'outpatient');
    for (const code of present) expect(cm, code).toContain(code);
    for (const code of absent) expect(cm, code).not.toContain(code);
  });
});

describe('a US pediatric urgent care note (asthma exacerbation, strep, ADHD)', async () => {
  const { cm } = await run(fixture('us-pediatric-urgent-care.txt'), 'outpatient');

  it('codes the exacerbation, the strep pharyngitis and the ADHD type, the exacerbation first', () => {
    expect(cm.slice(0, 3)).toEqual(['J4541', 'J020', 'F902']);
  });

  it("codes the asthma once: 'h/o moderate persistent asthma' of the HPI is the exacerbated one, not also J45.40 uncomplicated", () => {
    expect(cm).not.toContain('J4540');
  });

  it("codes the controller inhaler ('on Flovent 44 mcg BID') as long-term inhaled steroids, not the dexamethasone dose given", () => {
    expect(cm).toContain('Z7951');
    expect(cm).not.toContain('Z7952');
  });

  it('lists the cough and shortness of breath the exacerbation brings (Guidelines I.B.5) below it', () => {
    for (const symptom of ['R059', 'R0602']) expect(cm.indexOf(symptom), symptom).toBeGreaterThan(cm.indexOf('F902'));
  });
});

describe('a US bronchiolitis admission (a 4 mo ex-35 week infant)', async () => {
  const { cm } = await run(fixture('us-bronchiolitis-admission.txt'), 'inpatient');

  it('codes the RSV bronchiolitis, the hypoxemic respiratory failure and the dehydration', () => {
    expect(cm.slice(0, 3)).toEqual(['J210', 'J9601', 'E860']);
  });

  it("adds no agent code B97.4 to J21.0, whose title names the RSV ('Use additional code' is for what the code does not say)", () => {
    expect(cm).not.toContain('B974');
  });

  it("reads a 4 month old's chart as an infant's, not a newborn's (E86.0, not P74.1), without the history of prematurity", () => {
    expect(cm).not.toContain('P741');
    expect(cm.filter((c) => c.startsWith('P07'))).toEqual([]);
  });
});

describe('agent codes beside a condition that names the organism', () => {
  it.each([
    ['Acute bronchiolitis due to RSV. RSV PCR positive.', 'J210', 'B974'],
    ['Acute bronchitis due to RSV. RSV antigen positive.', 'J205', 'B974'],
    ['RSV pneumonia, RSV PCR positive.', 'J121', 'B974'],
  ])('%s -> %s without %s', async (text, code, agent) => {
    const { cm } = await run(text, 'outpatient');
    expect(cm).toContain(code);
    expect(cm).not.toContain(agent);
  });

  it('keeps the agent code where the condition does not name it (UTI due to E. coli: N39.0 with B96.20)', async () => {
    expect((await run('UTI due to E. coli.', 'outpatient')).cm).toEqual(expect.arrayContaining(['N390', 'B9620']));
  });
});

describe('a US pediatric sick visit (acute otitis media, L)', async () => {
  const { cm } = await run(fixture('us-pediatric-sick-visit.txt'), 'outpatient');

  it('codes the left suppurative otitis media first, then the URI', () => {
    expect(cm.slice(0, 2)).toEqual(['H66002', 'J069']);
  });

  it("does not read the exam's 'L TM erythematous' or 'Pharynx mildly erythematous' as the skin's erythema (L53.9)", () => {
    expect(cm).not.toContain('L539');
  });

  it('lists the ear pain of the otitis and the rhinorrhea of the URI (Guidelines I.B.5) below the fever', () => {
    for (const symptom of ['H9202', 'J3489']) expect(cm.indexOf(symptom), symptom).toBeGreaterThan(cm.indexOf('R509'));
  });
});

describe("erythema the examination describes, the skin's or a mucosa's", () => {
  it.each([
    ['Erythema of the L cheek.', true],
    ['Erythematous rash on trunk.', true],
    ['R TM erythematous and bulging.', false],
    ['Posterior pharynx erythematous with tonsillar exudate.', false],
    ['Conjunctivae mildly erythematous.', false],
  ])('%s -> L53.9 %s', async (text, skin) => {
    expect((await run(text, 'outpatient')).cm.includes('L539')).toBe(skin);
  });
});

describe("a newborn's own encounter codes", () => {
  it.each([
    // The birth episode (Guidelines I.C.16.a.2) by the type of delivery and the place of birth.
    ['Term newborn, 39 weeks, born via NSVD in the delivery room. Neonatal jaundice, bili 14.', ['Z3800', 'P599'], []],
    ['6 hr old twin B, born by repeat C-section. Transient tachypnea of the newborn.', ['Z3831', 'P221'], ['Z3801']],
    ['1 hr old female, born at home, brought in by EMS. Hypothermia.', ['Z381'], ['Z3800']],
    // Not the birth episode: a newborn transferred in, or readmitted days after birth.
    ['3 hr old male transferred from outside hospital for RDS, born by C-section.', ['P220'], ['Z3801']],
    ['5 day old female born via NSVD, readmitted for jaundice.', ['P599'], ['Z3800']],
    // A suspected infection ruled out (Z05.1), not the sepsis.
    ['2 day old male. Sepsis ruled out, blood culture negative at 48 hours, antibiotics discontinued.', ['Z051'], ['P369', 'A419']],
    ["Infant of a diabetic mother, hypoglycemia.", ['P701'], ['E162', 'E11649']],
  ])('%s', async (text, present, absent) => {
    const { cm } = await run(text, 'inpatient');
    for (const code of present) expect(cm, code).toContain(code);
    for (const code of absent) expect(cm, code).not.toContain(code);
  });

  it('lists the hypoglycemia of an infant of a diabetic mother below the syndrome that includes it (P70.1)', async () => {
    const { cm } = await run('Newborn infant of a diabetic mother, hypoglycemia.', 'inpatient');
    expect(cm[0]).toBe('P701');
  });

  it("codes no birth episode on a mother's delivery record", async () => {
    const { cm } = await run('28 yo G1P1 s/p primary C-section at 39 weeks for arrest of dilation. Delivered a live male infant, 3400 g.', 'inpatient');
    expect(cm.filter((c) => c.startsWith('Z38'))).toEqual([]);
  });
});

describe('the side of an ear written after it, as pediatric notes do (Guidelines I.B.13)', () => {
  it.each([
    ['Acute otitis media, bilat.', 'H6693'],
    ['Recurrent AOM, bilat.', 'H6693'],
    ['Acute otitis media, left.', 'H6692'],
    ['Cerumen impaction, L ear.', 'H6122'],
    ['Otitis externa, R ear.', 'H6091'],
  ])('%s -> %s', async (text, code) => {
    expect((await run(text, 'outpatient')).cm).toContain(code);
  });
});

describe('pediatric office problems in the words of US notes', () => {
  it.each([
    ['Teething.', 'K007'], // not K00.1 supernumerary teeth
    ['Head lice.', 'B850'],
    ['Speech delay, referred to speech therapy.', 'F809'],
    ['Global developmental delay.', 'F88'],
    ['Developmental delay.', 'R6250'],
    ['Exposure to secondhand smoke at home.', 'Z7722'],
    ['Croup, mild.', 'J050'],
    ['Viral pharyngitis.', 'J028'],
    ['Asthma, maintained on Symbicort 2 puffs BID.', 'Z7951'],
  ])('%s -> %s', async (text, code) => {
    expect((await run(text, 'outpatient')).cm).toContain(code);
  });
});

describe("a newborn's chart and its Index subterms", () => {
  it.each([
    ['Newborn, 36 weeks, feeding difficulties, poor suck.', ['P929'], ['R6330']],
    ['Newborn with cephalohematoma, L parietal.', ['P120'], []],
    // Caffeine is the apnea's drug: a newborn has no substance use (F10-F19).
    ['Preterm infant with apnea of prematurity on caffeine.', ['P2840'], ['F1590']],
  ])('%s', async (text, present, absent) => {
    const { cm } = await run(text, 'inpatient');
    for (const code of present) expect(cm, code).toContain(code);
    for (const code of absent) expect(cm, code).not.toContain(code);
  });

  it("keeps the cephalohematoma of an adult's fall out of chapter 16", async () => {
    expect((await run('45 yo M with cephalohematoma after fall.', 'inpatient')).cm).not.toContain('P120');
  });
});

describe("a child's BMI as a percent of the 95th percentile (Z68.54-Z68.56)", () => {
  it.each([
    ['14 yo F with obesity, BMI 34, 99th percentile, 140% of the 95th percentile.', 'Z6856'],
    ['14 yo F with obesity, BMI 28, 97th percentile, 115% of the 95th percentile.', 'Z6854'],
    ['10 yo M with obesity, BMI at 130% of the 95th percentile.', 'Z6855'],
  ])('%s -> %s', async (text, code) => {
    expect((await run(text, 'outpatient')).cm).toContain(code);
  });
});

describe('office visits of a newborn and a child, one sentence each', () => {
  it.each([
    // 'Examination, newborn, under 8 days old Z00.110, 8 to 28 days old Z00.111'.
    ['5 day old male here for newborn weight check. Feeding well. Mild jaundice, bili 11.', ['Z00110', 'P599'], ['Z00111']],
    ['2 wk old female, newborn visit, doing well.', ['Z00111'], ['Z00110']],
    ['6 yo with strep pharyngitis, rapid strep positive, PCN allergy, azithromycin.', ['J020', 'Z880'], ['J029', 'T7840XA']],
    // A list of vaccines names no disease: 'Hep A' there is no hepatitis.
    ['Well child check, 12 months, without abnormal findings. Immunizations given: MMR, varicella, Hep A, PCV13.', ['Z00129', 'Z23'], ['K759', 'B159', 'B019']],
  ])('%s', async (text, present, absent) => {
    const { cm } = await run(text, 'outpatient');
    for (const code of present) expect(cm, code).toContain(code);
    for (const code of absent) expect(cm, code).not.toContain(code);
  });
});
