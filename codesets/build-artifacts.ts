import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Catalog, FORMAT_VERSION } from '../src/core/codeset/artifact-schemas';
import { addendaColumns, codeColumns, codeColumnsAgainst, indexColumns, modifierColumns, tabularColumns } from './encode-tables';
import { pcsColumns, pcsDefinitionColumns } from './encode-pcs';
import { type LocateOptions, locateSources } from './locate';
import { type ParsedSources, parseSources } from './parse-sources';
import { type ArtifactWriter, createArtifactWriter } from './write-artifacts';

/** Writes one family of artifacts from the parsed sources. Adding an artifact is adding one of these to WRITERS. */
export type WriteArtifacts = (parsed: ParsedSources, writer: ArtifactWriter) => void;

export const WRITERS: WriteArtifacts[] = [
  function writeCodeTables(parsed, writer) {
    for (const t of parsed.codeTables) {
      const key = { set: t.system as 'icd10cm', year: t.year, table: 'codes' } as const;
      const newest = parsed.codeTables.filter((n) => n.system === t.system).reduce((a, b) => (b.year > a.year ? b : a));
      const { rows, short, meta } = newest === t ? { ...codeColumns(t), meta: undefined } : codeColumnsAgainst(t, newest);
      writer.writeCodes(key, rows, meta);
      if (short) writer.writeTable({ ...key, table: 'shortTitles' }, short);
    }
    for (const t of parsed.hcpcsModifiers) writer.writeTable({ set: 'hcpcs', year: t.year, table: 'modifiers' }, modifierColumns(t));
    for (const a of parsed.addenda) writer.writeTable({ set: a.set as 'icd10cm', year: a.year, table: 'addenda' }, addendaColumns(a.rows));
  },
  function writeTabular(parsed, writer) {
    for (const tabular of parsed.tabulars) {
      const { nodes, notes, seventh, skeleton, ruleNotes } = tabularColumns(tabular);
      const key = { set: 'icd10cm', year: tabular.year } as const;
      writer.writeTable({ ...key, table: 'tabularNodes' }, nodes);
      writer.writeTable({ ...key, table: 'tabularNotes' }, notes);
      writer.writeTable({ ...key, table: 'tabularSeventh' }, seventh);
      writer.writeTable({ ...key, table: 'tabularSkeleton' }, skeleton);
      writer.writeTable({ ...key, table: 'tabularRuleNotes' }, ruleNotes);
    }
  },
  function writeIndexes(parsed, writer) {
    for (const { year, part, index } of parsed.indexes) {
      const { columns, meta } = indexColumns(index);
      writer.writeTable({ set: 'icd10cm', year, table: 'indexTerms', part }, columns, meta);
    }
  },
  function writePcs(parsed, writer) {
    for (const { year, tables } of parsed.pcsTables) {
      const { tables: t, rows, labels } = pcsColumns(tables);
      writer.writeTable({ set: 'icd10pcs', year, table: 'pcsTables' }, t);
      writer.writeTable({ set: 'icd10pcs', year, table: 'pcsRows' }, rows);
      writer.writeTable({ set: 'icd10pcs', year, table: 'pcsLabels' }, labels);
    }
    for (const { year, definitions } of parsed.pcsDefinitions) {
      writer.writeTable({ set: 'icd10pcs', year, table: 'pcsDefinitions' }, pcsDefinitionColumns(definitions));
    }
  },
];

export interface BuildOptions extends LocateOptions {
  outDir: string;
  log: (line: string) => void;
  /** Rebuild even when the stamp says the sources are unchanged. */
  force?: boolean;
}

/** Identifies what the artifacts were built from: format version, this builder's code, and every source's sha256. */
function stampOf(sources: Record<string, string>): string {
  const builder = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');
  return JSON.stringify({ formatVersion: FORMAT_VERSION, builder, sources }, null, 1);
}

/**
 * Builds dist/data from the official files: locates and checks them, parses them once, runs every
 * writer, and writes catalog.json. Skips all of it when stamp.json shows the same sources and builder.
 * Returns the catalog, and the parsed sources when a build ran.
 */
export async function buildArtifacts(options: BuildOptions): Promise<{ catalog: Catalog; parsed?: ParsedSources }> {
  const { outDir, log } = options;
  const started = performance.now();
  const located = await locateSources({ ...options, log });
  const sources = Object.fromEntries(located.map((f) => [f.path.split(/[\\/]/).pop()!, f.sha256]));
  const stamp = stampOf(sources);
  const stampPath = join(outDir, 'stamp.json');
  const catalogPath = join(outDir, 'catalog.json');
  if (!options.force && existsSync(stampPath) && existsSync(catalogPath) && readFileSync(stampPath, 'utf8') === stamp) {
    log(`codesets: artifacts in ${outDir} are up to date`);
    return { catalog: JSON.parse(readFileSync(catalogPath, 'utf8')) as Catalog };
  }
  rmSync(outDir, { recursive: true, force: true });
  const parsed = parseSources(located);
  const writer = createArtifactWriter(outDir);
  for (const write of WRITERS) write(parsed, writer);
  const catalog = writer.finish(sources);
  writeFileSync(stampPath, stamp);
  const bytes = catalog.artifacts.reduce((n, a) => n + a.bytes, 0);
  log(`codesets: wrote ${catalog.artifacts.length} artifacts (${(bytes / 1e6).toFixed(1)} MB) to ${outDir} in ${Math.round(performance.now() - started)} ms`);
  return { catalog, parsed };
}
