import { describe, expect, it } from 'vitest';
import type { Setting } from '../../src/core/types';
import { realEngine } from './engine-fixture';
import { codedAs, readNote } from './us-note-fixture';

/**
 * US skin, wound and burn notes, written for the tests in the words such notes use: a dermatology office visit with a
 * basal cell carcinoma and actinic keratoses, a skilled nursing facility's wound rounds with pressure ulcers of every
 * stage, and a burn center admission. Each checks what a coder would submit from it, and what a coder would not.
 */
const engine = await realEngine();
const suggest = (name: string, setting: Setting) => codedAs(engine, readNote(name), setting);
const cmOf = async (text: string, setting: Setting = 'outpatient') => (await codedAs(engine, text, setting)).codes;

describe('a US dermatology office visit', () => {
  it('codes the basal cell carcinoma of the nasal ala as the skin of the nose, with the keratoses and the histories', async () => {
    const { codes } = await suggest('us-dermatology-office.txt', 'outpatient');
    expect(codes[0]).toBe('C44311');
    for (const code of ['L570', 'Z85828', 'Z87891', 'I129', 'N1831']) expect(codes, code).toContain(code);
    for (const code of ['C760', 'C4491', 'C439']) expect(codes, code).not.toContain(code);
  });

  it("keeps the history of melanoma (Z85.820) beside the 'r/o melanoma' of a biopsy, which is not coded outpatient", async () => {
    const { codes, setAside } = await suggest('us-dermatology-office.txt', 'outpatient');
    expect(codes).toContain('Z85820');
    expect(setAside.map((s) => s.code)).toContain('C439');
  });

  it("codes nothing of its own from the words describing the carcinoma or the healed scar of an old excision", async () => {
    const { codes } = await suggest('us-dermatology-office.txt', 'outpatient');
    // 'bleeds w/ minor trauma', 'papule w/ telangiectasias', 'Well-healed scar L upper back'.
    for (const code of ['R58', 'T1490XA', 'I781', 'L905']) expect(codes, code).not.toContain(code);
    // A scar, telangiectasias or a bleeding the note names as findings still are.
    expect(await cmOf('Telangiectasias of the face.')).toContain('I781');
    expect(await cmOf('Painful hypertrophic scar of the left hand.')).toContain('L910');
  });
});

describe("a US skilled nursing facility's wound rounds", () => {
  it('codes each pressure ulcer by site and stage, the deep tissue injury and the unstageable one', async () => {
    const { codes } = await suggest('us-snf-pressure-ulcer-note.txt', 'outpatient');
    expect(codes[0]).toBe('L89154');
    for (const code of ['L89620', 'L89212', 'L89616', 'E440', 'G301', 'Z681']) expect(codes, code).toContain(code);
    expect(codes).not.toContain('L89619');
    // 'stage 2 pressure ulcer, 1.5 x 1.0 cm': the measurement's '1' is no stage 1 of the same hip.
    expect(codes).not.toContain('L89211');
    expect(await cmOf('Sacrum: stage 3 pressure ulcer, 4.2 x 3 cm.')).toEqual(['L89153']);
  });

  it("stages the Alzheimer's dementia by the plan's 'severe', though the note named the disease unstaged first", async () => {
    const { codes } = await suggest('us-snf-pressure-ulcer-note.txt', 'outpatient');
    expect(codes).toContain('F02C0');
    expect(codes).not.toContain('F0280');
  });

  it("codes the hemiplegia left by an old stroke as its sequela, and no diabetic skin ulcer or injury of the pressure ulcers' words", async () => {
    const { codes } = await suggest('us-snf-pressure-ulcer-note.txt', 'outpatient');
    expect(codes).toContain('I69351');
    // 'Skin prep' on an ulcer is no ulcer of the skin of its own (L98.4-, which made E11.622); 'WOUNDS:' no injury.
    for (const code of ['G8191', 'I639', 'E11622', 'L98499', 'T148XXA']) expect(codes, code).not.toContain(code);
  });

  it.each([
    ['Deep tissue pressure injury of right heel.', 'L89616'],
    ['Right hemiparesis due to remote stroke.', 'I69351'],
    ["Alzheimer's dementia, late onset, severe - continue donepezil.", 'F02C0'],
  ])('%s -> %s', async (text, code) => {
    expect(await cmOf(text)).toContain(code);
  });
});

