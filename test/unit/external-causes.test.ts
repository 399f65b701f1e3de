import { describe, expect, it } from 'vitest';
import { EXTERNAL_CAUSE_INDEX } from '../../src/core/suggest/external-cause-index';
import { collisionCode } from '../../src/core/suggest/transport-accident';
import { codesOf, realEngine, realParts } from './engine-fixture';

const engine = await realEngine();
const { view } = (await realParts()).cm;
const suggested = async (text: string) => codesOf((await engine.suggest(text, { setting: 'inpatient' })).suggestions);

// Sentences from ../shared/eval/charts-codiesp-dev.jsonl.
describe('external causes read beside the injury their words name', () => {
  it.each(EXTERNAL_CAUSE_INDEX.map(([phrase, code]) => [phrase, code]))('"%s" -> %s, a billable FY2026 code', async (phrase, code) => {
    const i = view.indexOf(code);
    expect(i !== undefined && view.isBillable(i)).toBe(true);
    expect(await suggested(`Diagnosis: ${phrase}.`)).toContain(code);
  });

  it("codes a gunshot wound as the open wound of its site and the firearm's discharge (W34.00, intent not given)", async () => {
    expect(await suggested('The presence of a gunshot wound with an entry orifice in elbow without an exit orifice was confirmed.')).toEqual(['S51009A', 'W3400XA']);
    expect(await suggested('A 59-year-old patient was admitted with a gunshot wound with an entrance hole in the buttock, about 4 mm in diameter.')).toEqual(
      expect.arrayContaining(['S31809A', 'W3400XA']),
    );
  });

  it("reads a mosquito's or a tick's bite as an insect bite of its site (S00.96) and its cause (W57), not an open bite", async () => {
    expect(await suggested('During the trip, the patient, as she said, suffered numerous mosquito bites.')).toEqual(['W57XXXA']);
    const tick = await suggested('An 18-month-old girl who consulted for a tick bite on her head detected 24 hours before.');
    expect(tick).toEqual(expect.arrayContaining(['S0096XA', 'W57XXXA']));
    expect(tick).not.toContain('S0195XA');
  });

  it('reads no external cause beside a disease of the same words (cat-scratch disease is no scratch)', async () => {
    const r = await suggested('The presence of adenopathy was suspected Cat Scratch Disease, Bartonella henselae serology was performed.');
    expect(r).toContain('A281');
    expect(r).not.toContain('W5503XA');
  });
});

describe("external causes the External Cause Index names in a chart's words", () => {
  it("reads a fall by where it was from: a height (W17.89), one's own height (same level, W18.30), a bicycle (V18.9)", async () => {
    expect(await suggested('Fall from a height of 3 meters with fracture of L1.')).toEqual(['S32019A', 'W1789XA']);
    expect(await suggested('Fall from his own height with hip fracture.')).toContain('W1830XA');
    expect(await suggested('Fall from a moped with fracture of the clavicle.')).toContain('V2899XA');
    expect(await suggested('He tripped and fell at home, fracturing his wrist.')).toEqual(expect.arrayContaining(['W010XXA', 'Y92009']));
    const bicycle = await suggested('Bilateral gonalgia, back pain and low back pain after a bicycle fall 4 days ago.');
    expect(bicycle).toContain('V189XXA');
    expect(bicycle).not.toContain('W19XXXA');
  });

  it('reads boiling water as a hot fluid (X12), never a boil of the skin (furuncle)', async () => {
    const r = await suggested('Thermal burn of the hand with boiling water.');
    expect(r).toContain('X12XXXA');
    expect(r.some((c) => c.startsWith('L02'))).toBe(false);
  });
});

