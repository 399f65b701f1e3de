import type { Finding } from './assemble';

/**
 * A 'boil' is the patient's word (Index: Boil - see Furuncle); beside the cutaneous abscess of the same site that the
 * provider diagnoses (CC '"Boil" on L thigh x5 days', A/P 'Cutaneous abscess of L thigh ... s/p I&D'), it is that
 * abscess told in lay words, not a furuncle besides (L02.426 beside L02.416). The furuncle's evidence joins the
 * abscess. A furuncle the provider names ('furuncle', 'furunculosis') stays.
 * L02 codes the lesion in the 5th character (1 abscess, 2 furuncle, 3 carbuncle) and the site around it.
 */
export function foldBoilIntoAbscess(findings: Finding[], text: string): Finding[] {
  return findings.filter((f) => {
    if (!/^L02\d2/.test(f.code) || !f.evidence.every((e) => /^boils?$/i.test(text.slice(e.start, e.end).trim()))) return true;
    const abscess = findings.find((g) => g.code === `${f.code.slice(0, 4)}1${f.code.slice(5)}` && g.context === 'affirmed');
    if (!abscess) return true;
    abscess.evidence.push(...f.evidence);
    return false;
  });
}
