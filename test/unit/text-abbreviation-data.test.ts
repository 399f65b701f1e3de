import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRITISH, CLINICAL, CUES, LAY, MISSPELLINGS, SHORT_TITLE } from '../../src/core/text/abbreviation-data';
import { tokenize } from '../../src/core/text/tokenize';

// The FY2026 order file: ' code' at columns 6-13, billable flag at 14 (see ../shared/codesets/PROVENANCE.md).
const CODESETS = process.env.CODESETS_DIR ?? resolve(__dirname, '../../../shared/codesets');
const ORDER_FILE = resolve(CODESETS, 'icd10cm/2026/icd10cm_order_2026.txt');

function readBillable(): Map<string, boolean> {
  if (!existsSync(ORDER_FILE)) throw new Error(`abbreviation data test: ${ORDER_FILE} not found; set CODESETS_DIR`);
  const lines = readFileSync(ORDER_FILE, 'latin1').split(/\r?\n/);
  return new Map(lines.filter((l) => l.length > 15).map((l) => [l.slice(6, 14).trim(), l[14] === '1']));
}

const ROWS = [...CLINICAL, ...SHORT_TITLE, ...LAY, ...CUES];
const normalised = (phrase: string) => tokenize(phrase).map((t) => t.norm).join(' ');

describe('abbreviation rows', () => {
  it('hold several hundred entries', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(400);
  });

  it('have no duplicate keys', () => {
    const seen = new Set<string>();
    const dups = ROWS.map((r) => r[0]).filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
    expect(dups).toEqual([]);
  });

  it('write each key as the tokenizer normalises it, without punctuation tokens', () => {
    const bad = ROWS.map((r) => r[0]).filter((k) => normalised(k) !== k || tokenize(k).some((t) => t.kind === 'punct'));
    expect(bad).toEqual([]);
  });

  it('give each entry at least one non-empty expansion, and ambiguous ones at least two', () => {
    for (const [key, expansions, , flags] of ROWS) {
      const list = expansions.split('|');
      expect(list.every((e) => e.trim() !== ''), key).toBe(true);
      if (flags?.includes('ambiguous')) expect(list.length, key).toBeGreaterThanOrEqual(2);
    }
  });

  it('mark everyday English words as capitals-only or ambiguous', () => {
    for (const word of ['all', 'as', 'aids', 'hit', 'gist', 'cap', 'mm', 'l', 'r']) {
      const row = ROWS.find((r) => r[0] === word);
      expect(row?.[3], word).toMatch(/upper/);
    }
  });

  it('give as example only billable FY2026 ICD-10-CM codes, written raw', () => {
    const billable = readBillable();
    const bad = ROWS.filter((r) => r[2] !== '').filter((r) => !/^[A-Z][0-9A-Z]{2,6}$/.test(r[2]) || billable.get(r[2]) !== true);
    expect(bad.map((r) => `${r[0]}: ${r[2]}`)).toEqual([]);
  });

  it('cover the brief\'s examples with the codes a coder expects', () => {
    const example = (k: string) => ROWS.find((r) => r[0] === k)?.[2];
    expect(example('chf')).toBe('I509');
    expect(example('htn')).toBe('I10');
    expect(example('t2dm')).toBe('E119');
    expect(example('copd exac')).toBe('J441');
    expect(example('afib')).toBe('I4891');
    expect(example('uti')).toBe('N390');
    expect(example('ckd 3a')).toBe('N1831');
    expect(example('osa')).toBe('G4733');
    expect(example('heart attack')).toBe('I219');
  });

  it('include the word abbreviations of the ICD-9 short titles', () => {
    const keys = new Set(ROWS.map((r) => r[0]));
    for (const k of ['nos', 'nec', 'w/o', 'ac', 'chr', 'hx', 'dis', 'malig', 'neopl', 'inf', 'fx', 'dislocat', 'complic', 'hemorr', 'obstr', 'unsp', 'oth', 'spec']) {
      expect(keys.has(k), k).toBe(true);
    }
  });
});

describe('spelling lists', () => {
  it('map single normalised words to a different word, without duplicates', () => {
    const all = [...BRITISH, ...MISSPELLINGS];
    for (const [from, to] of all) {
      expect(normalised(from), from).toBe(from);
      expect(from).not.toBe(to);
    }
    expect(new Set(all.map(([from]) => from)).size).toBe(all.length);
  });

  it('never map to a word that is itself corrected', () => {
    const from = new Set([...BRITISH, ...MISSPELLINGS].map(([f]) => f));
    expect([...BRITISH, ...MISSPELLINGS].filter(([, to]) => from.has(to))).toEqual([]);
  });
});
