import { describe, expect, it } from 'vitest';
import { parseUserCodes, toCodeTable } from '../../src/core/import/user-codes';

/** A generated licensed-style file of fake codes (never real CPT content): 5-digit codes from 10000 up. */
function fakeFile(rows: number, { header = true, delimiter = ',', eol = '\n' } = {}): string {
  const lines = header ? [`code${delimiter}descriptor${delimiter}short descriptor`] : [];
  for (let i = 0; i < rows; i++) lines.push([String(10000 + i), `Fake procedure number ${i}, with "detail"`, `FAKE PROC ${i}`].map((f) => (delimiter === ',' && /[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter));
  return lines.join(eol) + eol;
}

describe('parseUserCodes', () => {
  it('reads a CSV with a header, quoted fields and short descriptors into a user CodeTable', () => {
    const result = parseUserCodes(fakeFile(3), { year: 2026 });
    expect(result).toMatchObject({ hasHeader: true, delimiter: ',', rowsRead: 3, goodRows: 3, problems: [] });
    expect(result.table).toMatchObject({ system: 'user', year: 2026, codes: ['10000', '10001', '10002'], shortTitles: ['FAKE PROC 0', 'FAKE PROC 1', 'FAKE PROC 2'] });
    expect(result.table.titles[1]).toBe('Fake procedure number 1, with "detail"');
    expect([...result.table.billable]).toEqual([1, 1, 1]);
  });

  it('reads tab-separated text without a header, with CRLF and a byte order mark', () => {
    const result = parseUserCodes('\uFEFF' + fakeFile(2, { header: false, delimiter: '\t', eol: '\r\n' }));
    expect(result).toMatchObject({ hasHeader: false, delimiter: '\t', rowsRead: 2, problems: [] });
    expect(result.table.codes).toEqual(['10000', '10001']);
  });

  it('accepts codes with letters, upper-cases them and leaves the short descriptor optional', () => {
    const result = parseUserCodes('0001f,Fake category II measure\n0042t , Fake emerging technology ,\n');
    expect(result.problems).toEqual([]);
    expect(result.table.codes).toEqual(['0001F', '0042T']);
    expect(result.table.shortTitles).toEqual(['', '']);
  });

  it('reports each bad row by line number and reason, and imports nothing', () => {
    const file = [
      'code,descriptor', // line 1
      '10000,Good one', // 2
      '12,Too short a code', // 3
      '10002,', // 4: empty descriptor
      '10003', // 5: one column
      '10004,a,b,c', // 6: four columns
      '10000,Same code again', // 7: duplicate
      '10-05,Hyphen in code', // 8
      `10006,${'x'.repeat(2001)}`, // 9
    ].join('\n');
    const result = parseUserCodes(file);
    expect(result.problems).toEqual([
      { line: 3, reason: 'code must be 4 to 7 letters or digits' },
      { line: 4, reason: 'descriptor is empty' },
      { line: 5, reason: 'expected code and descriptor, found one column' },
      { line: 6, reason: 'expected at most 3 columns (code, descriptor, short descriptor), found 4' },
      { line: 7, reason: 'duplicate code 10000 (first on line 2)' },
      { line: 8, reason: 'code must be 4 to 7 letters or digits' },
      { line: 9, reason: 'descriptor is longer than 2000 characters' },
    ]);
    expect(result.table.codes).toEqual([]);
    expect(result).toMatchObject({ rowsRead: 8, goodRows: 1 });
  });

  it('imports the good rows when asked to skip bad ones, still reporting them', () => {
    const result = parseUserCodes('10000,Good\nbad!,Bad\n10001,Also good\n', { skipBadRows: true });
    expect(result.table.codes).toEqual(['10000', '10001']);
    expect(result.problems).toEqual([{ line: 2, reason: 'code must be 4 to 7 letters or digits' }]);
  });

  it('does not take a malformed first row for a header', () => {
    const result = parseUserCodes('1-2,First row is bad\n10001,Good\n');
    expect(result.hasHeader).toBe(false);
    expect(result.problems).toEqual([{ line: 1, reason: 'code must be 4 to 7 letters or digits' }]);
  });

  it('reports an empty file, a header alone and a quote never closed', () => {
    expect(parseUserCodes('').problems).toEqual([{ line: 1, reason: 'the file holds no codes' }]);
    expect(parseUserCodes('code,descriptor\n').problems).toEqual([{ line: 1, reason: 'the file holds no codes' }]);
    const open = parseUserCodes('10000,Good\n10001,"never closed\n10002,Swallowed\n');
    expect(open.problems).toContainEqual({ line: 2, reason: 'a quoted field is never closed' });
    expect(open.table.codes).toEqual([]);
  });

  it('reads binary or random junk as bad rows without throwing', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const result = parseUserCodes(junk);
    expect(result.table.codes).toEqual([]);
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('imports a 20,000-row file whole, and finds the one bad row in another', () => {
    const result = parseUserCodes(fakeFile(20_000), { year: 2026 });
    expect(result.problems).toEqual([]);
    expect(result.table.codes).toHaveLength(20_000);
    expect(result.table.codes.at(-1)).toBe('29999');
    const lines = fakeFile(20_000).split('\n');
    lines[12_345] = '10000,A duplicate deep in the file';
    const bad = parseUserCodes(lines.join('\n'));
    expect(bad.problems).toEqual([{ line: 12_346, reason: 'duplicate code 10000 (first on line 2)' }]);
    expect(bad.table.codes).toHaveLength(0);
    expect(parseUserCodes(lines.join('\n'), { skipBadRows: true }).table.codes).toHaveLength(19_999);
  });
});

describe('toCodeTable', () => {
  it('marks every imported code billable and keeps row order', () => {
    const table = toCodeTable([{ code: 'B0001', title: 'b', shortTitle: '' }, { code: 'A0001', title: 'a', shortTitle: 'A' }], 2027);
    expect(table).toMatchObject({ system: 'user', year: 2027, codes: ['B0001', 'A0001'], titles: ['b', 'a'], shortTitles: ['', 'A'] });
    expect([...table.billable]).toEqual([1, 1]);
  });
});
