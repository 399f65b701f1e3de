import type { RawCode } from '../types';
import type { Finding } from './assemble';

/**
 * The pneumonia code that names each agent (Index: 'Pneumonia, Hemophilus influenzae J14', 'pneumococcal J13',
 * 'Klebsiella J15.0', 'Pseudomonas J15.1', 'staphylococcal, aureus, methicillin resistant J15.212', 'Escherichia coli
 * J15.5', 'streptococcal, group B J15.3', 'Mycoplasma pneumoniae J15.7'): J12-J16 classify the organism themselves, so
 * the agent code (B95-B96) is not added to them, nor is the pneumonia of unspecified organism (J18.-) kept.
 */
const PNEUMONIA_BY_AGENT: Record<RawCode, RawCode> = {
  B963: 'J14', B953: 'J13', B961: 'J150', B965: 'J151', B9561: 'J15211', B9562: 'J15212', B957: 'J1529', B958: 'J1529',
  B9620: 'J155', B9629: 'J155', B951: 'J153', B950: 'J154', B954: 'J154', B955: 'J154', B960: 'J157', B964: 'J156',
};

/** Infections of other sites an agent named away from the pneumonia may be the cause of (B95-B97 'as the cause of'). */
const OTHER_INFECTION = /^(?:N39|N1[0-2]|N30|N34|N41|N45|N70|N73|L0[0-8]|K65|K81|K75|T8[1-5]|J0[0-6]|J2[0-2]|J85|J86|I33|G0[0-4]|H10|H66|M00|M86)/;

/** Characters between the pneumonia and its organism that still read as one phrase ('pneumonia of right lower lobe due to'). */
const NEAR = 40;

/**
 * 'Pneumonia of right lower lobe due to Haemophilus influenzae': the organism named beside the pneumonia is the
 * pneumonia's own (J14), not an agent code beside J18.9. An organism also named elsewhere, away from the pneumonia,
 * keeps its agent code for what it causes there.
 */
export function foldPneumoniaOrganism(findings: Finding[], text: string): Finding[] {
  const folded = namedBeside(ofSepsisWords(findings, text), text);
  // An agent whose own pneumonia is on the list ('Pneumonia due to Haemophilus influenzae. Sputum grew Haemophilus
  // influenzae') is that pneumonia's, where no other infection may be its.
  if (folded.some((f) => f.context === 'affirmed' && OTHER_INFECTION.test(f.code))) return folded;
  return folded.filter((f) => {
    const own = PNEUMONIA_BY_AGENT[f.code] && folded.find((o) => o.code === PNEUMONIA_BY_AGENT[f.code]);
    if (!own) return true;
    own.evidence.push(...f.evidence);
    return false;
  });
}

/** The pneumonia of unspecified organism with the agent named beside it, as the agent's pneumonia (see above). */
function namedBeside(findings: Finding[], text: string): Finding[] {
  const pneumonia = findings.find((f) => /^J18[0189]$/.test(f.code) && f.context === 'affirmed');
  if (!pneumonia) return findings;
  const near = (start: number, end: number) =>
    pneumonia.evidence.some((p) => start < p.end + NEAR && p.start < end + NEAR && !/[.;]/.test(text.slice(Math.min(p.end, end), Math.max(p.start, start))));
  const agent = findings.find((f) => PNEUMONIA_BY_AGENT[f.code] && f.context === 'affirmed' && f.evidence.some((e) => near(e.start, e.end)));
  if (!agent) return findings;
  const code = PNEUMONIA_BY_AGENT[agent.code]!;
  const named: Finding = {
    ...pneumonia,
    code,
    evidence: [...pneumonia.evidence, ...agent.evidence.filter((e) => near(e.start, e.end))],
    notes: [...pneumonia.notes, 'the organism named beside the pneumonia is its own (J12-J16)'],
  };
  // Named away from it too ('sputum grew Haemophilus influenzae'), the agent is still the pneumonia's unless the chart
  // has another infection it may cause ('urine culture grew E. coli' beside a cystitis).
  const other = findings.some((f) => f !== pneumonia && f.context === 'affirmed' && OTHER_INFECTION.test(f.code));
  const away = other ? agent.evidence.filter((e) => !near(e.start, e.end)) : [];
  return [
    ...findings.filter((f) => f !== pneumonia && f !== agent && f.code !== code),
    named,
    ...(away.length > 0 ? [{ ...agent, evidence: away }] : []),
  ];
}

/** The pneumonia code of the organism a sepsis code names (the same Index entries as PNEUMONIA_BY_AGENT). */
const PNEUMONIA_BY_SEPSIS: Record<RawCode, RawCode> = {
  A403: 'J13', A413: 'J14', A4101: 'J15211', A4102: 'J15212', A4152: 'J151', A4151: 'J155', A401: 'J153', A400: 'J154',
};
/** A sepsis phrase that ends on its organism's word ('Septic shock 2/2 pneumococcal'). */
const ENDS_ON_ORGANISM = /(?:coccal|cocci|coccus|pneumoniae|influenzae|aureus|coli|pseudomonas|mrsa|mssa)$/i;

/**
 * 'Septic shock 2/2 pneumococcal pneumonia': the sepsis read its organism from the words that go on to name the
 * pneumonia ('Sepsis, pneumococcal A40.3'), leaving 'pneumonia' alone (J18.9); the organism is the pneumonia's too
 * ('Pneumonia, pneumococcal J13').
 */
function ofSepsisWords(findings: Finding[], text: string): Finding[] {
  const named = findings.map((f) => {
    if (!/^J18[0189]$/.test(f.code) || f.context !== 'affirmed') return f;
    const sepsis = findings.find((s) => PNEUMONIA_BY_SEPSIS[s.code] && s.evidence.some((e) => f.evidence.some((p) =>
      e.end <= p.start && /^\s+$/.test(text.slice(e.end, p.start)) && ENDS_ON_ORGANISM.test(text.slice(e.start, e.end)))));
    return sepsis ? { ...f, code: PNEUMONIA_BY_SEPSIS[sepsis.code]!, notes: [...f.notes, 'the organism the sepsis is named for is the pneumonia\'s, in the same words (J12-J16)'] } : f;
  });
  // The pneumonia already read with its organism elsewhere takes the words: one finding per code.
  return named.filter((f) => {
    const first = named.find((o) => o.code === f.code)!;
    if (first === f) return true;
    first.evidence.push(...f.evidence);
    return false;
  });
}