describe('transport accidents by the victim, the role and the counterpart, in word order', () => {
  it('reads the person run over or hit with no conveyance of their own as the pedestrian (V03.10, traffic)', async () => {
    expect(await suggested('Run over by a car, he presented a fracture of the pelvis.')).toEqual(['S329XXA', 'V0310XA']);
    expect(await suggested('He was run over by a bus, with fracture of the tibia.')).toContain('V0410XA');
    // On a skateboard the pedestrian's conveyance is the 5th character (V03.12), not on foot.
    expect(await suggested('A boy on a skateboard was hit by a car, with fracture of the radius.')).toContain('V0312XA');
  });

  it("reads the victim's conveyance against the counterpart's, whichever is said first", async () => {
    expect(await suggested('He was hit by a car while riding his bicycle, with fracture of the tibia.')).toContain('V139XXA');
    expect(await suggested('A motorcyclist who collided with a car, with fracture of the femur.')).toContain('V2399XA');
    expect(await suggested('He was the driver of a car that collided with a truck; fracture of the sternum.')).toContain('V445XXA');
    expect(await suggested('He was a passenger in a car that crashed into a tree, with fracture of the sternum.')).toContain('V476XXA');
  });

  it("reads a traffic accident of a named victim as that victim's (V29.9), not the mode unstated (V87.9)", async () => {
    const r = await suggested(
      'A 38-year-old man who works as a member of the police force and suffers a traffic accident of a motorcyclist in quality, with blunt trauma to the left hand.',
    );
    expect(r).toContain('V2999XA');
    expect(r).not.toContain('V879XXA');
  });

  it('composes only billable FY2026 codes, for every victim, counterpart, role and place', () => {
    for (const victim of ['pedestrian', 'cyclist', 'motorcyclist', 'car', 'van', 'truck', 'bus'] as const) {
      for (const [counterpart, word] of [['0', 'animal'], ['1', 'bicycle'], ['2', 'motorcycle'], ['3', 'car'], ['3', 'van'], ['3', 'pick-up'], ['4', 'bus'], ['5', 'train'], ['6', 'streetcar'], ['7', 'tree']]) {
        for (const role of ['driver', 'passenger', 'unspecified'] as const) {
          for (const traffic of [true, false]) {
            const code = collisionCode(victim, counterpart!, word!, role, traffic);
            if (victim === 'pedestrian' && (counterpart === '0' || counterpart === '7')) expect(code).toBeUndefined();
            else expect([code, view.isBillable(view.indexOf(code!) ?? -1)]).toEqual([code, true]);
          }
        }
      }
    }
  });

  it("reads a pick-up truck's, a heavy transport vehicle's or a bus's occupant (V5-, V6-, V7-) and the counterpart's full name", async () => {
    expect(await suggested('He was the driver of a truck that collided with a car, with fracture of the femur.')).toContain('V635XXA');
    expect(await suggested('A bus passenger injured when the bus crashed into a wall, with whiplash.')).toContain('V776XXA');
    // 'pick-up truck' is the car-type counterpart (V43.63), not a heavy transport vehicle (V44).
    expect(await suggested('Car passenger injured in collision with pick-up truck in traffic accident.')).toEqual(['V4363XA']);
  });

  it('gives no transport code without a condition it caused (Guidelines I.C.20)', async () => {
    expect(await suggested('The car collided with a truck. No injuries.')).toEqual([]);
  });
});

describe('external causes by their intent, as the sentence says it (Guidelines I.C.20.i)', () => {
  it('reads a firearm wound in a suicide attempt as self-harm (X74.9), not the accidental discharge', async () => {
    const r = await suggested('A 19-year-old female diagnosed with brain death after a suicide attempt by a occipital firearm projectile wound.');
    expect(r).toContain('X749XXA');
    expect(r).not.toContain('W3400XA');
  });

  it('reads being stabbed as an assault by a sharp object (X99.9), a self-inflicted stab as self-harm (X78.9)', async () => {
    expect(await suggested('He was stabbed in the chest, with a wound in the left hemithorax.')).toContain('X999XXA');
    expect(await suggested('Self-inflicted stab wound in the abdomen.')).toContain('X789XXA');
  });

  it('reads an assault by no stated means as Y09, and no stab in a stabbing pain nor a knife in a Gamma Knife', async () => {
    expect(await suggested('He was assaulted and presented a fracture of the nasal bones.')).toEqual(['S022XXA', 'Y09']);
    expect(await suggested('Two days later he came to the consultation complaining of stabbing headache and tinnitus.')).not.toContain('W269XXA');
    expect(await suggested('Arteriovenous malformation with headache. Radiosurgery was then performed with Gamma Knife.')).not.toContain('W260XXA');
  });

  it('codes an asphyxiation by hanging with the intent its sentence gives (T71.162, self-harm)', async () => {
    expect(await suggested('Attempted suicide by hanging, with cervical fracture.')).toContain('T71162A');
    expect(await suggested('Hanging, with fracture of the hyoid.')).toContain('T71161A');
  });
});

describe('place, activity and status of an external cause, once, where the chart says them (Guidelines I.C.20)', () => {
  it('reads the place said with the cause: a home (Y92.009), a street (Y92.410)', async () => {
    expect(await suggested('A 73-year-old woman came to the emergency department after accidental fall by stumbling on the stairs at home.')).toContain('Y92009');
    expect(await suggested('She slipped and fell on the street and fractured her ankle.')).toEqual(['S82899A', 'W010XXA', 'Y92410']);
  });

  it('reads the activity (Y93.66 soccer) and the status (Y99.0 work) with the cause', async () => {
    expect(await suggested('Fracture of the radius after a fall while playing soccer.')).toContain('Y9366');
    expect(await suggested('He fell from a ladder while working, with fracture of the radius.')).toEqual(expect.arrayContaining(['W11XXXA', 'Y990']));
  });

  it('reads no place without an external cause, nor a home said of another sentence, nor past the initial encounter', async () => {
    expect(await suggested('He suffered an ankle fracture while playing soccer.')).not.toContain('Y9366');
    expect(await suggested('Treated at home for a cold. He fell and fractured his wrist.')).not.toContain('Y92009');
    expect(await suggested('Subsequent encounter for the fracture of the wrist after he fell at home.')).not.toContain('Y92009');
  });
});
