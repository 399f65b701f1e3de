import * as z from 'zod';
import { numbers, strings } from '../codeset/artifact-schemas';

/** Bump when core extraction or the layout changes. */
export const CONCEPT_FORMAT_VERSION = 1;

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
  })
  .refine((a) => a.anchors.length === a.others.length && a.others.length === a.codes.length, 'concept arrays differ in length');
export type ConceptArtifact = z.infer<typeof ConceptArtifact>;
