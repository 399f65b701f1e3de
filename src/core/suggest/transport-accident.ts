import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';

/**
 * Transport accidents by the injured person's role and what they collided with (Guidelines I.C.20; the Tabular List's
 * blocks V00-V49): the victim's conveyance chooses the block (pedestrian V0-, pedal cyclist V1-, motorcyclist V2-, car
 * occupant V4-), the counterpart its category ('V13 Pedal cycle rider injured in collision with car, pick-up truck or
 * van'), the role (driver, passenger, unspecified) and traffic or not the 4th character. Read in word order, which the
 * concept dictionary's bag of words cannot do: 'a motorcyclist hit by a car' is V23, 'a car hit by a motorcycle' V42.
 */

type Victim = 'pedestrian' | 'cyclist' | 'motorcyclist' | 'car' | 'van' | 'truck' | 'bus';

/** The victim's conveyance, as charts name the person or the vehicle they were in. */
const VICTIMS: readonly [RegExp, Victim][] = [
  [/\bpedestrians?\b/i, 'pedestrian'],
  [/\b(?:motorcyclists?|motorcycles?|motorbikes?|mopeds?)\b/i, 'motorcyclist'],
  [/\b(?:bi)?cyclists?\b|\b(?:bicycles?|bikes?|pedal cycles?)\b/i, 'cyclist'],
  [/\b(?:cars?|automobiles?)\b/i, 'car'],
  [/\b(?:pick-?up(?: trucks?)?|vans?)\b/i, 'van'],
  [/\b(?:trucks?|lorry|lorries|heavy transport vehicles?)\b/i, 'truck'],
  [/\bbus(?:es)?\b/i, 'bus'],
];

/**
 * The counterpart's digit, the third character within each block: pedestrian or animal 0, pedal cycle 1, two- or
 * three-wheeled motor vehicle 2, car, pick-up truck or van 3, heavy transport vehicle or bus 4, railway train 5,
 * fixed or stationary object 7.
 */
const COUNTERPART_WORDS =
  'heavy transport vehicles?|(?:other )?nonmotor vehicles?|animal-drawn vehicles?|streetcars?|trams?|(?:fixed|stationary)(?: or stationary)? objects?|two- or three-wheeled motor vehicles?|cycles?|pedestrians?|animals?|dogs?|horses?|cows?|bicycles?|bikes?|(?:bi)?cyclists?|motorcycles?|motorbikes?|mopeds?|motorcyclists?|cars?|automobiles?|autos?|suvs?|sport utility vehicles?|vans?|pick-?up(?: trucks?)?|trucks?|lorry|lorries|buse?s?|trains?|trees?|walls?|poles?|posts?|guardrails?|barriers?';
const COUNTERPARTS: readonly [RegExp, string][] = [
  [/^(?:pedestrian|animal|dog|horse|cow)/i, '0'],
  [/^(?:motorcycl|motorbike|moped)/i, '2'],
  [/^(?:bicycle|bike|cyclist|bicyclist|cycle)/i, '1'],
  [/^two-/i, '2'],
  [/^(?:car|auto|van|pick|suv|sport utility)/i, '3'],
  [/^(?:truck|lorr|bus|heavy)/i, '4'],
  [/^train/i, '5'],
  [/^(?:other|nonmotor|animal-drawn|streetcar|tram)/i, '6'],
  [/^(?:tree|wall|pole|post|guardrail|barrier|fixed|stationary)/i, '7'],
];

/**
 * A collision and what it was with, in word order: 'collided with a truck', 'hit by a car', 'run over by a bus',
 * 'crashed into a tree', and the trauma note's 'car vs truck', 'pedestrian vs auto' (the victim's conveyance first).
 * `by` marks the passive, whose subject was struck ('Run over, transport vehicle -- see Accident, transport,
 * pedestrian' when no conveyance of the victim is named).
 */
const COLLISION = new RegExp(
  `\\b(?:(collided|collision|crash(?:ed)?|impact(?:ed)?)(?:\\s+(?:head-on|frontally|laterally))?\\s+(?:with|into|against|by)|(?:vs\\.?|versus)|(?:was\\s+|being\\s+)?(hit|struck|run\\s+over|ran\\s+over|knocked\\s+down|run\\s+down|rear-?ended|t-?boned|side-?swiped)\\s+by)\\s+(?:a|an|the|another|his|her|their)?\\s*(?:[a-z-]+\\s+)??(${COUNTERPART_WORDS})\\b`,
  'gi',
);

