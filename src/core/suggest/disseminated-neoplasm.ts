import type { Finding } from './assemble';

/**
 * 'Code C80.0, Disseminated malignant neoplasm, unspecified, is for use only in those cases where the patient has
 * advanced metastatic disease and no known primary or secondary sites are specified. It should not be used in place of
 * assigning codes for the primary site and all known secondary sites' (Guidelines I.C.2.t). Where the chart names a
 * site ('prostate adenocarcinoma w/ diffuse osseous metastases': C61, C79.51), C80.0 is dropped.
 */
const SITED_MALIGNANCY = /^(?:C[0-6]|C7[0-9])/;

export function foldDisseminatedIntoSites(findings: Finding[]): Finding[] {
  const disseminated = findings.find((f) => f.code === 'C800');
  if (!disseminated || !findings.some((f) => SITED_MALIGNANCY.test(f.code) && f.context === 'affirmed')) return findings;
  return findings.filter((f) => f !== disseminated);
}
