/** ICD-9 wording of injuries in ICD-10-CM's: fractures, dislocations, consciousness, open wounds, transport. */
import { everyRule, firstRule, type Rules } from './icd9-rules';
import { woundSiteWording } from './icd9-wound-sites';

/**
 * Open wounds: ICD-9 said 'complicated' (delayed healing, delayed treatment, foreign body, infection) where
 * ICD-10-CM codes the kind of wound, a laceration with foreign body; an uncomplicated one is an unspecified open
 * wound.
 */
const OPEN_WOUND = /\b(open wound|open wnd|opn wnd|opn wound)\b/i;
const WOUND_COURSE: Rules = [
  [/,?\s*without mention of complication\s*$/i, ' unspecified open wound'],
  [/(,\s*|\s*-\s*)(complicated|compl|comp|complicat)\s*$/i, ' laceration with foreign body'],
];

/**
 * Fractures of skull and spine: ICD-9 qualified them by the brain or cord injury not present and by the loss of
 * consciousness; ICD-10-CM codes the fracture alone and the injury separately (S06, S14, S24, S34), so for a
 * fracture those qualifiers are dropped.
 */
const FRACTURE = /\b(fractures?|fx)\b/i;
/**
 * ICD-9's fracture of the shaft or an unspecified part of the radius or the ulna, or of the radius with the ulna
 * (813.2-, 813.8-), is ICD-10-CM's fracture of the forearm (S52.9-): it has no shaft code for both bones, and the
 * radius alone or the ulna alone is another code. An end of both bones keeps them: their ends have codes.
 */
const RADIUS_AND_ULNA = /\b(shaft|unspecified part) of (radius (or|with|and) ulna|ulna (or|with|and) radius)\b/gi;
const FRACTURE_QUALIFIERS: readonly RegExp[] = [
  // A vertebra of unspecified level is the vertebra NOS, an inclusion term of the region's unspecified fracture
  // (S12.9 Fracture of cervical vertebra NOS): 'unspecified' would choose a level's unspecified fracture.
  /,\s*unspecified level\s*$/i,
  /,?\s*without mention (of|or) (intracranial|spinal cord) injury\b.*$/i,
  /,\s*(with|without)\b[^,]*\bconsciousness\b.*$/i,
  /,\s*unspecified state of consciousness\s*$/i,
  /(\s*-\s*|\s+w\/o\s+|\s+wo\s+|\s+w\s+)(no |brf |brief |mod |proln |prolng |prol |deep )?(coma|concus|concuss)( nos)?\s*$/i,
];

/**
 * ICD-9 short titles of fractures and dislocations end in '-cl' or '-open': ICD-10-CM says it in the 7th character
 * of a fracture (initial encounter for closed or open fracture) and not at all for a dislocation.
 */
const DISLOCATION = /\b(disloc\w*|dislctn|subluxation)\b/i;
const OPEN_OR_CLOSED = /\s*-\s*(closed|clos|cl|open|opn)\s*$/i;
const FRACTURE_OPEN_OR_CLOSED: Rules = [
  [/\s*-\s*(closed|clos|cl)\s*$/i, ' closed fracture'],
  [/\s*-\s*(open|opn)\s*$/i, ' open fracture'],
];

/**
 * Internal injuries: ICD-9 said whether an open wound led into the cavity (thorax, abdomen, skull); ICD-10-CM codes
 * the open wound apart (S21, S31, S01), so the internal injury's code does not say it. A dislocation's ICD-9
 * 'closed' or 'open' is not classified in ICD-10-CM either.
 */
const OPEN_WOUND_INTO_CAVITY =
  /,?\s*(without mention of|with|w\/o|wo|w)\s+(open\s+)?(intracranial\s+)?(wound|wnd)(\s+into\s+(cavity|thorax|abdomen)\b|(?=,|\s*$))/i;
const CLOSED_OR_OPEN_DISLOCATION = /^\s*(closed|open)\s+(?=(\w+\s+)*(dislocation|subluxation))/i;

/**
 * Loss of consciousness in ICD-9 short titles of intracranial injuries ('Cortex contus-mod coma') in ICD-10-CM's
 * words: ICD-9's brief is under an hour, moderate 1-24 hours (the GEM's 1 hour to 5 hours 59 minutes), prolonged over 24
 * hours, deep coma without return to the earlier level; long titles say 'with no loss of consciousness'.
 */
const COMA: Rules = [
  [/(\s*-\s*|\s+w\/o\s+|\s+wo\s+)(no )?coma\s*$/i, ' without loss of consciousness'],
  [/\s*-\s*(brf|brief) coma\s*$/i, ' with loss of consciousness of 30 minutes or less'],
  [/\s*-\s*mod coma\s*$/i, ' with loss of consciousness of 1 hour to 5 hours 59 minutes'],
  [/\s*-\s*(proln|prolng|prol) coma\s*$/i, ' with loss of consciousness greater than 24 hours with return'],
  [/\s*-\s*deep coma\s*$/i, ' with loss of consciousness greater than 24 hours without return'],
  [/\s*-\s*coma nos\s*$/i, ' with loss of consciousness of unspecified duration'],
  [/,?\s*with no loss of consciousness\s*$/i, ' without loss of consciousness'],
  [/,?\s*with moderate \[1-24 hours\] loss of consciousness\s*$/i, ' with loss of consciousness of 1 hour to 5 hours 59 minutes'],
];