/** 'Driver', 'passenger' as the Tabular's 4th characters distinguish them; neither said is the unspecified occupant. */
const DRIVER = /\b(?:driver|driving|drove)\b/i;
const PASSENGER = /\b(?:passengers?|pillion|co-?pilot)\b/i;
/** A sentence that says the person was hurt ('Car driver injured in collision with a truck'), which is the condition. */
const INJURED = /\b(?:injured|injury|injuries|trauma|wounded)\b/i;
/** A pedestrian's conveyance, the 5th character of V01-V06: on foot 0, roller-skates 1, skateboard 2. */
const ROLLER_SKATES = /\b(?:roller|in-line)[- ]?skat\w*/i;
const SKATEBOARD = /\bskateboard\w*/i;
/** The Tabular's definitions before V00: a vehicle accident is assumed on the public highway (traffic) unless another place is said. */
const NONTRAFFIC = /\bnon-?traffic\b|\boff-?road\b/i;

type Role = 'driver' | 'passenger' | 'unspecified';

/** A rider's 4th character in V10-V28 (driver, passenger, unspecified rider), in traffic and out of it. */
const RIDER = { traffic: { driver: '4', passenger: '5', unspecified: '9' }, nontraffic: { driver: '0', passenger: '1', unspecified: '2' } } as const;
/** A car's, a pick-up truck's or van's, a heavy transport vehicle's or a bus's occupant's 4th character in V40-V78. */
const OCCUPANT = { traffic: { driver: '5', passenger: '6', unspecified: '9' }, nontraffic: { driver: '0', passenger: '1', unspecified: '3' } } as const;

/** The code of a collision by victim, counterpart, role and traffic; undefined where the block has no such category. */
export function collisionCode(victim: Victim, counterpart: string, counterpartWord: string, role: Role, traffic: boolean, conveyance = '0'): string | undefined {
  const c = counterpart;
  const place = traffic ? 'traffic' : 'nontraffic';
  switch (victim) {
    // 'V03.10 Pedestrian on foot injured in collision with car, pick-up truck or van in traffic accident'.
    case 'pedestrian':
      return c >= '1' && c <= '6' ? `V0${c}${traffic ? '1' : '0'}${conveyance}XA` : undefined;
    // 'V13.4 Pedal cycle driver injured in collision with car, pick-up truck or van in traffic accident'.
    case 'cyclist':
      return `V1${c}${RIDER[place][role]}XXA`;
    // 'V23.49 Other motorcycle driver injured in collision with car, pick-up truck or van in traffic accident'.
    case 'motorcyclist':
      return `V2${c}${RIDER[place][role]}9XA`;
    // 'V54.6 Passenger in pick-up truck or van injured in collision with heavy transport vehicle or bus'.
    case 'van':
    case 'truck':
    case 'bus':
      return `V${{ van: '5', truck: '6', bus: '7' }[victim]}${c}${OCCUPANT[place][role]}XXA`;
    case 'car': {
      const r = OCCUPANT[place][role];
      // 'V43.52 Car driver injured in collision with other type car': V43 names the other car's kind.
      // 'V43.61 Car passenger injured in collision with sport utility vehicle' (a car 'rear-ended by an SUV').
      const kind = /^van/i.test(counterpartWord) ? '4' : /^pick/i.test(counterpartWord) ? '3' : /^(?:suv|sport)/i.test(counterpartWord) ? '1' : '2';
      return c === '3' ? `V43${r}${kind}XA` : `V4${c}${r}XXA`;
    }
  }
}

/**
 * A traffic accident whose victim's conveyance the sentence names ('a traffic accident as a motorcyclist'): 'Accident,
 * traffic, known mode of transport -- see Accident, transport, by type of vehicle', that victim's unspecified traffic
 * accident ('Accident, transport, pedal cyclist V19.9', 'car occupant V49.9').
 */
