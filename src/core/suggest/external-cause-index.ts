/**
 * External causes as the External Cause Index names them, in the chart's words. Built into the concept dictionary beside
 * INDEX_DEFAULTS and read beside the injury the same words name (find-mentions keeps both).
 */

/**
 * The counterpart a pedestrian collided with, as the Tabular List's blocks V01-V06 order them: the third character
 * of the pedestrian's code ('V03 Pedestrian injured in collision with car, pick-up truck or van').
 */
const PEDESTRIAN_COUNTERPARTS: readonly [vehicle: string, block: string][] = [
  ['bicycle', 'V01'],
  ['motorcycle', 'V02'],
  ['car', 'V03'],
  ['van', 'V03'],
  ['truck', 'V04'],
  ['bus', 'V04'],
  ['train', 'V05'],
];

/**
 * 'Run over (by), transport vehicle -- see Accident, transport, pedestrian': the person run over is the pedestrian,
 * on foot unless the chart names a conveyance (5th character 0), and the accident is traffic unless another place is
 * said (the Tabular's definitions before V00: a vehicle accident is assumed to have occurred on the public highway).
 */
const RUN_OVER: readonly [string, string][] = PEDESTRIAN_COUNTERPARTS.flatMap(([vehicle, block]) => [
  [`run over by a ${vehicle}`, `${block}10XA`],
  [`pedestrian hit by a ${vehicle}`, `${block}10XA`],
]);

export const EXTERNAL_CAUSE_INDEX: readonly [phrase: string, code: string][] = [
  // 'Gunshot wound W34.00': a firearm's discharge whose intent the chart does not give is accidental (I.C.20.i).
  ['gunshot wound', 'W3400XA'],
  // 'Bite, arthropod (nonvenomous) NEC W57', 'Sting, insect, nonvenomous W57' (a mosquito's or a tick's through
  // injury-synonyms).
  ['insect bite', 'W57XXXA'],
  // 'Nosocomial condition Y95': the hospital where a condition was acquired ('nosocomial pneumonia' J18.9 and Y95).
  ['nosocomial', 'Y95'],
  // 'Fall, from, high place NEC W17.89': a fall from a height is from one level to another.
  ['fall from a height', 'W1789XA'],
  // 'Fall, same level W18.30': falling from one's own (standing) height is a fall on the same level.
  ['fall from own height', 'W1830XA'],
  ['fall from standing height', 'W1830XA'],
  // 'Fall, from, roof W13.2'.
  ['fall from a roof', 'W132XXA'],
  // 'Scald, liquid (boiling) (hot) NEC X12', 'Burn, substance (hot), boiling X12': boiling water is a hot fluid, not
  // a boil (furuncle).
  ['boiling water', 'X12XXXA'],
  // A fall from a bicycle is the pedal cyclist's noncollision transport accident ('Accident, transport, pedal cyclist,
  // noncollision accident (traffic) V18.9'), traffic unless another place is said.
  ['fall from a bicycle', 'V189XXA'],
  ['bicycle fall', 'V189XXA'],
  // A fall from a motorcycle or a moped (which V20-V29 include) is its rider's noncollision accident (V28.99,
  // 'Unspecified rider of other motorcycle ... in traffic accident').
  ['fall from a motorcycle', 'V2899XA'],
  ['fall from a moped', 'V2899XA'],
  // 'Fall, slipping, tripping, stumbling W01.0-' (on the same level, not striking an object).
  ['tripped and fell', 'W010XXA'],
  ['slipped and fell', 'W010XXA'],
  ['stumbled and fell', 'W010XXA'],
  // 'Tripping, over, animal W01.0' (with or without the fall): the pet tripped over is no animal's strike or bite
  // ('Struck by dog' W54.1 is the dog's doing).
  ...['dog', 'cat', 'pet', 'animal'].flatMap((animal): [string, string][] => [
    [`tripped over the ${animal}`, 'W010XXA'],
    [`tripped over a ${animal}`, 'W010XXA'],
    [`tripped over her ${animal}`, 'W010XXA'],
    [`tripped over his ${animal}`, 'W010XXA'],
  ]),
  // 'Fall, due to, ice or snow W00.-': on the same level unless the chart says from where (W00.0-).
  ['fall on ice', 'W000XXA'], ['slipped on ice', 'W000XXA'], ['slipped on the ice', 'W000XXA'],
  // The Spanish 'precipitacion' (a fall from a height) as translations write it.
  ['precipitation from a height', 'W1789XA'],
  // 'Animal-rider injured by fall from or being thrown from horse in noncollision accident' (V80.010).
  ['fall from a horse', 'V80010A'],
  ...RUN_OVER,
];
