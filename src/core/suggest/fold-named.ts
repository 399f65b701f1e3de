import type { CodeTableView } from '../search/code-table-view';
import type { RawCode } from '../types';
import type { Finding } from './assemble';

/**
 * The Index's code for a main term said alone ('abscess' L02.91, 'infection' B99.9, 'hemorrhage' R58, 'necrosis' I96)
 * when the chart names one of its kind elsewhere: the bare word is that one said again ('multiple abscesses in the
 * right hepatic lobe ... the treatment of the abscess'), so its evidence joins the nearest named one, whose title
 * says the same main term.
 */
const NAMED_BY: Record<RawCode, RegExp> = {
  L0291: /\babscess/i,
  B999: /\binfection|\bsepsis\b/i,
  R58: /\bhemorrhage|\bbleeding\b/i,
  I96: /\bgangrene|\bnecrosis\b/i,
  // 'Pneumonia, unspecified organism' beside a pneumonia whose organism is named ('Adenovirus pneumonia').
  J189: /\bpneumonia\b/i,
  // 'Lesion, brain' (G93.9) beside a named condition of the brain ('cerebral lesions due to toxoplasmosis', B58.2;
  // 'brain metastases', C79.31): the lesions are that condition seen on imaging.
  G939: /\bbrain\b|\bcerebr\w*|\w*encephal\w*|\bintracranial\b/i,
  // 'Depression, unspecified' (F32.A, read from 'depressed mood') beside the depressive disorder the assessment names:
  // the mood is that disorder's ('Major depressive disorder, recurrent, severe', F33.2; a bipolar depressed episode).
  // 'OA' (M19.90, 'Unspecified osteoarthritis, unspecified site') beside the osteoarthritis of a named joint
  // ('tricompartmental OA of the R knee', M17.11): the same disease said without its joint.
  M1990: /\bosteoarthritis\b/i,
  F32A: /\bdepressive disorder\b|\bcurrent episode depressed\b/i,
  // 'Unspecified cataract' (H26.9) and 'Unspecified glaucoma' (H40.9), read from the bare word ('discussed cataract
  // surgery', 'f/u glaucoma'), beside the cataract or glaucoma the exam names by its kind, eye and stage ('Nuclear
  // sclerotic cataract, both eyes' H25.13; 'Primary open-angle glaucoma, right eye, moderate stage' H40.1112).
  H269: /\bcataract\b/i,
  H409: /\bglaucoma\b/i,
  // 'Burn of unspecified body region, unspecified degree' (T30.0) beside the burns the note names by site and degree.
  T300: /^Burn of (?!unspecified body region)/i,
};

export function foldIntoNamed(view: CodeTableView, findings: Finding[]): Finding[] {
  const at = (f: Finding) => Math.min(...f.evidence.map((e) => e.start));
  const titleOf = (code: RawCode) => view.table.titles[view.indexOf(code) ?? -1] ?? '';
  return findings.filter((f) => {
    const kind = NAMED_BY[f.code];
    const named = kind && findings.filter((g) => g !== f && !NAMED_BY[g.code] && (g.context === 'affirmed' || g.context === 'uncertain') && kind.test(titleOf(g.code)));
    if (!named || named.length === 0) return true;
    const nearest = named.reduce((a, b) => (Math.abs(at(b) - at(f)) < Math.abs(at(a) - at(f)) ? b : a));
    nearest.evidence.push(...f.evidence);
    return false;
  });
}

/** An agent code's organism: 'Respiratory syncytial virus' of B97.4 'Respiratory syncytial virus as the cause of ...'. */
const AGENT = /^(?:(?:unspecified|other) )?(.+?) as the cause of diseases classified elsewhere$/i;

/**
 * An agent code (B95-B97, 'Use additional code to identify the infectious agent') beside a condition whose own code
 * names the same organism: 'Acute bronchiolitis due to respiratory syncytial virus' (J21.0) says the RSV that B97.4
 * would add, so the agent is not coded again; its evidence joins that condition.
 */
