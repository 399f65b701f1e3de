import { formatCode } from '../codeset/format';
import type { Evidence, RawCode } from '../types';
import type { Finding } from './assemble';

// Conditions whose code changes when the chart names their organism beside them: sepsis and endocarditis.

/**
 * The sepsis code that names each agent (Index: 'Sepsis, streptococcal, pneumococcal A40.3', 'Sepsis, Escherichia
 * coli A41.51', 'Sepsis, staphylococcal, specified NEC A41.1', 'Sepsis, Gram-negative, specified NEC A41.59'):
 * A40-A41 classify the organism themselves, so the agent codes (B95-B96, 'as the cause of diseases classified
 * elsewhere') are not added to them, nor is 'Sepsis, unspecified organism' (A41.9) kept.
 */
const SEPSIS_BY_AGENT: Record<RawCode, RawCode> = {
  B950: 'A400', B951: 'A401', B953: 'A403', B954: 'A408', B955: 'A409', B952: 'A4181',
  B9561: 'A4101', B9562: 'A4102', B957: 'A411', B958: 'A412',
  B9620: 'A4151', B9629: 'A4151', B963: 'A413', B965: 'A4152', B961: 'A4159', B964: 'A4159', B966: 'A414',
};

/** Characters between the condition and its organism that still read as one phrase ('sepsis secondary to ...'). */
const NEAR = 16;

const isSepsis = (f: Finding) => /^A4[01]/.test(f.code) && (f.context === 'affirmed' || f.context === 'uncertain');

/**
 * 'Klebsiella pneumoniae sepsis', 'sepsis secondary to Staphylococcus hominis': the organism named beside the sepsis
 * is the sepsis's own (A41.59, A41.1), not an agent code beside A41.9. An organism also named elsewhere, away from the
 * sepsis, keeps its agent code for the infection it is the cause of there.
 */
export function foldSepsisOrganism(findings: Finding[]): Finding[] {
  const sepsis = findings.filter(isSepsis);
  if (sepsis.length === 0) return findings;
  const near = (e: Evidence) => sepsis.some((s) => s.evidence.some((n) => e.start < n.end + NEAR && n.start < e.end + NEAR));
  const out = [...findings];
  let named = false;
  for (const agent of findings) {
    const code = SEPSIS_BY_AGENT[agent.code];
    if (!code || agent.context !== 'affirmed' || !agent.evidence.some(near)) continue;
    named = true;
    const existing = out.find((f) => f.code === code);
    const evidence = agent.evidence.filter(near);
    if (existing) existing.evidence.push(...evidence);
    else out.push({ code, evidence, score: Math.max(agent.score, ...sepsis.map((s) => s.score)), context: sepsis[0]!.context, notes: [`the sepsis of the organism named with it (${formatCode('icd10cm', agent.code)})`] });
    if (agent.evidence.every(near)) out.splice(out.indexOf(agent), 1);
  }
  if (!named) return out;
  const unspecified = out.find((f) => f.code === 'A419');
  const specific = out.find((f) => isSepsis(f) && f.code !== 'A419');
  if (unspecified && specific) {
    specific.evidence.push(...unspecified.evidence);
    out.splice(out.indexOf(unspecified), 1);
  }
  return out;
}

/**
 * 'Streptococcus viridans endocarditis', 'endocarditis due to Staphylococcus aureus': an endocarditis with its
 * bacterium is infective ('Endocarditis, streptococcal, staphylococcal, bacterial I33.0'), not the valve-unspecified
 * I38 the word alone gives; the agent code stays beside it (I33 'Use additional code (B95-B97)').
 */
export function foldInfectiveEndocarditis(findings: Finding[]): Finding[] {
  const endocarditis = findings.find((f) => f.code === 'I38');
  if (!endocarditis || findings.some((f) => f.code === 'I330')) return findings;
  const near = (e: Evidence) => endocarditis.evidence.some((n) => e.start < n.end + NEAR && n.start < e.end + NEAR);
  const agent = findings.find((f) => /^B9[56]/.test(f.code) && f.context === 'affirmed' && f.evidence.some(near));
  if (!agent) return findings;
  return findings.map((f) => (f === endocarditis ? { ...f, code: 'I330', notes: [...f.notes, `infective: its bacterium is named (${formatCode('icd10cm', agent.code)})`] } : f));
}
