import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHcpcs } from '../../codesets/parse/hcpcs';
import { HCPCS_FIXTURE } from './codeset-real-files';

const FIXTURE = HCPCS_FIXTURE;

describe('parseHcpcs', () => {
  const { codes, modifiers } = parseHcpcs(readFileSync(FIXTURE, 'latin1'), 2026, 'fixture');

  it('reads procedures (record id 3) with long and short descriptions', () => {
    expect(codes.codes).toEqual(['A0021', 'A0080', 'E0100', 'J1100']);
    expect(codes.titles[3]).toBe('Injection, dexamethasone sodium phosphate, 1 mg');
    expect(codes.shortTitles[3]).toBe('Dexamethasone sodium phos');
    expect(codes.system).toBe('hcpcs');
  });

  it('joins continuation lines (record id 4) to the long description', () => {
    expect(codes.titles[1]).toBe('Non-emergency transportation, per mile - vehicle provided by volunteer (individual or organization), with no vested interest');
    expect(codes.shortTitles[1]).toBe('Noninterest escort in non er');
  });

  it('keeps modifiers (record ids 7 and 8) apart from procedures', () => {
    expect(modifiers.codes).toEqual(['LT', 'RT']);
    expect(modifiers.titles[1]).toBe('Right side (used to identify procedures performed on the right side of the body)');
  });

  it('throws on a record id outside the layout, naming the line', () => {
    expect(() => parseHcpcs('A0021001009Something', 2026, 'bad.txt')).toThrow(/bad\.txt line 1/);
  });
});