export function foldAgentNamed(view: CodeTableView, findings: Finding[]): Finding[] {
  const titleOf = (code: RawCode) => view.table.titles[view.indexOf(code) ?? -1] ?? '';
  return findings.filter((f) => {
    const agent = /^B9[5-7]/.test(f.code) ? AGENT.exec(titleOf(f.code))?.[1]?.toLowerCase() : undefined;
    const host = agent && findings.find((g) => g !== f && !/^B9[5-7]/.test(g.code) && titleOf(g.code).toLowerCase().includes(agent));
    if (!host) return true;
    host.evidence.push(...f.evidence);
    return false;
  });
}

/**
 * An injury of unspecified body region (T14, read from 'wound', 'trauma', 'fracture' alone) when the chart names the
 * region of an injury (S00-S99): the region is documented, so T14 is not used (its own note: 'multiple injuries NOS');
 * its evidence joins the nearest placed injury. 'A bullet wound in the right thigh ... exit wound' is S71.101A alone.
 * Burns and corrosions are placed too, by their site (T20-T28) or their extent (T31-T32): 'the treatment of the
 * injuries' of a burned patient is the treatment of the burns; and beside 'multiple trauma' (T07, which T14 excludes)
 * an unplaced injury is one of those.
 */
/**
 * An unspecified fall (W19.XXXA, read from 'falls') beside the patient's repeated falls (R29.6) with no injury coded:
 * the falls are that condition told again ('2 falls in the past 3 months, no injuries ... Recurrent falls'), and an
 * external cause code goes with the injury or condition it caused (Guidelines I.C.20), of which there is none.
 */
export function foldFallIntoRepeatedFalls(findings: Finding[]): Finding[] {
  const repeated = findings.find((f) => f.code === 'R296');
  if (!repeated || findings.some((f) => /^(S|T0|T1[0-4]|T2|T3[0-4]|T6[6-9]|T7[0-9])/.test(f.code))) return findings;
  return findings.filter((f) => {
    if (f.code !== 'W19XXXA') return true;
    repeated.evidence.push(...f.evidence);
    return false;
  });
}

/**
 * A fall the chart names less closely beside the one it names by what it was from: 'fell approximately 8 feet from a
 * ladder ... Prior to the fall' is W11 (the Index's 'Fall, from, ladder'), the bare 'fall' (W19) that fall said again;
 * 'tripped and fell down the stairs' is a fall on stairs (W10.-), not a fall on the same level (W01.0-), which the
 * tripping read alone gives.
 */
const NAMED_FALL = /^W(?:0[0-9]|1[0-8])/;
const FROM_A_LEVEL = /^W1[0-7]/;
export function foldFallIntoNamedFall(findings: Finding[]): Finding[] {
  const named = findings.filter((f) => NAMED_FALL.test(f.code));
  const levels = named.filter((f) => FROM_A_LEVEL.test(f.code));
  const into = (f: Finding) => (f.code.startsWith('W19') ? named.find((o) => o.code[6] === f.code[6]) : f.code.startsWith('W010') ? levels.find((o) => o.code[6] === f.code[6]) : undefined);
  return findings.filter((f) => {
    const other = into(f);
    if (!other) return true;
    other.evidence.push(...f.evidence);
    return false;
  });
}

export function foldUnplacedInjury(findings: Finding[]): Finding[] {
  const placed = findings.filter((f) => /^(S|T07|T2[0-8]|T3[12])/.test(f.code));
  if (placed.length === 0) return findings;
  const at = (f: Finding) => Math.min(...f.evidence.map((e) => e.start));
  return findings.filter((f) => {
    if (!f.code.startsWith('T14')) return true;
    const nearest = placed.reduce((a, b) => (Math.abs(at(b) - at(f)) < Math.abs(at(a) - at(f)) ? b : a));
    nearest.evidence.push(...f.evidence);
    return false;
  });
}
