/**
 * Splits CSV or tab-separated text into rows of fields, each with the line it starts on. Handles a byte order
 * mark, CRLF or LF line ends, and RFC 4180 quoting (commas, line breaks and doubled quotes inside quotes).
 */

export interface DelimitedRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  fields: string[];
}

export interface DelimitedText {
  delimiter: ',' | '\t';
  rows: DelimitedRow[];
  /** Lines where a quoted field was never closed (the row is kept, its last field runs to the end of the file). */
  unclosedQuote?: number;
}

/** Tab when the first line holds a tab outside quotes, else comma. */
export function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  return firstLine.replace(/"[^"]*"/g, '').includes('\t') ? '\t' : ',';
}

/** Parses the whole text; blank lines are skipped. */
export function parseDelimited(input: string): DelimitedText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: DelimitedRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      (quoted = true), (quoteLine = line), (field = '');
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) endRow();
  return quoted ? { delimiter, rows, unclosedQuote: quoteLine } : { delimiter, rows };
}
