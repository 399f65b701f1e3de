import { describe, expect, it } from 'vitest';
import { codesOf, realEngine } from './engine-fixture';

const engine = await realEngine();

/** Classes of FY2026 titles that read as a sibling code: each sentence writes a title, or a chart's words for one. */
describe('titles read as their own codes', () => {
  it.each([
    // 'Other specified' names the 'other' code of the category (Index: 'specified NEC'), not the plain condition or
    // the type 2 diabetes a diabetes of unstated type is.
    ['Other specified diabetes mellitus with hyperglycemia.', 'E1365', 'E1165'],
    ['Other specified diabetes mellitus with diabetic amyotrophy.', 'E1344', 'E1144'],
    ['Other specified hypothyroidism.', 'E038', 'E039'],
    ['Other specified disorders of peritoneum.', 'K668', 'K669'],
    // The plain condition stays the plain code.
    ['Hypothyroidism on levothyroxine.', 'E039', 'E038'],
    // A sentence or list item that opens with an 'Other ...' title names the 'other' code (written for the test).
    ['Other postprocedural shock.', 'T8119XA', 'T8110XA'],
    ['2. Other kyphosis, thoracolumbar region.', 'M40295', 'M40205'],
    // 'Other' after the start of a sentence is plain English: more fractures, not the 'other fracture' code.
    ['She also had other fractures of the right patella.', 'S82001A', 'S82091A'],
    // The plain words of an 'Other ...' title, where no code of their own wording names them ('Thrombophilia D68.69').
    ['Other acute reaction to foreign substance accidentally left during a procedure.', 'T8169XA', 'T8160XA'],
    ['Thrombophilia.', 'D6869', 'D6859'],
    // 'Episode, depressive F32.9': not the 'Other specified depressive episodes' (F32.89) of the same words.
    ['Depressive episode.', 'F329', 'F3289'],
    // Fully specified injuries have nine or ten core words, each a detail of the code (written for the test).
    ['Laceration of the abdominal wall in the left lower quadrant with penetration into the peritoneal cavity.', 'S31614A', 'S31114A'],
    ['Laceration of flexor muscle, fascia and tendon of right index finger at forearm level.', 'S56121A', 'S56129A'],
    ['Other specified injury of lesser saphenous vein at lower leg level, right leg.', 'S85491A', 'S85401A'],
    // A code's own title before one word of another title's pair: SSRIs are T43.22-, not the SNRIs of 'serotonin and
    // norepinephrine reuptake inhibitors' (T43.21-); the wrist and hand, not the 'wrist, hand and fingers' (written for the test).
    ['Adverse effect of selective serotonin reuptake inhibitors.', 'T43225A', 'T43215A'],
    ['Poisoning by selective serotonin reuptake inhibitors, intentional self-harm.', 'T43222A', 'T43212A'],
    ['Crushing injury of the right wrist and hand.', 'S6741XA', 'S6791XA'],
    // 'Burn, finger, multiple sites (without thumb)' T23.03-, with the thumb T23.04- (written for the test).
    ['Second degree burns of multiple fingers of the right hand, including the thumb.', 'T23241A', 'T23231A'],
    ['Second degree burn of multiple fingers of the left hand.', 'T23232A', 'T23242A'],
  ])('"%s" -> %s', async (text, code, not) => {
    const found = codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);
    expect(found[0]).toBe(code);
    expect(found).not.toContain(not);
  });
});
