/**
 * Intoxication and withdrawal by substance (F10-F19), and a patient's noncompliance (Z91.1-), as the Alphabetic Index
 * gives them for the chart's words. The level is the Index's for the substance named alone (use, F1x.9-); a chart that
 * also documents abuse or dependence moves it to that level (Guidelines I.C.5.b.2, substance-use.ts), and a delirium
 * or perceptual disturbance written with the state refines it (substance-details.ts).
 */
export const SUBSTANCE_INDEX: readonly [phrase: string, code: string][] = [
  // 'Intoxication, alcohol (acute) (without dependence) F10.920; with dependence F10.220; with abuse F10.120'; the
  // Spanish-English 'ethylic intoxication' (intoxicación etílica) is the same state.
  ['alcohol intoxication', 'F10920'], ['acute alcohol intoxication', 'F10920'], ['alcoholic intoxication', 'F10920'],
  ['acute alcoholic intoxication', 'F10920'], ['ethanol intoxication', 'F10920'], ['ethylic intoxication', 'F10920'],
  ['acute ethylic intoxication', 'F10920'],
  // 'Intoxication, drug - see Use, drug, by type, with intoxication' (F1x.929): the psychoactive classes of F11-F16,
  // F18. A drug without a psychoactive class ('digoxin intoxication') is its poisoning by the Table of Drugs.
  ['opioid intoxication', 'F11929'], ['opiate intoxication', 'F11929'], ['heroin intoxication', 'F11929'],
  ['cannabis intoxication', 'F12929'], ['marijuana intoxication', 'F12929'],
  ['benzodiazepine intoxication', 'F13929'], ['sedative intoxication', 'F13929'],
  ['cocaine intoxication', 'F14929'],
  ['amphetamine intoxication', 'F15929'], ['methamphetamine intoxication', 'F15929'], ['stimulant intoxication', 'F15929'],
  ['hallucinogen intoxication', 'F16929'], ['lsd intoxication', 'F16929'],
  ['inhalant intoxication', 'F18929'],
  // 'Withdrawal state - see also Use, drug, by type, with withdrawal' (alcohol F10.939 is in index-defaults.ts):
  // opioids F11.93, cannabis F12.93, sedatives and benzodiazepines F13.939, cocaine F14.93, stimulants F15.93;
  // 'Dependence, nicotine, with withdrawal F17.203' (nicotine has no use level).
  ['opioid withdrawal', 'F1193'], ['opiate withdrawal', 'F1193'], ['heroin withdrawal', 'F1193'],
  ['opioid withdrawal syndrome', 'F1193'], ['opiate withdrawal syndrome', 'F1193'],
  ['cannabis withdrawal', 'F1293'],
  ['benzodiazepine withdrawal', 'F13939'], ['benzodiazepine withdrawal syndrome', 'F13939'], ['sedative withdrawal', 'F13939'],
  ['cocaine withdrawal', 'F1493'],
  ['amphetamine withdrawal', 'F1593'], ['stimulant withdrawal', 'F1593'],
  ['nicotine withdrawal', 'F17203'],
  // 'Abuse, tobacco - see Dependence, drug, nicotine'; 'Dependence, tobacco - see Dependence, drug, nicotine' (F17.20-,
  // the product unspecified); 'tobacco use disorder' is the DSM-5 name of the same dependence.
  ['tobacco abuse', 'F17200'], ['tobacco dependence', 'F17200'], ['tobacco use disorder', 'F17200'], ['nicotine abuse', 'F17200'],
  // 'Noncompliance, with, medication regimen NEC Z91.148' (FY2024 split Z91.14 by reason; no reason stated is 'other
  // reason'); 'medical treatment Z91.19-' (unspecified reason Z91.199); 'dietary regimen Z91.11-' (Z91.119); 'renal
  // dialysis Z91.15-' (Z91.158).
  ['noncompliance with medication', 'Z91148'], ['medication noncompliance', 'Z91148'], ['noncompliant with medication', 'Z91148'],
  ['noncompliant with medications', 'Z91148'], ['noncompliance with medications', 'Z91148'], ['medication nonadherence', 'Z91148'],
  ['nonadherence to medication', 'Z91148'], ['poor medication adherence', 'Z91148'],
  ['noncompliance with treatment', 'Z91199'], ['treatment noncompliance', 'Z91199'], ['therapeutic noncompliance', 'Z91199'],
  ['nonadherence to treatment', 'Z91199'], ['poor adherence to treatment', 'Z91199'],
  ['non-compliance with medication', 'Z91148'], ['medication non-compliance', 'Z91148'], ['non-adherence to medication', 'Z91148'],
  ['therapeutic non-compliance', 'Z91199'], ['non-compliance with treatment', 'Z91199'], ['non-adherence to treatment', 'Z91199'],
  ['noncompliance with diet', 'Z91119'], ['dietary noncompliance', 'Z91119'],
  ['noncompliant with diet', 'Z91119'], ['nonadherent to diet', 'Z91119'], ['nonadherence to diet', 'Z91119'],
  ['non-compliant with diet', 'Z91119'], ['non-compliance with diet', 'Z91119'], ['diet noncompliance', 'Z91119'],
  ['noncompliance with dialysis', 'Z91158'], ['noncompliance with renal dialysis', 'Z91158'],
];
