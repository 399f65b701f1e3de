import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US orthopedic and emergency trauma notes, written for the tests in the words such notes use: a hip fracture
 * operative note with its hemiarthroplasty, an emergency department note of a fall from a ladder with an ankle
 * fracture, a Colles fracture reduced and a dog bite repaired, and an orthopedic clinic follow-up. Each checks what a
 * coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'inpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US hip fracture operative note with a cemented bipolar hemiarthroplasty', () => {
  it('codes the subcapital fracture first, with the fall on the stairs at home while carrying laundry', async () => {
    const { codes } = await suggest('us-hip-fracture-op-note.txt', 'inpatient');
    expect(codes[0]).toBe('S72012A');
    for (const code of ['W109XXA', 'Y92009', 'Y93E2', 'D62', 'M810', 'I129', 'N1831', 'E039']) expect(codes, code).toContain(code);
  });

  it('codes the hemiarthroplasty as the replacement of the femoral surface of the left hip, cemented', async () => {
    const { pcs } = await suggest('us-hip-fracture-op-note.txt', 'inpatient');
    expect(pcs).toContain('0SRS0J9');
    expect(pcs).not.toContain('0SRB0JZ');
  });

  it("reads the 'bipolar head' as the prosthesis, 'DVT prophylaxis' as no DVT, 'transfuse if < 7' as no transfusion", async () => {
    const { codes, pcs } = await suggest('us-hip-fracture-op-note.txt', 'inpatient');
    for (const code of ['F319', 'I82409']) expect(codes, code).not.toContain(code);
    expect(pcs).not.toContain('30233N1');
  });

  it('codes the one femoral neck fracture once, and the fall down the stairs, not also a trip on the same level', async () => {
    const { codes } = await suggest('us-hip-fracture-op-note.txt', 'inpatient');
    for (const code of ['S72002A', 'W010XXA']) expect(codes, code).not.toContain(code);
  });

  it.each([
    ['Right total hip arthroplasty with uncemented press-fit components.', '0SR90JA'],
    ['Left total knee arthroplasty, cemented.', '0SRD0J9'],
    ['Right hip hemiarthroplasty was performed.', '0SRR0JZ'],
    ['Bipolar hemiarthroplasty of the left hip.', '0SRS0JZ'],
  ])('%s', async (text, code) => {
    expect((await codedAs(engine, text, 'inpatient')).pcs).toContain(code);
  });
});

describe('a US emergency department note of a fall from a ladder', () => {
  it('codes each injury with its side and 7th character, the ladder, the activity and the dog', async () => {
    const { codes } = await suggest('us-ortho-ed-note.txt', 'outpatient');
    for (const code of ['S8261XA', 'S52532A', 'S51852A', 'W540XXA', 'W11XXXA', 'Y93H9', 'Y92009', 'E119', 'Z7984']) expect(codes, code).toContain(code);
  });

  it("codes the tetanus vaccine named by its product ('Need for Tdap - given today') as the immunization, Z23", async () => {
    const { codes } = await suggest('us-ortho-ed-note.txt', 'outpatient');
    expect(codes).toContain('Z23');
    expect(await cmOf('Laceration of right hand. Tdap up to date.', 'outpatient')).not.toContain('Z23');
  });

  it("codes the closed Colles fracture beside the dog bite (S51's Excludes1 is of open fractures only)", async () => {
    expect(await cmOf('Dog bite of left forearm. Closed Colles fracture, left.', 'outpatient')).toEqual(expect.arrayContaining(['S51852A', 'S52532A']));
  });

  it("reads 'TTP' on the examination as tenderness, the laceration of the bite as the bite, the ankle injury as its fracture", async () => {
    const { codes } = await suggest('us-ortho-ed-note.txt', 'outpatient');
    for (const code of ['M3110', 'S51812A', 'S99911A', 'W19XXXA']) expect(codes, code).not.toContain(code);
  });

  it('asks about the bruising and the wrist pain beside the fractures', async () => {
    const { integral } = await suggest('us-ortho-ed-note.txt', 'outpatient');
    expect(integral('R58')).toContain('S8261XA');
    expect(integral('M25532')).toContain('S52532A');
  });
});

describe('a US orthopedic clinic follow-up', () => {
  it('codes the healing fracture as a subsequent encounter, the fall on ice, the knee osteoarthritis and the radiculopathy', async () => {
    const { codes } = await suggest('us-ortho-clinic-follow-up.txt', 'outpatient');
    expect(codes[0]).toBe('S52501D');
    for (const code of ['W000XXD', 'M1712', 'M5416', 'M5450', 'I10', 'E669', 'Z6832', 'Z96641', 'E785']) expect(codes, code).toContain(code);
    for (const code of ['W19XXXD', 'M3110']) expect(codes, code).not.toContain(code);
  });

  it("asks about the knee's effusion, osteophytes and varus beside the osteoarthritis, the numbness beside the radiculopathy", async () => {
    const { integral } = await suggest('us-ortho-clinic-follow-up.txt', 'outpatient');
    for (const code of ['M2548', 'M2570', 'M21162']) expect(integral(code), code).toContain('M1712');
    expect(integral('R200')).toContain('M5416');
    // A healing fracture of the wrist is not the host of the knee's signs.
    expect(integral('M25562')).not.toContain('S52501D');
  });
});

