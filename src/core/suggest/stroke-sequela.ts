import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import type { Finding } from './assemble';
import type { CombinationRule } from './bile-duct-calculus';

/**
 * A deficit left by a past stroke is one I69 code (Guidelines I.C.9.d: 'Category I69 is used to indicate conditions
 * classifiable to categories I60-I67 as the causes of sequela (neurologic deficits), themselves classified
 * elsewhere'); and Z86.73 'without residual deficits' is not used when a deficit remains (I.C.9.d.3). The stroke's
 * kind is the fourth character of the I69 code found (I69.3- cerebral infarction, I69.1- intracerebral hemorrhage...);
 * a history of stroke (Z86.73) is I69.3- ('Sequelae, stroke NOS I69.30'), unless a stroke of this stay is coded, whose
 * own deficits these may be.
 * Each deficit code -> the fifth and sixth characters of I69.x-, and whether it is still coded beside it (I69.x91
 * 'Use additional code to identify the type of dysphagia'). Hemiplegia and monoplegia keep their side and dominance:
 * G81.9-/G83.1-/G83.2- and I69.x5-/I69.x4-/I69.x3- share the digits (1 right dominant ... 4 left nondominant).
 */
const DEFICITS: [RegExp, (code: RawCode) => string, boolean][] = [
  [/^G819[0-4]$/, (c) => `5${side(c)}`, false],
  [/^G831[0-4]$/, (c) => `4${side(c)}`, false],
  [/^G832[0-4]$/, (c) => `3${side(c)}`, false],
  [/^R4701$/, () => '20', false],
  [/^R4702$/, () => '21', false],
  [/^R471$/, () => '22', false],
  [/^R413$/, () => '11', false],
  [/^R482$/, () => '90', false],
  [/^R131[0-9]$/, () => '91', true],
  [/^R29810$/, () => '92', false],
  [/^R270$/, () => '93', false],
];

/**
 * Weakness beside a stroke's sequela is another of its sequelae: I69.x98 'Other sequelae', with R53.1 still coded (the
 * Tabular's 'Use additional code to identify the sequelae'). Only beside an I69 code, which the chart's 'with residual'
 * or 'sequelae of' made: weakness beside a history of stroke alone (Z86.73) may be of anything.
 */
const OTHER_SEQUELA_RULE: CombinationRule = {
  why: 'a residual weakness left by a past stroke is its other sequela, I69.x98 (Guidelines I.C.9.d)',
  match(codes) {
    const sequela = codes.find((c) => PLAIN_SEQUELA.test(c));
    if (!sequela || !codes.includes('R531') || codes.some((c) => ACUTE_STROKE.test(c))) return undefined;
    return { replace: [sequela], by: `I69${sequela[3]}98`, keep: ['R531'] };
  },
};

/** The last digit of a G81.9-/G83.-- code, 0 (unspecified side) being 9 in I69. */
const side = (code: RawCode) => (code.endsWith('0') ? '9' : code.slice(-1));

const SEQUELA = /^I69[0-389]/;
const PLAIN_SEQUELA = /^I69[0-389]0$/;
const ACUTE_STROKE = /^I6[0-3]/;

export const STROKE_SEQUELA_RULES: CombinationRule[] = [...DEFICITS.map(([deficit, digits, keepDeficit]): CombinationRule => ({
  why: 'a deficit left by a past stroke is its I69 code (Guidelines I.C.9.d), not Z86.73 without residual deficits',
  match(codes) {
    const found = codes.find((c) => deficit.test(c));
    const sequela = codes.find((c) => SEQUELA.test(c));
    const acute = codes.some((c) => ACUTE_STROKE.test(c));
    const history = !sequela && codes.includes('Z8673') && !acute;
    // Beside this stay's stroke, a hemiparesis or a dysarthria is first its deficit ('L hemiparesis and dysarthria'
    // after an acute R MCA infarct), coded G81.9-/R47.1 (Guidelines I.C.9.d allows I69 beside I63 only for the old
    // stroke's deficits); the old stroke's sequela stays I69.x0 for the coder to complete with what it left.
    if (!found || (!sequela && !history) || acute) return undefined;
    const by = `I69${sequela ? sequela[3] : '3'}${digits(found)}`;
    const plain = codes.filter((c) => PLAIN_SEQUELA.test(c) || c === 'Z8673');
    return { replace: [...plain, ...(keepDeficit ? [] : [found])], by, keep: keepDeficit ? [found] : [] };
  },
})), OTHER_SEQUELA_RULE];

/**
 * A stroke told as what a sequela is of ('sequelae of intracerebral hemorrhage', 'dysarthria as a late effect of a
 * subarachnoid hemorrhage', 'cerebral infarction sequelae', 'residual right hemiparesis from an old cerebral
 * infarction') is not this stay's stroke but its late effect, I69.- by
 * the stroke's kind (Index: Sequelae (of), hemorrhage, intracerebral I69.10; subarachnoid I69.00; intracranial,
 * nontraumatic NEC I69.20; infarction, cerebral I69.30; stroke NOS I69.30). The deficits named beside it then make the
 * I69 code complete (STROKE_SEQUELA_RULES).
 */
