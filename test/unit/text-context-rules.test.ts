import { describe, expect, it } from 'vitest';
import { TRIGGER_RULES } from '../../src/core/text/context-rules';
import { tokenize } from '../../src/core/text/tokenize';

const norm = (phrase: string) => tokenize(phrase).map((t) => t.norm).join(' ');

describe('TRIGGER_RULES', () => {
  it('writes every phrase lower case, as the tokenizer reads it', () => {
    for (const rule of TRIGGER_RULES) for (const p of rule.phrases) expect(p).toBe(p.toLowerCase());
    for (const rule of TRIGGER_RULES) for (const p of rule.phrases) expect(tokenize(p).length, p).toBeGreaterThan(0);
  });

  it('gives no phrase two meanings', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const rule of TRIGGER_RULES) {
      for (const p of rule.phrases) {
        const key = norm(p);
        const meaning = `${rule.category}/${rule.direction}`;
        if (seen.has(key) && seen.get(key) !== meaning) clashes.push(`${p}: ${seen.get(key)} vs ${meaning}`);
        seen.set(key, meaning);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists the brief\'s triggers', () => {
    const all = new Set(TRIGGER_RULES.flatMap((r) => r.phrases));
    for (const p of ['denies', 'no evidence of', 'negative for', 'is negative for', 'ruled out', 'possible', 'probable', 'suspected',
      'rule out', 'r/o', 'likely', 'versus', 'history of', 's/p', 'status post', 'family history of', 'mother had', 'return if',
      'risk of', 'but', 'however', ': none', 'gram negative', 'no change', 'not only', 'compatible with']) {
      expect(all.has(p), p).toBe(true);
    }
  });

  it('marks only "compatible with" and "consistent with" as weak', () => {
    expect(TRIGGER_RULES.filter((r) => r.weak).flatMap((r) => r.phrases)).toEqual(['compatible with', 'consistent with']);
  });
});
