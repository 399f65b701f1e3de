import { readFileSync } from 'node:fs';
import type { Engine } from '../../src/core/engine-types';
import type { Setting } from '../../src/core/types';

/** A US note fixture's text (test/fixtures/charts/us-*.txt). */
export const readNote = (name: string): string => readFileSync(new URL(`../fixtures/charts/${name}`, import.meta.url), 'utf8');

/**
 * What a coder reads off the engine's list for a text: the ICD-10-CM codes in order, the ICD-10-PCS codes, the codes a
 * suggestion's integral-symptom prompt names, and the findings set aside.
 */
export async function codedAs(engine: Engine, text: string, setting: Setting) {
  const result = await engine.suggest(text, { setting });
  const cm = result.suggestions.filter((s) => s.set === 'icd10cm');
  const integral = (code: string) => cm.find((s) => s.code === code)?.prompts.find((p) => p.kind === 'integral')?.codes ?? [];
  return {
    codes: cm.map((s) => s.code),
    pcs: result.suggestions.filter((s) => s.set === 'icd10pcs').map((s) => s.code),
    integral,
    setAside: result.setAside,
  };
}
