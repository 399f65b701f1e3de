import type { CodeTable } from '../../src/core/types';

/**
 * Parses an ICD-10-CM order file (icd10cm_order_<year>.txt). Fixed width, per the official
 * icd10OrderFiles.pdf: columns 1-5 order number, 7-13 code, 15 billable flag (1 = valid for
 * submission, 0 = header), 17-76 short description, 78- long description.
 */
export function parseCmOrder(text: string, year: number, fileName: string): CodeTable {
  const codes: string[] = [];
  const titles: string[] = [];
  const shortTitles: string[] = [];
  const flags: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const code = line.slice(6, 13).trim();
    const flag = line[14];
    if (!/^\d{5}$/.test(line.slice(0, 5)) || !/^[A-Z][0-9A-Z]{2,6}$/.test(code) || (flag !== '0' && flag !== '1')) {
      throw new Error(`codesets: ${fileName} line ${i + 1} does not follow the order file layout: ${JSON.stringify(line.slice(0, 40))}`);
    }
    codes.push(code);
    flags.push(flag === '1' ? 1 : 0);
    shortTitles.push(line.slice(16, 76).trim());
    titles.push(line.slice(77).trim());
  });
  return { system: 'icd10cm', year, codes, titles, shortTitles, billable: Uint8Array.from(flags) };
}
