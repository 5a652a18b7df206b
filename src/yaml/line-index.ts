/**
 * Offsets to 1-based lines and UTF-16 columns, and lines' text, computed from the text itself. (The
 * yaml library's LineCounter misses line breaks inside error tokens, and offsets past the end need
 * clamping.) Lines end at LF or CRLF; a lone CR does not end one. Line starts are found as far as
 * the lookups go: a finding in the middle of a document does not pay for its end.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly text: string;
  private readonly length: number;
  /** Where the search for the next line break goes on; -1 when all are found. */
  private scanned = 0;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  get lineCount(): number {
    this.findLines(Infinity);
    return this.starts.length;
  }

  /** A 1-based line without its line break; undefined past the last line. */
  lineText(line: number): string | undefined {
    this.findLines(line + 1);
    if (line < 1 || line > this.starts.length) return undefined;
    const start = this.starts[line - 1]!;
    let end = line < this.starts.length ? this.starts[line]! - 1 : this.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13 && line < this.starts.length) end--;
    return this.text.slice(start, end);
  }

  /** Offset of a 1-based line's first character (the text's length past the last line). */
  lineStart(line: number): number {
    this.findLines(line);
    return this.starts[line - 1] ?? this.length;
  }

  linePos(offset: number): { line: number; col: number } {
    const clamped = Math.max(0, Math.min(offset, this.length));
    this.findOffset(clamped);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: clamped - this.starts[low]! + 1 };
  }

  /** Finds line starts until `count` lines are known (or all are). */
  private findLines(count: number): void {
    while (this.starts.length < count && this.scanned >= 0) this.next();
  }

  /** Finds line starts until one is past `offset` (or all are). */
  private findOffset(offset: number): void {
    while (this.starts[this.starts.length - 1]! <= offset && this.scanned >= 0) this.next();
  }

  private next(): void {
    const at = this.text.indexOf("\n", this.scanned);
    if (at === -1) this.scanned = -1;
    else {
      this.starts.push(at + 1);
      this.scanned = at + 1;
    }
  }
}

/**
 * The offsets of 1-based lines of a long text, for lookups that mostly go forward (a report's
 * findings, in order): it goes on from the last line asked for, and keeps the start of one line in
 * every 1,024, where a lookup further back starts. A LineIndex of a 50 MB input keeps every line
 * start (8 MB, and the copies made while it grows): a baseline of a finding-dense 50 MB lint
 * peaked 60 MB higher than its SARIF.
 */
export class LineCursor {
  private readonly text: string;
  /** Starts of lines 1, 1025, 2049, …: as far as the cursor went. */
  private readonly kept: number[] = [0];
  private line = 1;
  private offset = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** As LineIndex.lineStart: the text's length past the last line. */
  lineStart(line: number): number {
    if (line < 1) return this.text.length;
    if (line < this.line) {
      const kept = Math.min((line - 1) >> 10, this.kept.length - 1);
      this.line = kept * 1024 + 1;
      this.offset = this.kept[kept]!;
    }
    while (this.line < line) {
      const at = this.text.indexOf("\n", this.offset);
      if (at === -1) return this.text.length;
      this.offset = at + 1;
      this.line++;
      if ((this.line - 1) % 1024 === 0 && (this.line - 1) / 1024 === this.kept.length) this.kept.push(this.offset);
    }
    return this.offset;
  }
}
