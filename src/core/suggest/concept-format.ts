// zod/mini as the other artifact schemas (see zod-problem): classic zod, imported here alone, was initialized before
// the first chart and made the background bundle a tenth larger (more to compile at every cold start).
import * as z from 'zod/mini';
import { numbers, strings } from '../codeset/artifact-schemas';

/** Bump when core extraction or the layout changes. */
export const CONCEPT_FORMAT_VERSION = 2;

/** The concept dictionary as stored: parallel arrays, one entry per concept. */
export const ConceptArtifact = z
  .object({
    formatVersion: z.literal(CONCEPT_FORMAT_VERSION),
    /** Each concept's rarest core term: the one looked up first when reading a sentence. */
    anchors: strings,
    /** The other core terms, space-separated. */
    others: strings,
    /** Index of the code in its CodeTable. */
    codes: numbers,
    /**
     * The set's search index, as far as the concepts' weights need it: its document count, and how many documents
     * hold each concept term it holds (`dfTerms[i]` in `df[i]`). Stored at build time so that the first chart is read
     * without loading the search postings.
     */
    docCount: z.int().check(z.positive()),
    dfTerms: strings,
    df: numbers,
  })
  .check(
    z.refine((a) => a.anchors.length === a.others.length && a.others.length === a.codes.length, 'concept arrays differ in length'),
    z.refine((a) => a.dfTerms.length === a.df.length, 'document frequency arrays differ in length'),
  );
export type ConceptArtifact = z.infer<typeof ConceptArtifact>;
/** The concepts alone, as built from a code table, before the search index's frequencies are added. */
export type ConceptList = Pick<ConceptArtifact, 'formatVersion' | 'anchors' | 'others' | 'codes'>;
