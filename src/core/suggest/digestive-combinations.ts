import type { RawCode } from '../types';
import type { CombinationRule } from './bile-duct-calculus';

/** Gastric, duodenal, peptic and gastrojejunal ulcers (K25-K28), by their 4th character. */
const ULCER = /^K2[5-8][0-9]$/;
/** The ulcer's 4th character once a hemorrhage is added: acute 3 -> 0, acute perforated 1 -> 2, chronic or unspecified 7/9 -> 4, perforated 5 -> 6. */
const WITH_HEMORRHAGE: Record<string, string> = { '3': '0', '1': '2', '7': '4', '9': '4', '5': '6' };
/** Hematemesis, melena and unspecified gastrointestinal hemorrhage: the bleeding a chart names without its source. */
const GI_HEMORRHAGE = /^K92[012]$/;

/** Intestinal obstruction whose cause is not named (K56.60-, K56.69-), and its partial / complete / unspecified axis. */
const OBSTRUCTION: Record<RawCode, string> = { K56600: '1', K56601: '2', K56609: '0', K56690: '1', K56691: '2', K56699: '0' };

/** Calculus of gallbladder joined with its cholecystitis, alone (K80.0-, K80.1-) or with a bile duct stone (K80.4-, K80.6-). */
const JOINED_GALLBLADDER = /^K80[0146]\d$/;

/**
 * Digestive combinations the Index lists with 'with', presumed linked (Guidelines I.A.15) unless the chart says
 * otherwise.
 */