describe('a US emergency note of a concussion in a motor vehicle collision', () => {
  it('codes the concussion with its loss of consciousness, the eyebrow laceration, the neck strain and the collision', async () => {
    const { codes } = await suggest('us-concussion-mvc-note.txt', 'outpatient');
    expect(codes[0]).toBe('S060X1A');
    for (const code of ['S01112A', 'S161XXA', 'G44309', 'V4361XA', 'Y92410']) expect(codes, code).toContain(code);
  });

  it("reads the 'MVC' of the chief complaint as the collision told in full, not an unspecified motor-vehicle accident", async () => {
    const { codes } = await suggest('us-concussion-mvc-note.txt', 'outpatient');
    expect(codes).not.toContain('V892XXA');
  });

  it('asks about the dizziness and nausea beside the concussion, the neck pain beside the strain', async () => {
    const { integral } = await suggest('us-concussion-mvc-note.txt', 'outpatient');
    for (const code of ['R42', 'R110']) expect(integral(code), code).toContain('S060X1A');
    expect(integral('M542')).toContain('S161XXA');
  });

  it.each([
    ['Lumbar strain after lifting a couch.', 'S39012A'],
    ['Driver of a car T-boned by a pickup truck on the highway. Left rib fractures.', 'V4353XA'],
  ])('%s', async (text, code) => {
    expect(await cmOf(text, 'outpatient')).toContain(code);
  });
});

describe('a US total knee arthroplasty operative note', () => {
  it('codes the primary osteoarthritis of the right knee once, and the cemented replacement of the right knee joint', async () => {
    const { codes, pcs } = await suggest('us-knee-arthroplasty-op-note.txt', 'inpatient');
    expect(codes[0]).toBe('M1711');
    for (const code of ['E1142', 'Z794', 'G4733', 'E6601', 'Z6836', 'Z8546']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('M1990');
    expect(pcs).toContain('0SRC0J9');
  });

  it("gives no aspirin long-term use for four weeks of 'DVT ppx', and no DVT", async () => {
    const { codes } = await suggest('us-knee-arthroplasty-op-note.txt', 'inpatient');
    for (const code of ['Z7982', 'I82409']) expect(codes, code).not.toContain(code);
  });
});

describe('orthopedic diagnoses as US notes abbreviate and qualify them', () => {
  it.each([
    ['Right distal radius fx.', 'S52501A'],
    ['R bimalleolar ankle fx, subsequent encounter.', 'S82841D'],
    ['Left ankle fracture, trimalleolar, displaced.', 'S82852A'],
    ['Right rotator cuff tear, traumatic.', 'S46011A'],
    ['Full-thickness tear of the left rotator cuff.', 'M75122'],
    ['Left shoulder: partial-thickness rotator cuff tear.', 'M75112'],
  ])('%s', async (text, code) => {
    expect(await cmOf(text, 'outpatient')).toEqual([code]);
  });

  it("keeps 'nontraumatic' rotator cuff tears in M75 (no strain S46.01-)", async () => {
    expect(await cmOf('Nontraumatic rotator cuff tear, right.', 'outpatient')).toEqual(['M75101']);
  });
});

describe('the episode of care of an injury seen after its active treatment', () => {
  it("codes 'aftercare following surgery for' a fracture with the subsequent encounter's character D, not the initial", async () => {
    expect(await cmOf('Aftercare following surgery for left hip fracture.', 'outpatient')).toEqual(['S72002D']);
  });

  it("codes the old injury a 'late effect' is of as its sequela (S), after the condition it left, not as history", async () => {
    const codes = await cmOf('Left wrist stiffness as a late effect of a Colles fracture 2 years ago.', 'outpatient');
    expect(codes[0]).toBe('M25632');
    expect(codes.some((c) => /^S52\w*S$/.test(c))).toBe(true);
    expect(codes).not.toContain('Z8781');
    expect(await cmOf('Post-traumatic arthritis of right ankle due to old trimalleolar fracture.', 'outpatient')).toEqual(['M12571', 'S82851S']);
    // A healed fracture told as history alone stays history.
    expect(await cmOf('History of right ankle fracture 2015, healed.', 'outpatient')).toEqual(['Z8781']);
  });
});
