import { sentenceAt } from '../text/analyze';
import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';
import type { ChartReading } from './chart-reading';
import { IN_PREGNANCY, isChildChart } from './pregnancy-codes';

/**
 * The words of a delivery in this encounter: 'delivered viable male infant', 'repeat low transverse cesarean section',
 * 'NSVD'. Not one told as past in its sentence ('prior cesarean section x1', 'delivered her first child in 2019').
 */
const DELIVERED = /\b(?:delivered|delivery of (?:a |an |the )?(?:viable|live|healthy|male|female|infant|baby|twins?)|(?:repeat |primary )?(?:low transverse |classical )?cesarean (?:section|delivery)|c-section|n?svd|spontaneous vaginal delivery|vaginal delivery|gave birth)\b/gi;
const PAST = /\b(?:prior|previous(?:ly)?|history|ago|before|earlier|last pregnancy|in (?:19|20)\d\d|x\s?\d)\b/i;

const PREGNANT = /\bpregnan(?:t|cy)\b|\bgravida\b|\bG\d+P\d+/i;

/** Whether the chart tells a delivery in this encounter (an affirmed one, not told as past). */
export function deliveredNow(text: string, reading: ChartReading): boolean {
  for (const m of text.matchAll(DELIVERED)) {
    const sentence = sentenceAt(reading, m.index);
    const words = sentence ? text.slice(sentence.start, sentence.end) : text.slice(m.index, m.index + m[0].length + 40);
    if (PAST.test(words)) continue;
    if (reading.contextOf(m.index, m.index + m[0].length).decision === 'affirmed') return true;
  }
  return false;
}

/** A pregnancy code's title without its time: its trimester, 'in pregnancy', 'complicating childbirth'. */
const TIME = /,?\s*(?:(?:first|second|third|unspecified) trimester|(?:complicating |in )(?:pregnancy|childbirth)|complicating the puerperium|in the puerperium)\b/gi;
const plain = (title: string) => title.replace(TIME, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * 'Whenever delivery occurs during the current admission, and there is an "in childbirth" option for the obstetric
 * complication being coded, the "in childbirth" code should be assigned' (Guidelines I.C.15.a.4, FY2017 on): the mild
 * pre-eclampsia of a delivery admission is O14.04, not O14.03, its gestational diabetes O24.420, not O24.410. The
 * sibling is found by title, the same words with 'complicating childbirth' or 'in childbirth' for the trimester.
 */
export function inChildbirth(text: string, reading: ChartReading, view: CodeTableView, findings: Finding[]): Finding[] {
  // A child's chart tells its own delivery: the codes of its mother's are not its.
  // The mother's record: a chapter 15 code, or her pregnancy named ('born at 40 weeks of gestation with vaginal
  // delivery' opens a boy's own chart, its weeks his).
  const mother = findings.some((f) => f.code.startsWith('O') && f.context === 'affirmed') || PREGNANT.test(text);
  if (!mother || isChildChart(text) || !deliveredNow(text, reading)) return findings;
  return withOutcome(text, view, conditionsInChildbirth(view, findings.map((f) => {
    if (!f.code.startsWith('O') || f.context === 'negated') return f;
    const i = view.indexOf(f.code);
    const title = i === undefined ? '' : view.table.titles[i]!;
    if (!/trimester|in pregnancy/i.test(title)) return f;
    const category = view.indexOf(f.code.slice(0, 3));
    if (category === undefined) return f;
    const wanted = plain(title);
    const sibling = view.descendants(category).find((k) => {
      const t = view.table.titles[k]!;
      return view.isBillable(k) && /childbirth/i.test(t) && !/pregnancy/i.test(t) && plain(t) === wanted;
    });
    if (sibling === undefined) return f;
    return { ...f, code: view.table.codes[sibling]!, notes: [...f.notes, CHILDBIRTH_NOTE] };
  })));
}

const CHILDBIRTH_NOTE = 'delivered in this encounter: the "in childbirth" code (Guidelines I.C.15.a.4)';

/**
 * Conditions whose code at a delivery is not beside a pregnancy subcategory: the acute blood loss anemia of a delivery
 * (D62) is the puerperium's, O90.81 with D62 (Index: Anemia, postpartum); a group B streptococcus carrier (Z22.330)
 * is O99.824, 'Streptococcus B carrier state complicating childbirth'.
 */
const IN_CHILDBIRTH: readonly [source: RegExp, code: string, keepSource: boolean][] = [
  [/^D62$/, 'O9081', true],
  [/^Z2233/, 'O99824', false],
];

/**
 * A condition of the mother at her delivery is coded to chapter 15 first, as in pregnancy (IN_PREGNANCY), with its
 * 'in childbirth' code: hypertension O10.02, type 2 diabetes O24.12 (and E11), a cancer O9A.12 (IN_CHILDBIRTH
 * first). Where the subcategory has no childbirth code (urinary infections, O23) the condition stays for the coder.
 */
function conditionsInChildbirth(view: CodeTableView, findings: Finding[]): Finding[] {
  const top = Math.max(0, ...findings.map((f) => f.score)) * 1.05;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.context !== 'affirmed' && f.context !== 'uncertain') {
      out.push(f);
      continue;
    }
    const direct = IN_CHILDBIRTH.find(([source]) => source.test(f.code));
    const rule = direct ?? IN_PREGNANCY.find(([source]) => source.test(f.code));
    const code = rule && (direct ? direct[1] : childbirthCode(view, rule[1]));
    if (!rule || !code || view.indexOf(code) === undefined) {
      out.push(f);
      continue;
    }
    // A chapter 15 code of the same category already said ('gestational diabetes' O24.420) is the condition's.
    const existing = out.find((o) => o.code === code) ?? findings.find((o) => o.code.slice(0, 3) === code.slice(0, 3));
    if (existing) {
      if (!rule[2]) existing.evidence.push(...f.evidence);
      else out.push(f);
      continue;
    }
    out.push({ ...f, code, score: top + f.score / 100, notes: [CHILDBIRTH_NOTE, ...f.notes] });
    if (rule[2]) out.push({ ...f, notes: [`additional code with ${code}`, ...f.notes] });
  }
  return out;
}