const TRAFFIC_ACCIDENT = /\b(?:traffic|road)\s+accidents?\b/gi;
const UNSPECIFIED_TRAFFIC: Record<Victim, string> = {
  pedestrian: 'V093XXA',
  cyclist: 'V199XXA',
  motorcyclist: 'V2999XA',
  car: 'V499XXA',
  van: 'V599XXA',
  truck: 'V699XXA',
  bus: 'V799XXA',
};

interface Reading {
  code: string;
  start: number;
  end: number;
  sentence: { start: number; end: number };
}

function readCollisions(text: string, reading: ChartReading): Reading[] {
  const out: Reading[] = [];
  for (const m of text.matchAll(COLLISION)) {
    const at = sentenceAt(reading, m.index);
    if (!at) continue;
    const counterpartWord = m[3]!;
    const counterpart = COUNTERPARTS.find(([word]) => word.test(counterpartWord))?.[1];
    if (counterpart === undefined) continue;
    // The victim's conveyance is named anywhere in the sentence but in the counterpart's words.
    const before = text.slice(at.start, m.index + m[0].length - counterpartWord.length);
    const after = text.slice(m.index + m[0].length, at.end);
    const own = VICTIMS.find(([words]) => words.test(before) || words.test(after))?.[1];
    const passive = m[2] !== undefined;
    const victim = own ?? (passive ? 'pedestrian' : undefined);
    if (!victim) continue;
    const sentence = text.slice(at.start, at.end);
    const role: Role = DRIVER.test(sentence) ? 'driver' : PASSENGER.test(sentence) ? 'passenger' : 'unspecified';
    const conveyance = ROLLER_SKATES.test(sentence) ? '1' : SKATEBOARD.test(sentence) ? '2' : '0';
    const code = collisionCode(victim, counterpart, counterpartWord, role, !NONTRAFFIC.test(sentence), conveyance);
    if (code) out.push({ code, start: m.index, end: m.index + m[0].length, sentence: at });
  }
  for (const m of text.matchAll(TRAFFIC_ACCIDENT)) {
    const at = sentenceAt(reading, m.index);
    if (!at || out.some((r) => r.sentence === at)) continue;
    const sentence = text.slice(at.start, at.end);
    const victim = VICTIMS.find(([words]) => words.test(sentence))?.[1];
    if (victim) out.push({ code: UNSPECIFIED_TRAFFIC[victim], start: m.index, end: m.index + m[0].length, sentence: at });
  }
  return out;
}

/**
 * The findings with each collision read in word order added, and the transport codes the concept dictionary read in
 * the same sentence from fewer of its words dropped ('Accident, traffic, known mode of transport -- see Accident,
 * transport, by type of vehicle'). A collision is coded only beside a condition it caused (Guidelines I.C.20), and
 * only where it is affirmed.
 */
export function withTransportAccidents(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  const condition = findings.some((f) => !/^[V-Y]/.test(f.code));
  const read = readCollisions(text, reading).filter(
    (r) =>
      view.indexOf(r.code) !== undefined &&
      reading.contextOf(r.start, r.end).decision === 'affirmed' &&
      (condition || INJURED.test(text.slice(r.sentence.start, r.sentence.end))),
  );
  if (read.length === 0) return findings;
  // A transport code read in the same sentence is the same accident: 'traffic accident' (V87.9), 'car accident' (V49.9).
  const within = (f: Finding) => /^V/.test(f.code) && f.evidence.every((e) => read.some((r) => e.start >= r.sentence.start && e.end <= r.sentence.end));
  const added = read.map(
    (r): Finding => ({
      code: r.code,
      evidence: [{ start: r.start, end: r.end }],
      score: 6,
      context: 'affirmed',
      notes: ['transport accident by the injured person\'s conveyance, role and counterpart (Guidelines I.C.20)'],
    }),
  );
  // 'MVC' alone elsewhere ('Headache after MVC'; V89.2, the Index's 'Accident, motor vehicle NOS') is the collision the
  // chart tells in full: the person's conveyance and the counterpart are documented, so the unspecified vehicle is not.
  const unspecifiedVehicle = (f: Finding) => /^V89/.test(f.code);
  return [...findings.filter((f) => !within(f) && !unspecifiedVehicle(f)), ...added.filter((a, i) => added.findIndex((b) => b.code === a.code) === i)];
}
