/**
 * Offsets to 1-based lines and UTF-16 columns, and lines' text, computed from the text itself. (The
 * yaml library's LineCounter misses line breaks inside error tokens, and offsets past the end need
 * clamping.) Lines end at LF or CRLF; a lone CR does not end one.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly text: string;
  private readonly length: number;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** A 1-based line without its line break; undefined past the last line. */
  lineText(line: number): string | undefined {
    if (line < 1 || line > this.starts.length) return undefined;
    const start = this.starts[line - 1]!;
    let end = line < this.starts.length ? this.starts[line]! - 1 : this.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13 && line < this.starts.length) end--;
    return this.text.slice(start, end);
  }

  /** Offset of a 1-based line's first character (the text's length past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.length;
  }

  linePos(offset: number): { line: number; col: number } {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: clamped - this.starts[low]! + 1 };
  }
}