describe('a US burn center admission', () => {
  it('codes the third degree burn first, the extent, the tetanus toxoid given and the tobacco use', async () => {
    const { codes } = await suggest('us-burn-admission.txt', 'inpatient');
    expect(codes[0]).toBe('T22311A');
    for (const code of ['T3110', 'Z23', 'F17210', 'T2016XA']) expect(codes, code).toContain(code);
    // The burns named by site and degree leave no burn of unspecified region and degree.
    expect(codes).not.toContain('T300');
  });

  it("gives each burn of a list its own side: 'right upper arm, left forearm' is no left upper arm or right forearm", async () => {
    const { codes } = await suggest('us-burn-admission.txt', 'inpatient');
    for (const code of ['T22231A', 'T22212A']) expect(codes, code).toContain(code);
    for (const code of ['T22232A', 'T22211A']) expect(codes, code).not.toContain(code);
    // The burns head the whole list: the chest wall, the list's last item, is burned too.
    expect(codes).toContain('T2121XA');
    // Sides listed for one site still share it.
    expect(await cmOf('Second degree burns of left and right forearms.', 'inpatient')).toEqual(expect.arrayContaining(['T22211A', 'T22212A']));
  });

  it("codes no excision the plan only proposes ('plan excision and split-thickness skin grafting')", async () => {
    const { pcs } = await suggest('us-burn-admission.txt', 'inpatient');
    expect(pcs).toEqual([]);
  });

  it.each([
    ['1st degree burn of face.', 'T2010XA'],
    ['3rd degree burn of R forearm.', 'T22311A'],
    ['Full thickness burn of left hand.', 'T23302A'],
    // The back of the hand is the hand's own site in the burn titles (not the back's, which no finding may take).
    ['Third degree burn of the back of the right hand.', 'T23361A'],
    // And the dorsum of the hand is its back.
    ['Third degree burn of dorsum of the right hand.', 'T23361A'],
    ['Second degree burn to the dorsum of left hand.', 'T23262A'],
  ])('reads the degree as burn notes write it: %s -> %s', async (text, code) => {
    expect(await cmOf(text, 'inpatient')).toEqual([code]);
  });

  it("reads a list's head onto each of its items, and the dorsum of a part as no back of the patient's", async () => {
    expect(await cmOf('Pain in the chest, abdomen and left leg.')).toEqual(expect.arrayContaining(['R079', 'R109', 'M79605']));
    // A laceration's code has no back of the hand (S61.4- 'Open wound of hand'); the dorsum of the foot is no dorsalgia.
    expect(await cmOf('Laceration of dorsum of the right hand.')).toEqual(['S61411A']);
    expect(await cmOf('Pain over the dorsum of the right foot.')).toEqual(['M79671']);
    // Words that tie on another phrase are no list items ('in 1992 due to chronic, symmetrical and erosive').
    expect(await cmOf('Space occupying lesions in the liver compatible with liver and bone metastases.', 'inpatient')).not.toContain('M899');
  });

  it("reads no tetanus from the immunization's words and no cardiomyopathy from the 'CMP' of the labs", async () => {
    const { codes } = await suggest('us-burn-admission.txt', 'inpatient');
    for (const code of ['A35', 'I429']) expect(codes, code).not.toContain(code);
    expect(await cmOf('Labs: CBC, CMP, lipase pending.')).not.toContain('I429');
    expect(await cmOf('Ischemic CMP, EF 30%.')).toContain('I255');
    expect(await cmOf('Generalized tetanus with trismus.', 'inpatient')).toContain('A35');
  });
});
