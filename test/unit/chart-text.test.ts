import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChartTextBuilder } from '../../src/shared/chart-text';

function build(nodes: (string | { br: number })[], max = 1000) {
  const builder = new ChartTextBuilder<number>(max);
  nodes.forEach((node, i) => (typeof node === 'string' ? builder.appendText(node, i) : builder.breakLine(node.br)));
  return { builder, text: builder.toText() };
}

describe('ChartTextBuilder', () => {
  it('collapses white space as a browser renders it', () => {
    expect(build(['  Type 2   diabetes\n mellitus ', 'with hyperglycemia']).text).toBe('Type 2 diabetes mellitus with hyperglycemia');
  });

  it('joins adjacent inline nodes without a space when the source has none', () => {
    expect(build(['hyper', 'glycemia']).text).toBe('hyperglycemia');
  });

  it('keeps block structure as newlines and drops leading breaks', () => {
    expect(build([{ br: 2 }, 'ASSESSMENT', { br: 1 }, 'Hypertension', { br: 2 }, 'PLAN']).text).toBe('ASSESSMENT\nHypertension\n\nPLAN');
  });

  it('keeps lines of preformatted text', () => {
    const builder = new ChartTextBuilder<number>(1000);
    builder.appendText('HPI:  cough\n\n\nA/P: pneumonia', 0, true);
    expect(builder.toText()).toBe('HPI:  cough\n\nA/P: pneumonia');
  });

  it('stops at maxChars and says so', () => {
    const { builder, text } = build(['aaaa bbbb', 'cccc'], 9);
    expect(text).toBe('aaaa bbbb');
    expect(builder.truncated).toBe(true);
  });

  it('keeps the words that fit of a preformatted line longer than maxChars', () => {
    const builder = new ChartTextBuilder<number>(12);
    builder.appendText('chronic cough and fever for days', 0, true);
    expect(builder.toText()).toBe('chronic');
    expect(builder.truncated).toBe(true);
    expect(builder.locate(0, 'start')).toEqual({ ref: 0, offset: 0 });
  });

  it('maps offsets back to the node and offset they came from', () => {
    const { builder, text } = build(['  Type 2   diabetes', { br: 1 }, 'with  hyperglycemia']);
    const start = text.indexOf('diabetes');
    expect(builder.locate(start, 'start')).toEqual({ ref: 0, offset: 11 });
    const h = text.indexOf('hyperglycemia');
    expect(builder.locate(h, 'start')).toEqual({ ref: 2, offset: 6 });
    expect(builder.locate(h + 13, 'end')).toEqual({ ref: 2, offset: 19 });
  });

  it('maps an offset inside a separator to the next piece for a start and the previous for an end', () => {
    const { builder, text } = build(['abc', { br: 2 }, 'def']);
    expect(text).toBe('abc\n\ndef');
    expect(builder.locate(4, 'start')).toEqual({ ref: 2, offset: 0 });
    expect(builder.locate(4, 'end')).toEqual({ ref: 0, offset: 3 });
  });

  it('maps every non-space character back to the same character of its source node', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ a-c\n]{0,12}$/), { maxLength: 8 }), (nodes) => {
        const { builder, text } = build(nodes);
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          const at = builder.locate(i, 'start')!;
          expect(nodes[at.ref]![at.offset]).toBe(text[i]);
        }
      }),
    );
  });
});