const SEQUELA_OF = /\b(?:sequelae?|late effects?|residual(?: deficits?| effects?)?)\s+(?:of|from|after|following)\s+(?:(?:an?|the|his|her)\s+)?(?:(?:old|remote|previous|prior|past)\s+)?$|\bresidual\b[^.;]{0,60}\b(?:from|after|following|secondary to|due to)\s+(?:(?:an?|the|his|her)\s+)?(?:(?:old|remote|previous|prior|past)\s+)?$/i;
const SEQUELA_AFTER = /^\s*(?:sequelae?|late effects?)\b/i;
const STROKE_KIND = /^I6([0-3])/;

/**
 * 'History of stroke with residual left-sided weakness', 'h/o CVA w/ residual deficits': a past stroke whose deficit
 * remains is not Z86.73 'without residual deficits' (Guidelines I.C.9.d.3) but its sequela, I69.30 until the deficit is
 * coded beside it (STROKE_SEQUELA_RULES make it I69.3- by a deficit they know; the coder picks I69.398 for another).
 */
const WITH_RESIDUAL = /^[^.;]{0,30}?\b(?:with|w\/)\s+(?:(?:a|some|mild|moderate|severe|persistent|permanent)\s+)?residual\b/i;

/**
 * 'History of ICH with residual dysarthria': a past stroke of any kind told with what it left is its sequela by its
 * kind, I69.x0 (Index: Sequelae (of), hemorrhage, intracerebral I69.10; subarachnoid I69.00; infarction I69.30), which
 * the deficit beside it completes (I69.122); not a personal history, which the classification has only for the
 * infarction (Z86.73, 'without residual deficits'). Undefined where no residual is told after the stroke's words.
 */
export function sequelaOfPastStroke(code: RawCode, text: string, mentions: readonly { end: number }[]): RawCode | undefined {
  const kind = STROKE_KIND.exec(code)?.[1];
  if (kind === undefined || !mentions.some((m) => WITH_RESIDUAL.test(text.slice(m.end, m.end + 80)))) return undefined;
  return `I69${kind}0`;
}

/**
 * 'PMH: h/o CVA w/ residual L sided weakness': what a past condition left is there now, though a history lists it; the
 * context rules end the 'h/o' at 'with residual', and this keeps a history section's words so too.
 */
const WITH_RESIDUAL_BEFORE = /\b(?:with|w\/)\s*(?:(?:a|some|mild|moderate|severe|persistent|permanent)\s+)?residual\b[^.;,]{0,40}$/i;

export function toldAsResidual(text: string, mention: { start: number }): boolean {
  return WITH_RESIDUAL_BEFORE.test(text.slice(Math.max(0, mention.start - 80), mention.start));
}

export function withStrokeSequela(view: CodeTableView, f: Finding, text: string) {
  if (f.code === 'Z8673' && view.indexOf('I6930') !== undefined && f.evidence.some((e) => WITH_RESIDUAL.test(text.slice(e.end, e.end + 80)))) {
    return { code: 'I6930', note: 'a past stroke with a residual deficit is its sequela, I69.3- (Guidelines I.C.9.d.3: Z86.73 is for no residual deficits)' };
  }
  const kind = STROKE_KIND.exec(f.code)?.[1];
  if (kind === undefined) return undefined;
  const told = f.evidence.some((e) => SEQUELA_OF.test(text.slice(Math.max(0, e.start - 60), e.start)) || SEQUELA_AFTER.test(text.slice(e.end, e.end + 20)));
  const code = `I69${kind}0`;
  if (!told || view.indexOf(code) === undefined) return undefined;
  return { code, note: `a stroke told as what its sequelae are of is its late effect, ${code.slice(0, 3)}.${code.slice(3)} by its kind (Guidelines I.C.9.d; Index: Sequelae, by the stroke)` };
}

/**
 * 'h/o CVA with residual L sided weakness': weakness of one side left by a stroke is the hemiparesis a coder reports as
 * I69.x5- (Guidelines I.C.9.d; Index: Hemiparesis - see Hemiplegia); the side is read next, as for a hemiparesis (the
 * default dominance by Guidelines I.C.6.a). Only weakness told as a residual and of one side: weakness alone is R53.1,
 * which beside the sequela is its 'other sequelae' (I69.x98, STROKE_SEQUELA_RULES).
 */
const RESIDUAL_BEFORE = /\bresidual\b[^.;]{0,40}$/i;
const ONE_SIDE_BEFORE = /\b(?:right|left|rt|lt|r|l)(?:[- ]sided|[- ]side)\s*$|\b(?:right|left) (?:hemibody|arm and leg|upper and lower (?:extremity|limb)) $/i;
const ONE_SIDE_AFTER = /^\s+(?:of|on|in) the (?:right|left) (?:side|hemibody|body)\b/i;

export function withResidualWeakness(view: CodeTableView, f: Finding, text: string) {
  if (f.code !== 'R531' || view.indexOf('G8190') === undefined) return undefined;
  const oneSide = f.evidence.some((e) => {
    const before = text.slice(Math.max(0, e.start - 80), e.start);
    return RESIDUAL_BEFORE.test(before) && (ONE_SIDE_BEFORE.test(before) || ONE_SIDE_AFTER.test(text.slice(e.end, e.end + 30)));
  });
  return oneSide ? { code: 'G8190', note: 'residual weakness of one side after a stroke: its hemiparesis (Index: Hemiparesis - see Hemiplegia)' } : undefined;
}
