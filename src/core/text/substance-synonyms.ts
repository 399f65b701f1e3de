/**
 * The amphetamines by the names US notes give them. The Index sends them to the stimulants: 'Abuse, amphetamine (or
 * related substance) - see Abuse, drug, stimulant NEC' (F15.1-), 'Dependence, amphetamine(s) (type) - see Dependence,
 * drug, stimulant NEC' (F15.2-), 'Use, amphetamines' (F15.9-); DSM-5's 'amphetamine-type substance use disorder' is
 * the inclusion term of F15.10/F15.20 by its severity. 'Methamphetamine use disorder, severe' is thus F15.20 and 'meth
 * abuse' F15.10. Only the level phrases are read so: the drug alone stays itself for the Table of Drugs
 * ('methamphetamine overdose' T43.621A). Joined into the chart synonyms (chart-synonyms.ts).
 */
const DRUG_NAMES = ['methamphetamine', 'amphetamine', 'meth', 'crystal meth', 'methamphetamines', 'amphetamines'];

const levels: [string, string][] = [];
for (const name of DRUG_NAMES) {
  levels.push(
    [`${name} use disorder`, 'amphetamine type substance use disorder'],
    [`${name} abuse`, 'stimulant abuse'],
    [`${name} dependence`, 'stimulant dependence'],
    [`${name} use`, 'stimulant use'],
  );
}

/**
 * DSM-5's 'stimulant use disorder' with its severity is F15.1-/F15.2- ('Other or unspecified stimulant use disorder,
 * mild' is an inclusion term of F15.10, beside the amphetamine-type one); the bare 'stimulant use' of the level words
 * would otherwise read it as use (F15.90).
 */
export const SUBSTANCE_SYNONYMS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(levels),
  'stimulant use disorder': 'amphetamine type substance use disorder',
};
