import type { CodeTable } from '../../src/core/types';

/**
 * Parses the CMS HCPCS Level II alpha-numeric file (HCPC<year>_<month>_ANWEB*.txt), fixed width per the
 * published record layout: HCPC 1-5, sequence number 6-10, record id 11, long description 12-91, short
 * description 92-119 (later columns: pricing, coverage, dates, not kept). Record id 3 starts a procedure,
 * 4 continues its long description; 7 and 8 are the same for a modifier.
 */
export function parseHcpcs(text: string, year: number, fileName: string): { codes: CodeTable; modifiers: CodeTable } {
  const procedures = new Map<string, { long: string; short: string }>();
  const modifiers = new Map<string, { long: string; short: string }>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const code = line.slice(0, 5).trim();
    const recordId = line[10];
    const into = recordId === '3' || recordId === '4' ? procedures : recordId === '7' || recordId === '8' ? modifiers : undefined;
    if (!into || !/^[0-9A-Z]{2,5}$/.test(code) || !/^\d{5}$/.test(line.slice(5, 10))) {
      throw new Error(`codesets: ${fileName} line ${i + 1} does not follow the HCPCS record layout: ${JSON.stringify(line.slice(0, 40))}`);
    }
    const long = line.slice(11, 91).trim();
    const first = recordId === '3' || recordId === '7';
    const entry = into.get(code);
    if (first || !entry) into.set(code, { long, short: line.slice(91, 119).trim() });
    // A continuation line carries only more long description; CMS breaks the text between words.
    else entry.long = `${entry.long} ${long}`;
  });
  const table = (system: 'hcpcs', entries: Map<string, { long: string; short: string }>): CodeTable => ({
    system, year, codes: [...entries.keys()], titles: [...entries.values()].map((e) => e.long.replace(/\s+/g, ' ')),
    shortTitles: [...entries.values()].map((e) => e.short), billable: new Uint8Array(entries.size).fill(1),
  });
  return { codes: table('hcpcs', procedures), modifiers: table('hcpcs', modifiers) };
}
