import type { CodeTableView } from '../search/code-table-view';
import type { ChartReading } from './chart-reading';
import type { Mention } from './find-mentions';

/**
 * A sentence that reports tests for infections, all negative: 'Serology for hepatotropic virus, HIV, Toxoplasma,
 * cytomegalovirus, Salmonella, Brucella ... was negative'. The list is longer than a trigger's reach, but every agent
 * it names was looked for and not found. A sentence with any positive result is left to the word-by-word rules.
 */
const TEST_REPORT = /^\W*(?:\S+\s+){0,3}?(?:serolog\w*|cultures?|PCR|antibod(?:y|ies)|antigens?|screening|immunoassays?)\b/i;
const NEGATIVE = /\bnegative\b/i;
const POSITIVE = /\bpositiv\w*|\breactive\b|\bdetected\b(?<!\bnot detected\b)/i;

/** Infections and their agents (chapter 1, A00-B99): what serologies and cultures look for. */
const INFECTION = /^[AB]/;

/** The mentions with those of an infection in an all-negative test report negated, the reason kept. */
export function negateNegativeTestReports(text: string, reading: ChartReading, view: CodeTableView, mentions: Mention[]): Mention[] {
  if (!NEGATIVE.test(text)) return mentions;
  const negative = reading.sentences.filter((s) => {
    const words = text.slice(s.start, s.end);
    return TEST_REPORT.test(words) && NEGATIVE.test(words) && !POSITIVE.test(words);
  });
  if (negative.length === 0) return mentions;
  return mentions.map((m) =>
    m.decision === 'affirmed' && INFECTION.test(view.table.codes[m.codeIndex]!) && negative.some((s) => s.start <= m.start && m.end <= s.end)
      ? { ...m, decision: 'negated', trigger: 'a test report whose results are all negative' }
      : m,
  );
}

/** Contact with or exposure to a communicable disease (Z20.-): what a test after it looks for. */
const EXPOSURE = /^Z20/;

/**
 * 'Exposure to COVID-19, test negative': a negative test after an exposure says the disease was not found, not that
 * the exposure did not happen; the exposure is coded (Z20.822, Guidelines I.C.1.g.1.e: 'a negative test result ...
 * assign Z20.822'). A test result said after the words only ('test negative', 'tested negative').
 */
export function keepExposureBeforeNegativeTest(text: string, view: CodeTableView, mentions: Mention[]): Mention[] {
  return mentions.map((m) =>
    m.decision === 'negated' && EXPOSURE.test(view.table.codes[m.codeIndex]!) && m.triggerStart !== undefined && m.triggerStart >= m.end &&
    /^\W*(?:(?:\w+\s+){0,2}?(?:test|tests|tested|testing|swab|pcr|result)\w*\s+(?:was\s+|is\s+|came back\s+|returned\s+)?)negative\b/i.test(text.slice(m.end, m.end + 60))
      ? { ...m, decision: 'affirmed', trigger: undefined, triggerStart: undefined }
      : m,
  );
}
