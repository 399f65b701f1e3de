import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine, openEngine } from '../../src/core/engine';
import { readArtifactsIn, replaceBytes } from './artifact-files';
import { realEngine } from './engine-fixture';

const DATA = join(import.meta.dirname, '../../dist/data');
const read = readArtifactsIn(DATA);

describe('loadEngine', () => {
  it('answers ICD-10-CM searches as soon as it resolves, before the other sets have loaded', async () => {
    const engine = await loadEngine(read);
    expect(engine.search('e11.9').hits[0]?.display).toBe('E11.9');
    await engine.ready();
    expect(engine.search('appendectomy', { set: 'icd10pcs' }).hits.length).toBeGreaterThan(0);
  });

  it('reports a damaged artifact as an unavailable set while the others keep working', async () => {
    const damaged = async (name: string) => {
      const file = await read(name);
      return name.startsWith('icd10pcs-2026-codes-0') ? replaceBytes(file, 'Bypass', 'Bzpass') : file; // same length: a valid layout
    };
    const engine = await loadEngine(damaged);
    await engine.ready();
    const { unavailable } = engine.info();
    expect(unavailable).toEqual([expect.objectContaining({ set: 'icd10pcs', year: 2026 })]);
    expect(unavailable[0]!.error).toMatch(/icd10pcs-2026-codes-0.*(truncated or altered|checksum)/);
    expect(engine.search('e11.9').hits[0]?.display).toBe('E11.9');
    expect(engine.search('e11.9').notice).toMatch(/ICD-10-PCS 2026 unavailable: .*icd10pcs-2026-codes-0/);
  });

  it('takes a first-loaded set whose checksum fails (checked after the first answer) out of use, and says so', async () => {
    const altered = async (name: string) => {
      const file = await read(name);
      return name === 'icd10cm-2026-codes-0.bin' ? replaceBytes(file, 'Cholera', 'Kholera') : file; // same length: a valid layout
    };
    const engine = await loadEngine(altered);
    expect(engine.search('a00.0').hits[0]?.display).toBe('A00.0'); // answered before the checksum was checked
    await engine.ready();
    const { unavailable } = engine.info();
    expect(unavailable).toEqual([expect.objectContaining({ set: 'icd10cm', year: 2026 })]);
    expect(unavailable[0]!.error).toMatch(/icd10cm-2026-codes-0\.bin is truncated or altered/);
    expect(engine.search('a00.0', { set: 'icd10cm' }).hits).toEqual([]);
    expect(engine.search('a00.0').notice).toMatch(/ICD-10-CM 2026 unavailable: .*icd10cm-2026-codes-0/);
    await expect(engine.suggest('Type 2 diabetes mellitus with hyperglycemia.', { setting: 'outpatient' })).rejects.toThrow(/no ICD-10-CM code set/);
  });

  it('reports a damaged concept dictionary on the next chart once its checksum has been checked', async () => {
    const altered = async (name: string) => {
      const file = await read(name);
      return name === 'concepts-icd10cm-2026-0.json' ? (file as string).replace('"diabet', '"diabez') : file;
    };
    const engine = await loadEngine(altered);
    await engine.ready();
    await expect(engine.suggest('Type 2 diabetes mellitus with hyperglycemia.', { setting: 'outpatient' })).rejects.toThrow(/concepts-icd10cm-2026-0\.json is damaged/);
  });
});

