import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { IndexPart } from '../src/core/codeset/artifact-schemas';
import type { CodeTable } from '../src/core/types';
import type { LocatedFile } from './locate';
import { type AddendaRow, parseAddenda } from './parse/addenda';
import { type ParsedIndex, parseCmIndex } from './parse/cm-index';
import { parseCmOrder } from './parse/cm-order';
import { type ParsedTabular, parseCmTabular } from './parse/cm-tabular';
import { parseHcpcs } from './parse/hcpcs';
import { parsePcsCodes } from './parse/pcs-codes';
import { type PcsDefinition, parsePcsDefinitions } from './parse/pcs-definitions';
import { type PcsTable, parsePcsTables } from './parse/pcs-tables';

/** Everything parsed from the official files, by set and year: what each artifact writer reads. */
export interface ParsedSources {
  codeTables: CodeTable[];
  addenda: { set: CodeTable['system']; year: number; rows: AddendaRow[] }[];
  tabulars: ParsedTabular[];
  indexes: { year: number; part: IndexPart; index: ParsedIndex }[];
  pcsTables: { year: number; tables: PcsTable[] }[];
  pcsDefinitions: { year: number; definitions: PcsDefinition[] }[];
  hcpcsModifiers: CodeTable[];
}

const INDEX_PARTS = { cmIndex: 'index', cmDrug: 'drug', cmNeoplasm: 'neoplasm', cmEindex: 'eindex' } as const;

/** Parses each located official file with the parser its kind names. */
export function parseSources(files: LocatedFile[]): ParsedSources {
  const parsed: ParsedSources = {
    codeTables: [], addenda: [], tabulars: [], indexes: [], pcsTables: [], pcsDefinitions: [], hcpcsModifiers: [],
  };
  for (const { source, file, path } of files) {
    const { set, year } = source;
    const name = basename(path);
    // CMS publishes HCPCS text in Windows-1252; the ICD-10 files are ASCII/UTF-8.
    const text = readFileSync(path, file.kind === 'hcpcs' ? 'latin1' : 'utf8');
    switch (file.kind) {
      case 'cmOrder': parsed.codeTables.push(parseCmOrder(text, year, name)); break;
      case 'pcsCodes': parsed.codeTables.push(parsePcsCodes(text, year, name)); break;
      case 'cmOrderAddenda': case 'pcsAddenda': parsed.addenda.push({ set, year, rows: parseAddenda(text) }); break;
      case 'cmTabular': parsed.tabulars.push(parseCmTabular(text, name)); break;
      case 'cmIndex': case 'cmDrug': case 'cmNeoplasm': case 'cmEindex':
        parsed.indexes.push({ year, part: INDEX_PARTS[file.kind], index: parseCmIndex(text, name) }); break;
      case 'pcsTables': parsed.pcsTables.push({ year, tables: parsePcsTables(text, name).tables }); break;
      case 'pcsDefinitions': parsed.pcsDefinitions.push({ year, definitions: parsePcsDefinitions(text, name).definitions }); break;
      case 'hcpcs': {
        const { codes, modifiers } = parseHcpcs(text, year, name);
        parsed.codeTables.push(codes);
        parsed.hcpcsModifiers.push(modifiers);
        break;
      }
      default: throw new Error(`codesets: no parser for file kind ${String(file.kind satisfies never)}`);
    }
  }
  return parsed;
}