const TWINS = /\b(?:twins?|twin gestation|dichorionic|monochorionic)\b/i;
const STILLBORN = /\b(?:stillb(?:orn|irth)|fetal (?:demise|death)|dead fetus|IUFD|intrauterine fetal death)\b/i;

/**
 * A delivery with any other chapter 15 code is no normal delivery (O80, Guidelines I.C.15.b.4); the outcome of the
 * delivery (Z37) goes on every maternal delivery record (I.C.15.b.5): a single live birth unless the chart tells
 * twins or a stillbirth, whose outcome the coder chooses.
 */
function withOutcome(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  const complicated = findings.some((f) => /^O(?!80)/.test(f.code) && f.context === 'affirmed');
  const kept = complicated ? findings.filter((f) => f.code !== 'O80') : findings;
  if (kept.some((f) => f.code.startsWith('Z37'))) return kept;
  const delivery = kept.find((f) => /^O/.test(f.code) && f.context === 'affirmed');
  if (!delivery) return kept;
  if (TWINS.test(text) || STILLBORN.test(text) || view.indexOf('Z370') === undefined) return kept;
  return [...kept, { code: 'Z370', evidence: delivery.evidence, score: 3, context: 'affirmed', notes: ['outcome of delivery (Guidelines I.C.15.b.5): single live birth unless the chart says otherwise'] }];
}

/** The 'in childbirth' code beside a pregnancy subcategory ('O1001' -> O10.02), if its parent has one. */
function childbirthCode(view: CodeTableView, subcategory: string): string | undefined {
  const parent = view.indexOf(subcategory.slice(0, -1));
  if (parent === undefined) return undefined;
  const k = view.descendants(parent).find((d) => view.isBillable(d) && /childbirth/i.test(view.table.titles[d]!) && !/pregnancy/i.test(view.table.titles[d]!));
  return k === undefined ? undefined : view.table.codes[k];
}