describe('loadEngine options.first', () => {
  /** A read that logs, in order, each name asked for ('ask name') and each file read ('got name'). */
  function logging(): { read: typeof read; events: string[] } {
    const events: string[] = [];
    const logged = async (name: string) => {
      events.push(`ask ${name}`);
      const text = await read(name);
      events.push(`got ${name}`);
      return text;
    };
    return { events, read: logged };
  }
  const suggestOnly = /^(concepts-icd10cm-2026|icd10cm-2021-tabular)/;

  it("'search' resolves once ICD-10-CM can be searched, asking for concept and Tabular files only after its search index is in", async () => {
    const { read: reading, events } = logging();
    const engine = await loadEngine(reading, { first: 'search' });
    const indexIn = Math.max(...events.flatMap((e, i) => (e.startsWith('got search-icd10cm-2026') ? [i] : [])));
    const suggestAsked = events.findIndex((e) => e.startsWith('ask ') && suggestOnly.test(e.slice(4)));
    expect(indexIn).toBeGreaterThan(0);
    expect(suggestAsked === -1 || suggestAsked > indexIn).toBe(true);
    expect(engine.search('diabetes with hyperglycemia', { set: 'icd10cm' }).hits.length).toBeGreaterThan(0);
    await engine.ready();
  });

  it("'suggest' answers the first chart's diagnoses before it reads the search index, which follows", async () => {
    const { read: reading, events } = logging();
    const engine = await loadEngine(reading, { first: 'suggest' });
    const early = await engine.suggest('Type 2 diabetes mellitus with hyperglycemia.', { setting: 'inpatient', early: true });
    expect(early.suggestions.map((s) => s.code)).toContain('E1165');
    const names = events.filter((e) => e.startsWith('ask ')).map((e) => e.slice(4));
    const lastNeeded = Math.max(...names.flatMap((n, i) => (suggestOnly.test(n) || n.startsWith('icd10cm-2026-codes') ? [i] : [])));
    const firstIndex = names.findIndex((n) => n.startsWith('search-icd10cm-2026'));
    expect(firstIndex === -1 || firstIndex > lastNeeded).toBe(true);
    await engine.searchable();
    expect(engine.search('e11.65').hits[0]?.display).toBe('E11.65');
    await engine.ready();
  });

  it('opened for a search, starts a chart asked meanwhile at once, beside the search index', async () => {
    const { read: reading, events } = logging();
    const engine = await openEngine(reading, { first: 'search' });
    const searchable = engine.searchable().then(() => events.push('searchable'));
    const early = await engine.suggest('Type 2 diabetes mellitus with hyperglycemia.', { setting: 'inpatient', early: true });
    expect(early.suggestions.map((s) => s.code)).toContain('E1165');
    await searchable;
    const conceptsAsked = events.findIndex((e) => e.startsWith('ask concepts-icd10cm-2026'));
    expect(conceptsAsked).toBeGreaterThan(-1);
    expect(conceptsAsked).toBeLessThan(events.indexOf('searchable'));
    expect(engine.search('e11.65').hits[0]?.display).toBe('E11.65');
    await engine.ready();
  });

  it("expecting searches only, is ready once every set, its checks and explanations are in, without the suggestion engine's files", async () => {
    const { read: reading, events } = logging();
    const engine = await loadEngine(reading, { expect: 'search' });
    await engine.ready();
    const asked = events.filter((e) => e.startsWith('ask ')).map((e) => e.slice(4));
    expect(asked.filter((n) => n.startsWith('concepts-') || n.includes('-tabular'))).toEqual([]);
    const appendectomy = engine.search('laparoscopic appendectomy', { set: 'icd10pcs' }).hits;
    expect(appendectomy.map((h) => h.display)).toContain('0DTJ4ZZ');
    expect(engine.search('copd exacerbation', { set: 'icd10cm' }).hits.some((h) => h.matched)).toBe(true); // explanations in
    // A chart asked anyway loads the suggestion engine then.
    const { suggestions } = await engine.suggest('Type 2 diabetes mellitus with hyperglycemia.', { setting: 'outpatient' });
    expect(suggestions.map((s) => s.code)).toContain('E1165');
  });

  it("'suggest' reads the search index at once when a search comes first", async () => {
    const engine = await loadEngine(read, { first: 'suggest' });
    await engine.searchable();
    expect(engine.search('diabetes with hyperglycemia', { set: 'icd10cm' }).hits.length).toBeGreaterThan(0);
    await engine.ready();
  });
});

describe('Engine.suggest', () => {
  const chart = 'Type 2 diabetes mellitus with hyperglycemia. Laparoscopic appendectomy was performed.';

  it('answers a cold engine asked for early with the diagnoses alone, marked partial, and then with the whole list', async () => {
    const engine = await loadEngine(read);
    const early = await engine.suggest(chart, { setting: 'inpatient', early: true });
    expect(early.partial).toBe(true);
    expect(early.suggestions.map((s) => s.code)).toContain('E1165');
    expect(early.suggestions.filter((s) => s.set !== 'icd10cm')).toEqual([]);
    const whole = await engine.suggest(chart, { setting: 'inpatient' });
    expect(whole.partial).toBeUndefined();
    expect(whole.suggestions.find((s) => s.code === '0DTJ4ZZ')).toMatchObject({ set: 'icd10pcs' });
    expect(whole.suggestions.filter((s) => s.set === 'icd10cm')).toEqual(early.suggestions);
    expect((await engine.suggest(chart, { setting: 'inpatient', early: true })).partial).toBeUndefined(); // all loaded now
  });
});

describe('Engine.useUserCodes', () => {
  it('makes an imported licensed set searchable beside the public sets, by code and by words', async () => {
    const engine = await realEngine();
    engine.useUserCodes({
      system: 'user', year: 2026, codes: ['99901', '99902'], titles: ['Office visit for a test, new patient', 'Office visit for a test, established patient'],
      shortTitles: ['', ''], billable: Uint8Array.from([1, 1]),
    });
    expect(engine.search('99902', { set: 'user' }).hits[0]?.title).toBe('Office visit for a test, established patient');
    expect(engine.search('office visit new patient', { set: 'user' }).hits[0]?.code).toBe('99901');
  });
});
