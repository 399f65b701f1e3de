import * as z from 'zod';
import { CodeSetName } from '../src/core/codeset/artifact-schemas';
import sourcesJson from './sources.json';

/** What each official file is, which picks its parser. */
export const FileKind = z.enum([
  'cmOrder', 'cmOrderAddenda', 'cmTabular', 'cmIndex', 'cmDrug', 'cmNeoplasm', 'cmEindex',
  'pcsCodes', 'pcsAddenda', 'pcsTables', 'pcsDefinitions', 'hcpcs',
]);
export type FileKind = z.infer<typeof FileKind>;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/).nullable();

export const SourceFile = z
  .object({
    /** Accepted file names, the official one first; or a pattern where the name changes each quarter. */
    names: z.array(z.string()).min(1).optional(),
    pattern: z.string().optional(),
    kind: FileKind,
    sha256,
    /** Overrides the source's `required` for this file. */
    required: z.boolean().optional(),
  })
  .refine((f) => (f.names === undefined) !== (f.pattern === undefined), 'give either names or pattern');
export type SourceFile = z.infer<typeof SourceFile>;

export const Source = z.object({
  id: z.string(),
  set: CodeSetName,
  year: z.number().int(),
  required: z.boolean(),
  title: z.string(),
  page: z.string().url().optional(),
  download: z.object({ url: z.string().url(), file: z.string(), sha256 }).optional(),
  files: z.array(SourceFile).min(1),
});
export type Source = z.infer<typeof Source>;

export const Sources = z.object({ sources: z.array(Source) });

/** codesets/sources.json, validated (imported, so that esbuild bundles it into the build step). */
export function readSources(): Source[] {
  const parsed = Sources.safeParse(sourcesJson);
  if (!parsed.success) throw new Error(`codesets: sources.json is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data.sources;
}
