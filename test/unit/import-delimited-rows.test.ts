import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from '../../src/core/import/delimited-rows';

describe('detectDelimiter', () => {
  it('picks tab when the first line holds one, else comma', () => {
    expect(detectDelimiter('code\tdescriptor\n1\t2')).toBe('\t');
    expect(detectDelimiter('code,descriptor\n')).toBe(',');
    expect(detectDelimiter('"a\tb",c\n')).toBe(',');
  });
});

describe('parseDelimited', () => {
  it('splits CRLF and LF lines and drops a byte order mark', () => {
    const { rows } = parseDelimited('\uFEFFcode,desc\r\n00001,First\n00002,Second\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['code', 'desc'] },
      { line: 2, fields: ['00001', 'First'] },
      { line: 3, fields: ['00002', 'Second'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields, and counts lines across them', () => {
    const { rows } = parseDelimited('00001,"Repair, simple ""2.5 cm"" or less"\n00002,"two\nlines",short\n00003,x');
    expect(rows[0]).toEqual({ line: 1, fields: ['00001', 'Repair, simple "2.5 cm" or less'] });
    expect(rows[1]).toEqual({ line: 2, fields: ['00002', 'two\nlines', 'short'] });
    expect(rows[2]).toEqual({ line: 4, fields: ['00003', 'x'] });
  });

  it('skips blank lines but keeps their line numbers', () => {
    expect(parseDelimited('a,b\n\n\nc,d').rows.map((r) => r.line)).toEqual([1, 4]);
  });

  it('reports a quote that is never closed', () => {
    expect(parseDelimited('00001,"open\n00002,x').unclosedQuote).toBe(1);
  });

  it('reads tab-separated fields with commas in them as one field', () => {
    expect(parseDelimited('00001\tA, B\tAB\n').rows[0]!.fields).toEqual(['00001', 'A, B', 'AB']);
  });
});
