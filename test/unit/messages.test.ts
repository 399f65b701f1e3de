import { describe, expect, it } from 'vitest';
import { ChartRead, ToBackground, ToContent } from '../../src/shared/messages';

describe('ToBackground', () => {
  it('accepts each well-formed request', () => {
    for (const message of [
      { type: 'search', query: 'type 2 diabetes', limit: 10 },
      { type: 'suggestTab', tabId: 3, setting: 'outpatient', dateOfService: '2025-11-02' },
      { type: 'detail', code: 'E11.65' },
      { type: 'checkClaim', codes: [{ set: 'icd10cm', code: 'E1165' }] },
      { type: 'info' },
      { type: 'browseIndex', query: 'fall' },
      { type: 'pcsNextAxis', prefix: '0DT' },
      { type: 'pcsNextAxis', prefix: '0dtj4zz' },
      { type: 'chartChanged' },
    ]) expect(ToBackground.safeParse(message).success, JSON.stringify(message)).toBe(true);
  });

  it('rejects unknown types, wrong types, oversized and malformed fields', () => {
    for (const message of [
      null, 'search', { type: 'eval', code: '1' }, { type: 'search' }, { type: 'search', query: 'x'.repeat(501) },
      { type: 'suggestTab', tabId: -1, setting: 'outpatient' }, { type: 'suggestTab', tabId: 1, setting: 'er' },
      { type: 'suggestTab', tabId: 1, setting: 'outpatient', dateOfService: '11/02/2025' },
      { type: 'detail', code: '<img src=x onerror=alert(1)>' },
      { type: 'browseIndex', query: '' }, { type: 'browseIndex', query: 'x'.repeat(201) },
      { type: 'pcsNextAxis', prefix: '0D' }, { type: 'pcsNextAxis', prefix: '0DTJ4ZZX' }, { type: 'pcsNextAxis', prefix: '0D<b>' }, { type: 'checkClaim', codes: Array(201).fill({ set: 'icd10cm', code: 'I10' }) },
    ]) expect(ToBackground.safeParse(message).success, JSON.stringify(message)).toBe(false);
  });
});

describe('ToContent', () => {
  it('bounds what may be inserted into a page', () => {
    expect(ToContent.safeParse({ type: 'insertText', text: 'E11.65', separator: ', ' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'insertText', text: '', separator: ', ' }).success).toBe(false);
    expect(ToContent.safeParse({ type: 'highlight', readId: 1, spans: Array(51).fill({ start: 0, end: 1 }) }).success).toBe(false);
  });
});

describe('ChartRead', () => {
  it('rejects a reply from the page that is not a chart reading', () => {
    const good = { readId: 1, url: 'https://ehr.example/x', text: 'chart', truncated: false, selectionOnly: false, framesRead: 0, framesUnreadable: 0, ms: 1 };
    expect(ChartRead.safeParse(good).success).toBe(true);
    expect(ChartRead.safeParse({ ...good, text: 42 }).success).toBe(false);
    expect(ChartRead.safeParse({ ...good, framesRead: -1 }).success).toBe(false);
  });
});