/**
 * ICD-9 transport accidents (E800-E848) named the injured person and vehicle in their own words; ICD-10-CM's V
 * codes say car driver, car passenger, railway train, snowmobile, animal-rider, noncollision transport accident.
 */
const TRANSPORT: Rules = [
  // A motor vehicle accident that injures someone outside a motor vehicle (a pedestrian, pedal cyclist or
  // animal-rider) is, for that person, a collision with the motor vehicle: ICD-10-CM's collision with car, pick-up
  // truck or van (V03, V13, V80.4-), whatever else ICD-9 says the vehicle hit. A train or stationary object hit
  // keeps its words.
  [/\b(traffic|nontraffic) accident involving (re-entrant )?collision (with (another motor vehicle|motor vehicle|other vehicle|pedestrian|moving object)|on the highway)\b(?=.*\binjuring (pedestrian|pedal cyclist|rider of animal)\b)/gi, '$1 accident collision with car, pick-up truck or van'],
  [/\bdriver of motor vehicle other than motorcycle\b/gi, 'car driver'],
  [/\bpassenger in motor vehicle other than motorcycle\b/gi, 'car passenger'],
  [/\bmotor vehicle other than motorcycle\b/gi, 'car'],
  [/\bmotorcyclist\b/gi, 'motorcycle driver'],
  [/\bpassenger on motorcycle\b/gi, 'motorcycle passenger'],
  [/\bcollision with train\b/gi, 'collision with railway train'],
  [/\bmotor-driven snow vehicle\b/gi, 'snowmobile'],
  [/\brider of animal; occupant of animal-drawn vehicle\b/gi, 'animal-rider'],
  // ICD-10-CM does not divide an animal-rider's accidents into traffic and nontraffic (V80): a transport accident.
  [/\b(motor vehicle )?(non)?traffic accident\b(?=.*\banimal-rider\b)/gi, 'transport accident'],
  [/\bdue to loss of control, without collision on the highway\b/gi, 'noncollision transport accident'],
  [/\bmotor vehicle traffic accident\b/gi, 'traffic accident'],
];
/**
 * ICD-9 water transport accidents (E830-E838) name the person injured; ICD-10-CM's (V90-V94) name the watercraft
 * and what happened on board: a fall, a machinery accident, a burn due to a localized fire. A small powered boat is
 * ICD-10-CM's other powered watercraft; crew, skier, docker or swimmer leave the watercraft unspecified.
 */
const WATER_TRANSPORT = /\b(water transport|watercraft)\b/i;
const WATER_TRANSPORT_WORDS: Rules = [
  [/\b(in|during) water transport\b/gi, 'on board watercraft'],
  [/^(other and unspecified |other )?fall( on stairs or ladders| from one level to another)?\b/i, 'fall'],
  [/^explosion, fire, or burning in watercraft\b/i, 'burn due to localized fire on board watercraft'],
  [/,?\s*(injuring|to) occupant of small boat, powered\b/gi, ' other powered watercraft'],
  [/,?\s*(injuring|to) occupant of small boat, unpowered\b/gi, ' other unpowered watercraft'],
  [/,?\s*(injuring|to)? ?(occupant of (other|military) watercraft( -- (crew|other than crew)|, any type)?|water skier|swimmer|dockers, stevedores|other specified person|unspecified person)\s*$/gi, ' unspecified watercraft'],
];

const TRANSPORT_ACCIDENT = /\b(accident|injuring)\b/i;

/**
 * ICD-9's accident caused by a firearm or air gun (E922) is ICD-10-CM's accidental discharge of it (W32-W34): left as
 * 'accident', the weapon's words found assaults by it (X93-X95) first.
 */
const FIREARM_ACCIDENT = /^\s*accident caused by (?=.*\b(gun|guns|firearms?|rifle|shotgun|handgun|pistol|revolver)\b)/i;

/**
 * ICD-9 short titles of motor vehicle and other road accidents (E810-E829) end in the injured person ('Mv-train
 * coll-driver', 'Loss control mv acc-psgr'); a motor vehicle other than a motorcycle is ICD-10-CM's car, a snow
 * vehicle its snowmobile, a train its railway train.
 */
