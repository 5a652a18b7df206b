import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/yaml/line-index.ts
var LineIndex = class {
  starts = [0];
  text;
  length;
  /** Where the search for the next line break goes on; -1 when all are found. */
  scanned = 0;
  constructor(text) {
    this.text = text;
    this.length = text.length;
  }
  get lineCount() {
    this.findLines(Infinity);
    return this.starts.length;
  }
  /** A 1-based line without its line break; undefined past the last line. */
  lineText(line) {
    this.findLines(line + 1);
    if (line < 1 || line > this.starts.length) return void 0;
    const start = this.starts[line - 1];
    let end = line < this.starts.length ? this.starts[line] - 1 : this.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13 && line < this.starts.length) end--;
    return this.text.slice(start, end);
  }
  /** Offset of a 1-based line's first character (the text's length past the last line). */
  lineStart(line) {
    this.findLines(line);
    return this.starts[line - 1] ?? this.length;
  }
  linePos(offset) {
    const clamped = Math.max(0, Math.min(offset, this.length));
    this.findOffset(clamped);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: clamped - this.starts[low] + 1 };
  }
  /** Finds line starts until `count` lines are known (or all are). */
  findLines(count) {
    while (this.starts.length < count && this.scanned >= 0) this.next();
  }
  /** Finds line starts until one is past `offset` (or all are). */
  findOffset(offset) {
    while (this.starts[this.starts.length - 1] <= offset && this.scanned >= 0) this.next();
  }
  next() {
    const at = this.text.indexOf("\n", this.scanned);
    if (at === -1) this.scanned = -1;
    else {
      this.starts.push(at + 1);
      this.scanned = at + 1;
    }
  }
};
var LineCursor = class {
  text;
  /** Starts of lines 1, 1025, 2049, …: as far as the cursor went. */
  kept = [0];
  line = 1;
  offset = 0;
  constructor(text) {
    this.text = text;
  }
  /** As LineIndex.lineStart: the text's length past the last line. */
  lineStart(line) {
    if (line < 1) return this.text.length;
    if (line < this.line) {
      const kept = Math.min(line - 1 >> 10, this.kept.length - 1);
      this.line = kept * 1024 + 1;
      this.offset = this.kept[kept];
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
};

export {
  LineIndex,
  LineCursor
};
