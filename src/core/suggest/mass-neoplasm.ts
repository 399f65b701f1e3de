import type { Finding } from './assemble';

/**
 * An organ's mass (mass-index.ts: 'Mass, specified organ NEC - see Disease, by site') and the neoplasm codes of that
 * organ in the Table of Neoplasms, every behavior: the bladder's N32.89 and C67, D09.0, D30.3, D41.4, D49.4.
 */
const MASS_ORGAN: readonly [mass: RegExp, neoplasm: RegExp][] = [
  [/^N3289$/, /^(?:C67|D090|D303|D414|D494)/],
  [/^K8689$/, /^(?:C25|D136|D137|D377|D490)/],
  [/^E278$/, /^(?:C74|C797|D350|D441|D497)/],
  [/^N838$/, /^(?:C56|D27|D391|D4959)/],
  [/^N858$/, /^(?:C54|C55|D25|D26|D390|D4959)/],
  [/^K118$/, /^(?:C07|C08|D11|D370|D490)/],
  [/^N402$/, /^(?:C61|D075|D400|D4959)/],
  [/^J9859$/, /^(?:C38[1-3]|C781|C8[1-6]|D153|D382)/],
  // 'Lesion, liver K76.89' and 'Lesion, lung J98.4': 'multiple hepatic lesions c/w liver metastases' are the
  // metastases (C78.7), 'RUL lung lesion ... biopsy: adenocarcinoma' the cancer.
  [/^K7689$/, /^(?:C22|C787|D015|D134|D376|D490)/],
  [/^J984$/, /^(?:C34|C780|D022|D143|D381|D491)/],
];

/** The finding was read from words that name a mass, not a disorder of its own ('bladder mass', not 'neurogenic bladder'). */
const MASS_WORDS = /\b(?:mass|masses|nodule|nodules|lump|lesion|lesions|incidentaloma)\b/i;

/**
 * A mass of an organ that the chart names as a neoplasm of that organ, anywhere in it ('Bladder mass ... TURBT showed
 * urothelial carcinoma'): the mass was how the neoplasm presented (Guidelines I.B.5, a sign of the established
 * diagnosis), so only the neoplasm is coded; the mass's evidence joins it.
 */
export function foldMassIntoNeoplasm(findings: Finding[], text: string): Finding[] {
  return findings.filter((f) => {
    const organ = MASS_ORGAN.find(([mass]) => mass.test(f.code))?.[1];
    if (!organ || !f.evidence.some((e) => MASS_WORDS.test(text.slice(e.start, e.end)))) return true;
    const neoplasm = findings.find((o) => o !== f && o.context !== 'uncertain' && organ.test(o.code));
    if (!neoplasm) return true;
    neoplasm.evidence.push(...f.evidence);
    return false;
  });
}
