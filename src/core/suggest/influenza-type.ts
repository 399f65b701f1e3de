import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/**
 * Influenza whose virus the chart identifies ('influenza A', 'flu B', 'H1N1', 'positive influenza A PCR') is J10.- 'due
 * to other identified influenza virus', not J11.- 'due to unidentified influenza virus' (Guidelines I.C.10.c: code
 * only confirmed influenza; the type named is the identification). Novel and avian strains are J09.X- and are left to
 * their own words. Each J11 code has its J10 twin of the same last characters, but for J11.0- 'with pneumonia' whose
 * J10.01 (pneumonia by the same virus) needs the chart to say so.
 */
const IDENTIFIED = /\b(?:[Ii]nfluenza|INFLUENZA|[Ff]lu|FLU)[\s-]+(?:type[\s-]+)?[AB]\b|\bH[13]N[12]\b/;
const NOVEL = /\b(?:novel|avian|bird|H5N1|H7N9)\b/i;

export function withInfluenzaType(text: string, view: CodeTableView, findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.code.startsWith('J11')) || !IDENTIFIED.test(text) || NOVEL.test(text)) return findings;
  return findings.map((f) => {
    if (!f.code.startsWith('J11')) return f;
    const twin = `J10${f.code.slice(3)}`;
    if (view.indexOf(twin) === undefined) return f;
    return { ...f, code: twin, notes: [...f.notes, 'influenza A or B named: an identified influenza virus (J10.-)'] };
  });
}
