import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArtifacts } from '../../codesets/build-artifacts';
import { buildSearchArtifacts } from '../../codesets/build-search';
import { loadEngine } from '../../src/core/engine';
import type { Engine } from '../../src/core/engine-types';
import { hcpcsCoreTerms, unitsFor } from '../../src/core/suggest/hcpcs-units';
import { readArtifactsIn } from './artifact-files';
import { codesetsWithHcpcsFixture, tempDir } from './codeset-real-files';

describe('hcpcsCoreTerms', () => {
  it('keeps the drug and drops the route word and the dose per unit', () => {
    expect(hcpcsCoreTerms('Injection, dexamethasone sodium phosphate, 1 mg')).toEqual(hcpcsCoreTerms('dexamethasone sodium phosphate'));
  });
});

describe('unitsFor', () => {
  it('divides the documented dose by the dose per unit, rounding up', () => {
    expect(unitsFor('Injection, dexamethasone sodium phosphate, 1 mg', '4 mg IM')?.units).toBe(4);
    expect(unitsFor('Injection, drug, 10 mg', '25 mg')?.units).toBe(3);
  });

  it('gives no units when the dose units differ or are missing', () => {
    expect(unitsFor('Injection, dexamethasone sodium phosphate, 1 mg', '2 ml')).toBeUndefined();
    expect(unitsFor('Cane, includes canes of all materials', '1 cane')).toBeUndefined();
  });
});

describe('HCPCS Level II suggestions, with the CMS record-layout fixture supplied as the HCPCS file', () => {
  let engine: Engine;
  beforeAll(async () => {
    const outDir = tempDir('chartcode-hcpcs-');
    await buildArtifacts({ outDir, codesetsDir: codesetsWithHcpcsFixture(), cacheDir: tempDir('cache-'), download: false, log: () => {} });
    await buildSearchArtifacts(outDir, () => {});
    engine = await loadEngine(readArtifactsIn(outDir));
    await engine.ready();
  }, 120_000);

  it('suggests J1100 with 4 units for 4 mg of dexamethasone sodium phosphate (CODING-EXAMPLES)', async () => {
    const { suggestions } = await engine.suggest('Dexamethasone sodium phosphate 4 mg IM given.', { setting: 'outpatient' });
    const drug = suggestions.find((s) => s.set === 'hcpcs');
    expect(drug).toMatchObject({ code: 'J1100', kind: 'supply', units: 4 });
    expect(drug?.prompts[0]?.message).toMatch(/Report 4 units: 4 mg documented, J1100 is per 1 mg/);
  });

  it('finds the HCPCS code by code and by words in search', () => {
    expect(engine.search('J1100', { set: 'hcpcs' }).hits[0]?.title).toBe('Injection, dexamethasone sodium phosphate, 1 mg');
    expect(engine.search('dexamethasone injection', { set: 'hcpcs' }).hits[0]?.code).toBe('J1100');
  });

  it('leaves a drug the patient denies taking out', async () => {
    const { suggestions } = await engine.suggest('No dexamethasone was given.', { setting: 'outpatient' });
    expect(suggestions.some((s) => s.set === 'hcpcs')).toBe(false);
  });
});