export const DIGESTIVE_COMBINATION_RULES: CombinationRule[] = [
  {
    // 'Ulcer, duodenum, acute, with hemorrhage K26.0'; K92.0-K92.2 Excludes1 peptic ulcer with hemorrhage: the melena
    // or the 'upper GI bleed' of a chart whose EGD finds the ulcer is that ulcer's bleeding, not a second code.
    why: 'a peptic ulcer with a gastrointestinal hemorrhage is the ulcer with hemorrhage (K25-K28); K92.0-K92.2 exclude it',
    match(codes) {
      // The ulcer the chart says most of ('acute duodenal ulcer' over 'peptic ulcer disease' read as K26.9): its
      // unspecified readings of the same category go with it.
      const ulcers = codes.filter((c) => ULCER.test(c) && WITH_HEMORRHAGE[c[3]!] !== undefined);
      const ulcer = ulcers.find((c) => !c.endsWith('9')) ?? ulcers[0];
      const bleeding = codes.filter((c) => GI_HEMORRHAGE.test(c));
      if (!ulcer || bleeding.length === 0 || codes.some((c) => ULCER.test(c) && /[0246]$/.test(c))) return undefined;
      const same = ulcers.filter((c) => c.slice(0, 3) === ulcer.slice(0, 3));
      return { replace: [...same, ...bleeding], by: `${ulcer.slice(0, 3)}${WITH_HEMORRHAGE[ulcer[3]!]}`, keep: [] };
    },
  },
  {
    // 'Obstruction, intestine, due to adhesions (bands) K56.50' (partial K56.51, complete K56.52); K66.0 Excludes1
    // adhesions with intestinal obstruction.
    why: 'an intestinal obstruction with peritoneal adhesions is the adhesions with obstruction (K56.5-); K66.0 excludes it',
    match(codes) {
      // 'Complete SBO' over the admission's plain 'small bowel obstruction': the one that says its kind.
      const obstructions = codes.filter((c) => OBSTRUCTION[c] !== undefined);
      const obstruction = obstructions.find((c) => OBSTRUCTION[c] !== '0') ?? obstructions[0];
      const adhesions = codes.filter((c) => c === 'K660' || /^K565[012]$/.test(c));
      if (!obstruction || adhesions.length === 0) return undefined;
      const kind = OBSTRUCTION[obstruction] !== '0' ? OBSTRUCTION[obstruction] : (adhesions.find((c) => c !== 'K660')?.[4] ?? '0');
      return { replace: [...obstructions, ...adhesions], by: `K565${kind}`, keep: [] };
    },
  },
  {
    // 'Acute cholecystitis with cholelithiasis' already read as K80.00: the operative findings' 'multiple gallstones'
    // are those stones, not a second calculus without cholecystitis (K80.2-).
    why: 'the gallbladder stones of a calculus already coded with its cholecystitis are that code, not K80.2- without cholecystitis',
    match(codes) {
      const joined = codes.find((c) => JOINED_GALLBLADDER.test(c));
      const plain = codes.find((c) => /^K802[01]$/.test(c));
      if (!joined || !plain) return undefined;
      const by = plain === 'K8021' && /[02468]$/.test(joined) ? `${joined.slice(0, 4)}${Number(joined[4]) + 1}` : joined;
      return { replace: [plain, joined], by, keep: [] };
    },
  },
  {
    // 'Recurrent right inguinal hernia' in the diagnosis, 'indirect inguinal hernia' in the findings: one hernia, whose
    // recurrence the 5th character of K40 and K41 tells (0 not specified as recurrent, 1 recurrent).
    why: 'an inguinal or femoral hernia said recurrent anywhere is the recurrent code, not also the one not specified as recurrent',
    match(codes) {
      const recurrent = codes.find((c) => /^K4[01]\d1$/.test(c));
      const plain = recurrent && codes.find((c) => c === `${recurrent.slice(0, 4)}0`);
      if (!recurrent || !plain) return undefined;
      return { replace: [plain, recurrent], by: recurrent, keep: [] };
    },
  },
  {
    // The endoscopist's 'Gastritis' and the pathologist's 'chronic active gastritis' are one gastritis, coded by its
    // kind (K29.0-K29.6); with bleeding said of either (the 5th character 1), the kind's code with bleeding.
    why: 'a gastritis of no kind beside a gastritis of a named kind is that one (K29.7- folded into K29.0-K29.6)',
    match(codes) {
      const plain = codes.filter((c) => /^K297[01]$/.test(c));
      const kind = codes.find((c) => /^K29[0-6][01]$/.test(c));
      if (plain.length === 0 || !kind) return undefined;
      const bleeding = [...plain, kind].some((c) => c.endsWith('1'));
      return { replace: [...plain, kind], by: `${kind.slice(0, 4)}${bleeding ? '1' : '0'}`, keep: [] };
    },
  },
  {
    // K35.30 to K35.33 each say what the one before says and more (gangrene, then perforation, then abscess): the
    // 'perforated gangrenous appendicitis' of the findings and the 'periappendiceal abscess' are one appendicitis.
    why: 'an acute appendicitis with localized peritonitis is coded once, by all the chart says of it (the highest of K35.30-K35.33)',
    match(codes) {
      const localized = codes.filter((c) => /^K353[0-3]$/.test(c)).sort();
      if (localized.length < 2) return undefined;
      return { replace: localized, by: localized[localized.length - 1]!, keep: [] };
    },
  },
  {
    // 'Perforated sigmoid diverticulitis' read twice, once by its site (K57.20) and once by the words 'perforated
    // diverticulitis' (K57.80, part unspecified): one diverticulitis, coded at the part the chart names.
    why: 'a diverticulitis or diverticulosis of no named part beside one of a named part is that one (K57.8-, K57.9- folded)',
    match(codes) {
      const itisSited = codes.some((c) => /^K57(?:[024][01]|[135][23])$/.test(c));
      const osisSited = codes.some((c) => /^K57[135][01]$/.test(c));
      const siteless = codes.filter((c) => (itisSited && /^K57(?:8[01]|9[23])$/.test(c)) || (osisSited && /^K579[01]$/.test(c)));
      const sited = codes.find((c) => /^K57[0-5]\d$/.test(c));
      if (siteless.length === 0 || !sited) return undefined;
      return { replace: siteless, by: sited, keep: [] };
    },
  },
  {
    // 'Varix, esophagus, in (due to) alcoholic liver disease, cirrhosis of liver, portal hypertension, schistosomiasis,
    // toxic liver disease I85.1-', 'in' presumed to link them (Guidelines I.A.15); I85.1 says to code the underlying
    // disease first, which stays.
    why: 'esophageal varices in a liver disease or portal hypertension are secondary varices (I85.1-), after the disease',
    match(codes) {
      const varices = codes.find((c) => /^I850[01]$/.test(c));
      const disease = codes.filter((c) => /^(?:K70|K71|K74[3-6]|K766|B65)/.test(c));
      if (!varices || disease.length === 0) return undefined;
      return { replace: [varices], by: `I851${varices[4]}`, keep: disease };
    },
  },
];
