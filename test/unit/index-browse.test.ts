import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-types';
import { realEngine } from './engine-fixture';

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

describe('browseIndex', () => {
  it('finds a main term of the External Cause Index with its subterms and codes, labelled with the file year', async () => {
    const [fall] = await engine.browseIndex('fall, falling');
    expect(fall?.title).toMatch(/^Fall, falling/);
    expect(fall?.code).toBe('W19');
    expect(fall?.year).toBe(2025);
    const down = fall?.children.find((c) => c.title === 'down');
    expect(down?.children.find((c) => c.title === 'ladder')?.code).toBe('W11');
  });

  it('gives the Table of Drugs row with one code per column', async () => {
    const [arsenic] = await engine.browseIndex('arsenic');
    expect(arsenic?.part).toBe('drug');
    expect(arsenic?.cells).toEqual(expect.arrayContaining([{ heading: 'Poisoning Accidental (unintentional)', code: 'T570X1' }]));
  });

  it('finds nothing for words no main term starts with', async () => {
    expect(await engine.browseIndex('zzzz')).toEqual([]);
  });
});

describe('pcsNextAxis', () => {
  it('lists the body parts of table 0DT with their meanings', async () => {
    const step = await engine.pcsNextAxis('0DT');
    expect(step?.table.operation).toBe('Resection');
    expect(step?.position).toBe(4);
    expect(step?.choices).toEqual(expect.arrayContaining([{ char: 'J', label: 'Appendix' }]));
  });

  it('offers only the approaches the rows allow for the appendix', async () => {
    const step = await engine.pcsNextAxis('0dtj');
    expect(step?.axis).toBe('Approach');
    expect(step?.choices.map((c) => c.char)).toEqual(['0', '4', '7', '8']);
    expect(step?.choices.find((c) => c.char === '4')?.label).toBe('Percutaneous Endoscopic');
  });

  it('says a whole code is complete and refuses a prefix no row allows', async () => {
    expect((await engine.pcsNextAxis('0DTJ4ZZ'))?.position).toBe(8);
    expect(await engine.pcsNextAxis('0DTJ9')).toBeUndefined();
  });
});
