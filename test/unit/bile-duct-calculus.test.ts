import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/suggest/assemble';
import { combineFindings } from '../../src/core/suggest/combine';
import { codesOf, realEngine, realParts } from './engine-fixture';

const { cm } = await realParts();
const engine = await realEngine();
const finding = (code: string, start = 0): Finding => ({ code, evidence: [{ start, end: start + 3 }], score: 5, context: 'affirmed', notes: [] });
const combine = (...codes: string[]) => codesOf(combineFindings(cm.view, codes.map((c, i) => finding(c, i * 10)))).sort();

describe('calculus of the bile duct with its inflammation (K80.3-, K80.4-, K80.6-, K80.7-)', () => {
  it('joins a bile duct stone and cholangitis into K80.3-, keeping the obstruction', () => {
    expect(combine('K8050', 'K8309')).toEqual(['K8030']);
    expect(combine('K8051', 'K8309')).toEqual(['K8031']);
    // Primary sclerosing cholangitis is not the stone's cholangitis.
    expect(combine('K8050', 'K8301')).toEqual(['K8050', 'K8301']);
  });

  it('joins a bile duct stone and cholecystitis into K80.4- by the kind of cholecystitis', () => {
    expect(combine('K8050', 'K810')).toEqual(['K8042']);
    expect(combine('K8051', 'K811')).toEqual(['K8045']);
    expect(combine('K8050', 'K819')).toEqual(['K8040']);
  });

  it('joins stones of the gallbladder and the bile duct into K80.7-, with cholecystitis K80.6-', () => {
    expect(combine('K8020', 'K8050')).toEqual(['K8070']);
    expect(combine('K8021', 'K8050')).toEqual(['K8071']);
    expect(combine('K8020', 'K8050', 'K810')).toEqual(['K8062']);
    expect(combine('K8010', 'K8050')).toEqual(['K8064']);
  });

  it('reads the combination from a sentence of a case report', async () => {
    const r = await engine.suggest('She was admitted with acute cholangitis secondary to choledocholithiasis and underwent ERCP.', { setting: 'inpatient' });
    const codes = codesOf(r.suggestions);
    expect(codes).toContain('K8030');
    expect(codes).not.toContain('K8309');
  });
});
