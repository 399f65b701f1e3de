import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();
const top = (query: string, n: number) => codesOf(engine.search(query, { set: 'icd10cm', limit: n }).hits);

describe('searchSlots: what the words do not say is not supported', () => {
  it('puts the unspecified side before right, left and bilateral when no side is typed', () => {
    expect(top('Hypertensive retinopathy', 1)).toEqual(['H35039']);
    // Other unspecified-eye codes the words support come before one condition's sided siblings.
    expect(top('Old magnetic foreign body in eye', 3).every((c) => c.endsWith('9'))).toBe(true);
  });

  it("chooses, among a header's codes holding as many of the words left, the one holding more of the query's words", () => {
    expect(top('Occlusion and stenosis of unspecified precerebral artery without mention of cerebral infarction', 1)).toEqual(['I659']);
    expect(top('Anaphylactic reaction due to other specified food', 1)).toEqual(['T7809XA']);
  });

  it('keeps a subsequent infarction (I22) below the acute one unless the words say subsequent', () => {
    expect(top('Acute myocardial infarction of other anterior wall, subsequent episode of care', 1)).toEqual(['I2109']);
    expect(top('subsequent stemi of inferior wall', 1)).toEqual(['I221']);
  });

  it('puts the side typed first', () => {
    expect(top('Hypertensive retinopathy, left eye', 1)).toEqual(['H35032']);
    expect(top('fracture of shaft of right femur', 1)).toEqual(['S72301A']);
  });

  it('puts the unspecified trimester first when no trimester is typed, under an "Other ..." header too', () => {
    expect(top('Other viral diseases complicating pregnancy', 1)).toEqual(['O98519']);
    expect(top('Rubella in preg-unspec', 1)).toEqual(['O98519']);
    expect(top('Twin pregnancy NOS', 1)).toEqual(['O30009']);
    expect(top('Other viral diseases complicating pregnancy, second trimester', 1)).toEqual(['O98512']);
  });

  it('keeps the later episodes of care below the initial encounter unless the words ask for one', () => {
    const plain = top('open wound of scalp', 5);
    expect(plain[0]).toBe('S0100XA');
    expect(plain.indexOf('S0100XA')).toBeLessThan(plain.indexOf('S0100XS') >>> 0);
    expect(top('open wound of scalp, subsequent encounter', 1)).toEqual(['S0100XD']);
    // Also where a header's leaf is the descendant holding most query words (T36.3 Macrolides has no default).
    expect(top('Infection with microorganisms resistant to macrolides', 3).filter((c) => /^T.{5}S$/.test(c))).toEqual([]);
  });

  it('codes a poisoning whose intent the words do not give as accidental, and says why', () => {
    const hits = engine.search('Poisoning by halothane', { set: 'icd10cm', limit: 3 }).hits;
    expect(hits[0]!.code).toBe('T410X1A');
    expect(hits[0]!.matched).toMatch(/^intent not given, so accidental/);
    expect(top('Pois-arsenic anti-infec', 1)).toEqual(['T378X1A']);
    // An intent typed is kept, and its code explained by its own words.
    const assault = engine.search('assault poisoning by halothane', { set: 'icd10cm', limit: 1 }).hits[0]!;
    expect(assault.code).toBe('T410X3A');
    expect(assault.matched).not.toMatch(/accidental/);
    expect(top('Poisoning by heroin, intentional self-harm', 1)).toEqual(['T401X2A']);
    // A poisoning asked for is a poisoning code, not the drug's long-term use (Z79.82) or a vaccination (Z23).
    expect(top('poisoning by aspirin', 1)).toEqual(['T39011A']);
    expect(top('Pois-typh/paratyph vacc', 1)).toEqual(['T50A91A']);
  });

  it("yields a code 'with' a complication the words do not name to its 'without' sibling", () => {
    expect(top('Saddle embolus of pulmonary artery', 1)).toEqual(['I2692']);
    expect(top('Saddle embolus of pulmonary artery with acute cor pulmonale', 1)).toEqual(['I2602']);
    expect(top('Periapical abscess', 1)).toEqual(['K047']);
    expect(top('acute gastric ulcer with hemorrhage', 1)).toEqual(['K250']);
  });

  it('keeps codes that are not screening (or history) codes below those when screening (or history) is asked for', () => {
    expect(top('Screening for malnutrition', 1)).toEqual(['Z1321']);
    expect(top('Screening for other and unspecified respiratory conditions', 1)).toEqual(['Z1383']);
    // A history asked for is a history code, not the disease itself.
    expect(top('Hx-cervical malignancy', 1)[0]).toMatch(/^Z85/);
  });

  it('takes the "other specified" code for a kind the header and its codes do not list, "unspecified" for none', () => {
    expect(top('other bacterial intestinal infections klebsiella', 1)).toEqual(['A048']);
    expect(top('bacterial intestinal infection', 1)).toEqual(['A049']);
  });

  it("takes an 'Other ...' header's 'Other specified' code for 'other' asked, its words read through their forms ('corneal' is cornea)", () => {
    expect(top('Other corneal disorders', 5)).toContain('H18899');
    expect(top('Other corneal disorders', 1)).not.toEqual(['H18009']);
  });

  it('lets a word the header shares with only some of its codes choose among them, not the default', () => {
    // O99.33 names pregnancy, childbirth and the puerperium; its default is pregnancy, unspecified trimester.
    expect(top('Tobacco use disorder complicating the puerperium', 1)).toEqual(['O99335']);
    expect(top('Tobacco use disorder complicating pregnancy', 1)).toEqual(['O99330']);
  });

  it("puts pregnancy codes below others unless the words name a pregnancy, and manifestation codes first when 'in diseases classified elsewhere' is asked", () => {
    expect(top('varicose veins of lower extremity', 5).some((c) => c.startsWith('O'))).toBe(false);
    expect(top('Diseases of the respiratory system complicating pregnancy', 1)[0]).toMatch(/^O99/);
    expect(top('Acute and subacute infective endocarditis in diseases classified elsewhere', 5)).toContain('I39');
  });

  it('puts codes of the injury named before other codes of the site (a burn of the hand for a fracture of it)', () => {
    const hits = top('Open fracture of multiple sites of phalanx or phalanges of hand', 5);
    expect(hits[0]).toBe('S6290XB');
    expect(hits.indexOf('T23099A') < 0 || hits.indexOf('T23099A') > hits.indexOf('S62609B')).toBe(true);
  });

  it('keeps a recurrent code below the plain one unless the words say recurrent', () => {
    const plain = top('Acute allergic sanguinous otitis media', 5);
    expect(plain).toContain('H65119');
    expect(plain.indexOf('H65197') < 0 || plain.indexOf('H65197') > plain.indexOf('H65199')).toBe(true);
    expect(top('Other acute nonsuppurative otitis media, recurrent', 1)).toEqual(['H65197']);
  });
});
