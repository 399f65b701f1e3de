/**
 * Assembles chart text from pieces of text nodes, collapsing white space as a browser renders it and keeping block
 * structure as newlines, and remembers where every character came from, so that an evidence span of the text maps
 * back to (node, offset) for highlighting. DOM-free: `R` is whatever the caller uses to name a text node.
 */

export interface Piece<R> {
  /** Offset of the piece in the assembled text. */
  start: number;
  length: number;
  ref: R;
  /** Offset of the piece's first character in the source text node. */
  refOffset: number;
}

export interface Location<R> {
  ref: R;
  offset: number;
}

export class ChartTextBuilder<R> {
  readonly pieces: Piece<R>[] = [];
  truncated = false;
  private parts: string[] = [];
  private length = 0;
  private pendingBreaks = 0;
  private pendingSpace = false;

  /** @param maxChars the text stops growing here and `truncated` is set. */
  constructor(private readonly maxChars: number) {}

  get size(): number {
    return this.length;
  }

  /** Ends the current block: `count` newlines (1 = new line, 2 = new paragraph) before the next words. */
  breakLine(count = 1): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** Separates inline content that renders apart (table cells, list markers) by one space. */
  space(): void {
    this.pendingSpace = true;
  }

  /**
   * Appends the text of one text node; white space collapses unless `preformatted`, where newlines are kept.
   * `base` is the offset of `text` in the node when only part of it is read (a selection).
   */
  appendText(text: string, ref: R, preformatted = false, base = 0): void {
    const pattern = preformatted ? /[^\n]+/g : /\S+/g;
    let previousEnd = 0;
    for (const match of text.matchAll(pattern)) {
      const gap = text.slice(previousEnd, match.index);
      if (preformatted ? gap.includes('\n') : gap.length > 0) {
        if (preformatted && match.index > 0) this.breakLine(Math.min(2, gap.split('\n').length - 1));
        else this.pendingSpace = true;
      }
      if (!this.appendRun(match[0], ref, base + match.index, gap === ' ' && previousEnd > 0)) return;
      previousEnd = match.index + match[0].length;
    }
    if (previousEnd < text.length && !preformatted) this.pendingSpace = true;
  }

  private appendRun(run: string, ref: R, refOffset: number, continuesPiece: boolean): boolean {
    if (this.truncated) return false;
    const separator = this.length === 0 ? '' : this.pendingBreaks > 0 ? '\n'.repeat(this.pendingBreaks) : this.pendingSpace ? ' ' : '';
    if (this.length + separator.length + run.length > this.maxChars) {
      // A run longer than the room left (a 10 MB line with no newline in a <pre>) keeps what fits, cut after a word,
      // rather than leaving the whole line out. Words outside a <pre> hold no space, so they are never cut.
      const cut = run.lastIndexOf(' ', this.maxChars - this.length - separator.length);
      if (cut > 0) this.appendRun(run.slice(0, cut), ref, refOffset, continuesPiece);
      this.truncated = true;
      return false;
    }
    this.pendingBreaks = 0;
    this.pendingSpace = false;
    this.parts.push(separator, run);
    this.length += separator.length;
    const last = this.pieces[this.pieces.length - 1];
    // A single source space that became a single output space keeps the mapping linear: extend the piece.
    if (continuesPiece && separator === ' ' && last && last.ref === ref && last.start + last.length + 1 === this.length) {
      last.length += 1 + run.length;
    } else {
      this.pieces.push({ start: this.length, length: run.length, ref, refOffset });
    }
    this.length += run.length;
    return true;
  }

  toText(): string {
    const text = this.parts.join('');
    this.parts = [text];
    return text;
  }

  /**
   * Where an offset of the text came from. An offset inside a separator maps to the next piece's start when
   * `bias` is 'start' (a range beginning) and to the previous piece's end when 'end'.
   */
  locate(offset: number, bias: 'start' | 'end'): Location<R> | undefined {
    const pieces = this.pieces;
    let low = 0;
    let high = pieces.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const piece = pieces[mid]!;
      if (offset < piece.start) high = mid - 1;
      else if (offset > piece.start + piece.length) low = mid + 1;
      else if (offset === piece.start + piece.length && bias === 'start' && pieces[mid + 1]?.start === offset) low = mid + 1;
      else return { ref: piece.ref, offset: piece.refOffset + offset - piece.start };
    }
    // In a separator: `low` is the first piece after the offset.
    const piece = bias === 'start' ? pieces[low] : pieces[low - 1];
    if (!piece) return undefined;
    return { ref: piece.ref, offset: bias === 'start' ? piece.refOffset : piece.refOffset + piece.length };
  }
}