const SHORT_TRANSPORT = /\b(mv|snow veh|st car)\b|-(anim rider|anim rid)\s*$/i;
const SHORT_TRANSPORT_WORDS: Rules = [
  [/\bsnow veh\b/gi, 'snowmobile'],
  [/\bmv-train\b/gi, 'car collision with railway train'],
  [/\bmv\b(?=.*-\s*(driver|pasngr|psgr|passenger|pers nos|person nos)\s*$)/gi, 'car motor vehicle'],
  [/\s*-\s*(pasngr|psgr|passenger)\s*$/i, ' passenger'],
  [/\s*-\s*(pers nos|person nos)\s*$/i, ' unspecified occupant'],
  [/\s*-\s*(anim rider|anim rid|rider)\s*$/i, ' animal-rider'],
  [/\s*-\s*st car\s*$/i, ' streetcar occupant'],
  [/\s*-\s*(pedest|pedestrian)\s*$/i, ' pedestrian'],
  [/\s*-\s*ped cycl\s*$/i, ' pedal cyclist'],
  [/\s*-\s*(mcycl psgr|motcycl psgr)\s*$/i, ' motorcycle passenger'],
  [/\s*-\s*(motcycl|mocycl|mcycl)\s*$/i, ' motorcycle driver'],
];

/**
 * ICD-9's fractures 'involving skull or face with other bones' (804) are ICD-10-CM's unspecified fracture of skull
 * (S02.91-), the other bones coded apart.
 */
const SKULL_WITH_OTHER_BONES = /\bfractures? involving skull or face with other bones\b/i;

/**
 * Aftercare for a healing fracture (ICD-9 V54.1-V54.2) is the fracture's own code with the 7th character for a
 * subsequent encounter with routine healing (ICD-10-CM guideline I.C.19.a), not a Z code.
 */
const FRACTURE_AFTERCARE = /^aftercare for healing (traumatic |pathologic |pathological )?fracture of (.*)$/i;

/**
 * ICD-9 dislocates a cervical vertebra by its number (839.01-839.07); ICD-10-CM by the joint it leaves, the one
 * above it: the second cervical vertebra is C1/C2 (S13.12-), the first C0/C1.
 */
const CERVICAL_DISLOCATION = /\b(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|6th|7th)\s+(cervical|cerv)\s+(vertebra|vert)\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/**
 * ICD-9 dislocated the elbow by direction (832.0-); ICD-10-CM's elbow dislocations by direction are of the
 * ulnohumeral joint (S53.1-), the radial head's (S53.0-) being named for it.
 */
const ELBOW_DIRECTION = /\b(anterior|posterior|medial|lateral|ant|post|med|lat)\s+(dislocation|disloc)\s+(of\s+)?elbow\b/i;
const DIRECTIONS: Record<string, string> = { ant: 'anterior', post: 'posterior', med: 'medial', lat: 'lateral' };

function elbowJoint(text: string): string {
  return text.replace(ELBOW_DIRECTION, (_, way: string) => `${DIRECTIONS[way.toLowerCase()] ?? way} dislocation of ulnohumeral joint`);
}

function cervicalJoint(text: string): string {
  return text.replace(CERVICAL_DISLOCATION, (_, ordinal: string) => {
    const n = /^\d/.test(ordinal) ? Number(ordinal[0]) : ORDINALS.indexOf(ordinal.toLowerCase()) + 1;
    return `C${n - 1}/C${n} cervical vertebrae`;
  });
}

/** Injuries and transport accidents in ICD-10-CM words. */
export function injuryWording(query: string): string {
  let text = query
    .replace(SKULL_WITH_OTHER_BONES, 'unspecified fracture of skull')
    .replace(FRACTURE_AFTERCARE, '$1fracture of $2 subsequent encounter for fracture with routine healing').replace(OPEN_WOUND_INTO_CAVITY, '').replace(CLOSED_OR_OPEN_DISLOCATION, '');
  if (DISLOCATION.test(text)) text = elbowJoint(cervicalJoint(text.replace(OPEN_OR_CLOSED, '')));
  else if (FRACTURE.test(text)) text = firstRule(text, FRACTURE_OPEN_OR_CLOSED) ?? text;
  if (FRACTURE.test(text)) for (const rule of FRACTURE_QUALIFIERS) text = text.replace(rule, '').replace(RADIUS_AND_ULNA, 'forearm');
  else text = firstRule(text, COMA) ?? text;
  if (OPEN_WOUND.test(text)) text = woundSiteWording(firstRule(text, WOUND_COURSE) ?? text);
  // ICD-10-CM writes the airgun as one word (W34.010, X95.01).
  text = text.replace(FIREARM_ACCIDENT, 'accidental discharge of ').replace(/\bair gun\b/gi, 'airgun');
  if (TRANSPORT_ACCIDENT.test(text)) text = everyRule(text, TRANSPORT);
  if (WATER_TRANSPORT.test(text)) text = everyRule(text, WATER_TRANSPORT_WORDS);
  if (SHORT_TRANSPORT.test(text)) text = everyRule(text, SHORT_TRANSPORT_WORDS);
  return text;
}
