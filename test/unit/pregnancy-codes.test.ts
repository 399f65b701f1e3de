import { describe, expect, it } from 'vitest';
import { pretermWeeksCode } from '../../src/core/suggest/perinatal-codes';
import { gestationWeeks, IN_PREGNANCY, isChildChart, trimesterOf } from '../../src/core/suggest/pregnancy-codes';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const suggest = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

describe('IN_PREGNANCY', () => {
  it.each(IN_PREGNANCY.map(([source, sub]) => [source.source, sub]))('%s -> %s, a FY2026 pregnancy subcategory with a child per trimester', (_, sub) => {
    const i = view.indexOf(sub);
    expect(i).toBeDefined();
    expect(view.isBillable(i!)).toBe(false);
    const titles = view.children(i!).map((k) => view.table.titles[k]!.toLowerCase());
    for (const words of ['first trimester', 'second trimester', 'third trimester', 'unspecified trimester']) {
      expect(titles.some((t) => t.includes(words)), `${sub}: ${words}`).toBe(true);
    }
  });
});

describe('trimesterOf', () => {
  it('reads the trimester named, or the weeks of gestation (2nd from 14 weeks, 3rd from 28)', () => {
    expect(trimesterOf('in the second trimester')).toBe(2);
    expect(trimesterOf('12 weeks pregnant')).toBe(1);
    expect(trimesterOf('at 14 weeks')).toBe(2);
    expect(trimesterOf('27+6 weeks')).toBe(2);
    expect(trimesterOf('28 weeks of gestation')).toBe(3);
    expect(trimesterOf('pregnant')).toBeUndefined();
    // From ../shared/eval/charts-codiesp-dev.jsonl: the weeks said of the gestation, whole weeks of a decimal.
    expect(trimesterOf('Cough for 3 weeks. Ultrasound showed a live product of 19.6 weeks of gestation.')).toBe(2);
  });
});

describe('gestationWeeks', () => {
  it('prefers the weeks said of the gestation, and reads whole weeks', () => {
    expect(gestationWeeks('Cough for 3 weeks; 34 weeks pregnant.')?.weeks).toBe(34);
    expect(gestationWeeks('a live product of 19.6 weeks of gestation')?.weeks).toBe(19);
    expect(gestationWeeks('at 32 weeks')?.weeks).toBe(32);
    expect(gestationWeeks('no weeks here')).toBeUndefined();
    // From ../shared/eval/charts-codiesp-dev.jsonl: the gestation named before its weeks.
    expect(gestationWeeks('Admitted because of ruptured membranes during pregnancy of 24 weeks and 5 days. An examination at 20 weeks of gestation.')?.weeks).toBe(24);
  });
});

describe('isChildChart', () => {
  it('reads the first age given, or a newborn named at the start', () => {
    expect(isChildChart('A 3-month-old male, product of fifth pregnancy.')).toBe(true);
    expect(isChildChart('A 3-year-old male with no family history.')).toBe(true);
    expect(isChildChart('A 33-year-old woman, 34 weeks pregnant; her newborn weighed 2,695 g.')).toBe(false);
    expect(isChildChart('Newborn with jaundice.')).toBe(true);
    // From ../shared/eval/charts-codiesp-dev.jsonl: the first age is the mother's; the infant's is 'days of age'.
    expect(isChildChart('First daughter of young parents (a 28-year-old mother and a 30-year-old father). The infant is transferred at 19 days of age.')).toBe(true);
  });
});

describe('hypertension, delivery and the newborn in the maternal record', () => {
  it('reads hypertension not said to be pre-existing as unspecified maternal hypertension (Index: Hypertension, complicating pregnancy O16.-)', async () => {
    const codes = await suggest('A 25-year-old woman, 30 weeks pregnant, with hypertension.');
    expect(codes).toContain('O163');
    expect(codes).not.toContain('O10013');
    expect(await suggest('A 30-year-old pregnant woman at 24 weeks with a history of chronic hypertension.')).toContain('O10012');
  });

  it('codes a normal delivery (O80) only as this encounter\'s, alone in chapter 15, with its outcome (Z37.0)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await suggest('She had received epidural analgesia 1 month before for a normal delivery in another hospital.')).not.toContain('O80');
    expect(await suggest('A 28-year-old woman, 39 weeks pregnant, admitted in labor; normal delivery of a healthy boy.')).toEqual(
      expect.arrayContaining(['O80', 'Z370']),
    );
  });

  it('keeps the newborn chapter off the maternal record: a fetal death is maternal care (O36.4) (Guidelines I.C.16.a.1)', async () => {
    const codes = await suggest('A 25-year-old woman pregnant at 30 weeks. Obstetric ultrasound showed placental detachment and fetal death.');
    expect(codes).toContain('O364XX0');
    expect(codes.filter((c) => c.startsWith('P'))).toEqual([]);
  });

  it('codes a preterm newborn by the weeks (Guidelines I.C.16.d)', async () => {
    // From ../shared/eval/charts-codiesp-dev.jsonl.
    expect(await suggest('A 2-year-old boy, preterm newborn of 32 weeks gestational age with adequate birth weight.')).toContain('P0735');
    expect(pretermWeeksCode(26)).toBe('P0725');
    expect(pretermWeeksCode(22)).toBe('P0721');
    expect(pretermWeeksCode(36)).toBe('P0739');
    expect(pretermWeeksCode(37)).toBeUndefined();
  });
});

