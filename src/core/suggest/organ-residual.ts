import type { Finding } from './assemble';

/**
 * An organ's residual code beside a disorder of that organ the chart names: 'thyroid disease' (E07.9 'Disorder of
 * thyroid, unspecified') in a note that names the Graves' disease (E05.00) is that disease, not a second one. The
 * residual is coded only when no other disorder of the organ is found; its evidence joins the named one.
 */
const ORGAN_RESIDUAL: readonly [residual: string, organ: RegExp][] = [['E079', /^E0[0-7]/]];

export function foldOrganResidual(findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    const organ = ORGAN_RESIDUAL.find(([residual]) => residual === f.code)?.[1];
    const named = organ && findings.find((o) => o !== f && o.code !== f.code && organ.test(o.code) && o.context === 'affirmed');
    if (!named) return true;
    named.evidence.push(...f.evidence);
    return false;
  });
}
