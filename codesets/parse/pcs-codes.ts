import type { CodeTable } from '../../src/core/types';

/**
 * Parses the ICD-10-PCS codes file (icd10pcs_codes_<year>.txt): per line a 7-character code, a space and
 * the long title. Every code in it is valid for submission; the file has no short titles or headers.
 */
export function parsePcsCodes(text: string, year: number, fileName: string): CodeTable {
  const codes: string[] = [];
  const titles: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const code = line.slice(0, 7);
    if (!/^[0-9A-HJ-NP-Z]{7}$/.test(code) || line[7] !== ' ') {
      throw new Error(`codesets: ${fileName} line ${i + 1} is not "code title": ${JSON.stringify(line.slice(0, 40))}`);
    }
    codes.push(code);
    titles.push(line.slice(8).trim());
  });
  return {
    system: 'icd10pcs', year, codes, titles, shortTitles: codes.map(() => ''), billable: new Uint8Array(codes.length).fill(1),
  };
}