describe('premature rupture of membranes and the weeks of gestation', () => {
  // Real phrasing of ../shared/eval/charts-codiesp-dev.jsonl, the word 'premature' added where the chart left it out.
  it.each([
    ['Primigesta, 32 years old, 38 weeks gestation, admitted to hospital due to premature rupture of membranes.', 'O4292', 'Z3A38'],
    ['A 30-year-old woman with premature rupture of membranes at 30 weeks of gestation.', 'O42913', 'Z3A30'],
  ])('"%s" -> %s (full-term from 37 weeks, preterm by trimester before), %s', async (text, prom, weeks) => {
    expect(await suggest(text)).toEqual(expect.arrayContaining([prom, weeks]));
  });

  it('keeps one weeks-of-gestation code, the weeks of the admission', async () => {
    const codes = await suggest(
      'A 25-year-old patient was admitted because of premature rupture of membranes during pregnancy of 24 weeks and 5 days. A routine pregnancy examination performed at 20 weeks of gestation revealed condylomatosis.',
    );
    expect(codes).toEqual(expect.arrayContaining(['O42912', 'Z3A24']));
    expect(codes).not.toContain('Z3A20');
  });
});

describe('conditions in pregnancy through SuggestionEngine.suggest (Guidelines I.C.15.a.1)', () => {
  it('codes pre-existing diabetes to O24.11- with the trimester, first, and keeps E11 as the additional code', async () => {
    const codes = await suggest('A 30-year-old pregnant woman at 28 weeks with type 2 diabetes.');
    expect(codes[0]).toBe('O24113');
    expect(codes).toEqual(expect.arrayContaining(['E119', 'Z3A28']));
  });

  it('replaces I10 by O10.01- and N39.0 by O23.4-, which include them', async () => {
    const hypertension = await suggest('A 25-year-old woman, 30 weeks pregnant, with essential hypertension.');
    expect(hypertension).toContain('O10013');
    expect(hypertension).not.toContain('I10');
    const uti = await suggest('Pregnant patient, 20 weeks, with urinary tract infection.');
    expect(uti).toContain('O2342');
    expect(uti).not.toContain('N390');
  });

  it('uses the unspecified trimester when neither weeks nor trimester are written', async () => {
    expect(await suggest('Pregnant woman with pneumonia.')).toEqual(expect.arrayContaining(['O99519', 'J189']));
  });

  it('leaves a patient who is not pregnant, a delivery, and a baby chart alone', async () => {
    expect(await suggest('She is not pregnant. Hypertension.')).toContain('I10');
    // From ../shared/eval/charts-codiesp-dev.jsonl: a pregnancy told as past.
    expect(await suggest('About a year after starting to work, she became pregnant. Generalized anxiety disorder.')).not.toContain('O99340');
    expect(await suggest('Pregnant at 39 weeks, delivered by cesarean section; hypertension.')).not.toContain('O10013');
    const baby = await suggest('Newborn born at 38 weeks of gestation with jaundice.');
    expect(baby.filter((c) => /^(O|Z3A)/.test(c))).toEqual([]);
  });
});

describe("a title's 'in pregnancy'", () => {
  it('is a word the sentence must hold, unless the title says gestational', async () => {
    const engine = await realEngine();
    const codes = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
    expect(await codes('Infection of the kidney.')).not.toContain('O2300');
    expect(await codes('Diabetes in pregnancy.')).toContain('O24919');
    expect(await codes('Gestational diabetes, diet controlled, 32 weeks.')).toContain('O24410');
    // From ../shared/eval/charts-codiesp-dev.jsonl: a five-month-old's chart names its mother's pregnancy.
    expect(await codes('We report the case of a five-month-old infant. She had a controlled pregnancy. Ultrasound showed the infected urachus next to the bladder.')).not.toContain('O2310');
    // A child's chart tells its mother's delivery; an adult's names no newborn condition without perinatal words.
    expect(await codes('A 3-year-old girl. Pregnancy and delivery were normal.')).not.toContain('O80');
    expect(await codes('A 45-year-old man. MRI showed bleeding of the lesion, which deformed the fourth ventricle.')).not.toContain('P521');
    expect(await codes('Laboratory tests: ESR normal, SGA 106 mm/h, CRP 12.')).not.toContain('P0510');
  });
});

describe('premature rupture of membranes and the onset of labor', () => {
  it.each([
    ['Preterm premature rupture of membranes at 30 weeks, with onset of labor more than 24 hours after rupture.', 'O42113'],
    ['Premature rupture of membranes at 39 weeks; labor began within 24 hours.', 'O4202'],
    ['Premature rupture of membranes, onset of labor within 24 hours of rupture, unspecified weeks of gestation.', 'O4200'],
    ['Premature rupture of membranes at 39 weeks.', 'O4292'],
  ])('%s -> %s (O42.0- within, O42.1- more than 24 hours, O42.9- not said)', async (text, code) => {
    expect(await suggest(text)).toContain(code);
  });
});
