import { describe, expect, it } from 'vitest';
import { encounterKeyFor, encounterSource } from '../../src/shared/encounter-key';
import { originPattern } from '../../src/shared/origin-pattern';

describe('encounterSource', () => {
  it('keeps origin, path, query and fragment, where EHRs name the patient', () => {
    expect(encounterSource('https://ehr.example.org/chart?mrn=123&tab=notes#a')).toBe('https://ehr.example.org/chart?mrn=123&tab=notes#a');
  });

  it('reads the query parameters in any order as the same page', () => {
    expect(encounterSource('https://ehr.example.org/chart?tab=notes&mrn=123')).toBe(encounterSource('https://ehr.example.org/chart?mrn=123&tab=notes'));
  });
});

describe('encounterKeyFor', () => {
  it('stores a hash, never the address, and gives one key per page', async () => {
    const key = await encounterKeyFor('https://ehr.example.org/chart/MRN12345?x=1');
    expect(key).toMatch(/^encounter:[0-9a-f]{32}$/);
    expect(key).not.toContain('MRN12345');
    expect(await encounterKeyFor('https://ehr.example.org/chart/MRN12345?x=1')).toBe(key);
    expect(await encounterKeyFor('https://ehr.example.org/chart/MRN99999?x=1')).not.toBe(key);
    // Two patients named only in the query or the fragment get two lists.
    expect(await encounterKeyFor('https://ehr.example.org/chart?mrn=1')).not.toBe(await encounterKeyFor('https://ehr.example.org/chart?mrn=2'));
    expect(await encounterKeyFor('https://ehr.example.org/app#/patient/1')).not.toBe(await encounterKeyFor('https://ehr.example.org/app#/patient/2'));
  });
});

describe('originPattern', () => {
  it('turns an address into the host permission pattern', () => {
    expect(originPattern('https://ehr.example.org/chart/1')).toBe('https://ehr.example.org/*');
    expect(originPattern('ehr.example.org')).toBe('https://ehr.example.org/*');
    expect(originPattern('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1/*');
  });
  it('refuses what is not a web address', () => {
    expect(originPattern('file:///etc/passwd')).toBeUndefined();
    expect(originPattern('javascript:alert(1)')).toBeUndefined();
  });
});
