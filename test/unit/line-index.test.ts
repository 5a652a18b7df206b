/** LineIndex finds line starts as lookups need them: any order of lookups gives the answers of a full scan. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCursor, LineIndex } from "../../src/yaml/line-index.ts";

/** The answers worked out from the whole text at once. */
function expected(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return {
    lineCount: starts.length,
    linePos(offset: number) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const line = starts.filter((start) => start <= clamped).length;
      return { line, col: clamped - starts[line - 1]! + 1 };
    },
    lineText(line: number) {
      if (line < 1 || line > starts.length) return undefined;
      const raw = text.slice(starts[line - 1], line < starts.length ? starts[line]! - 1 : text.length);
      return line < starts.length && raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    },
    lineStart: (line: number) => starts[line - 1] ?? text.length,
  };
}

describe("LineIndex", () => {
  it("answers like a full scan, whatever the order of lookups", () => {
    const text = fc.array(fc.constantFrom("a", "bc", "\n", "\r\n", "\r", " ", "é"), { maxLength: 40 }).map((parts) => parts.join(""));
    const lookup = fc.oneof(
      fc.record({ kind: fc.constant("pos" as const), at: fc.integer({ min: -2, max: 60 }) }),
      fc.record({ kind: fc.constant("text" as const), at: fc.integer({ min: -1, max: 30 }) }),
      fc.record({ kind: fc.constant("start" as const), at: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ kind: fc.constant("count" as const), at: fc.constant(0) }),
    );
    fc.assert(
      fc.property(text, fc.array(lookup, { maxLength: 12 }), (source, lookups) => {
        const index = new LineIndex(source);
        const want = expected(source);
        for (const { kind, at } of lookups) {
          if (kind === "pos") expect(index.linePos(at)).toEqual(want.linePos(at));
          else if (kind === "text") expect(index.lineText(at)).toBe(want.lineText(at));
          else if (kind === "start") expect(index.lineStart(at)).toBe(want.lineStart(at));
          else expect(index.lineCount).toBe(want.lineCount);
        }
      }),
      { numRuns: 500, seed: 21 },
    );
  });

  it("does not scan past what a lookup needs", () => {
    const index = new LineIndex("a\nb\nc\nd\n");
    expect(index.linePos(2)).toEqual({ line: 2, col: 1 });
    expect((index as unknown as { starts: number[] }).starts).toEqual([0, 2, 4]);
  });
});

describe("LineCursor", () => {
  it("gives LineIndex's line starts for lookups forward, back (past its kept starts) and out of range", () => {
    // Up to about 5,000 lines: a cursor keeps one start in every 1,024.
    const text = fc
      .array(fc.tuple(fc.constantFrom("", "a", "key: value", "é", "\r", "  - x"), fc.constantFrom("\n", "\r\n")), { maxLength: 5000 })
      .chain((lines) => fc.constantFrom("", "last").map((tail) => lines.map(([line, end]) => line + end).join("") + tail));
    const steps = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5000, max: 5000 })), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(text, steps, (subject, moves) => {
        const index = new LineIndex(subject);
        const cursor = new LineCursor(subject);
        let line = 1;
        for (const move of moves) {
          line = Math.max(-1, Math.min(line + move, index.lineCount + 2));
          expect(cursor.lineStart(line)).toBe(index.lineStart(line));
        }
      }),
      { numRuns: 150 },
    );
  });
});
