/** Buffer's native codecs, called directly (src/core/buffer-natives.ts), give what toString and write give. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latin1Slice, utf8Write } from "../../src/core/buffer-natives.ts";

describe("latin1Slice", () => {
  it("is toString('latin1', start, end) for every range of any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), fc.nat(), (array, a, b) => {
        const bytes = Buffer.from(array);
        const start = a % (bytes.length + 1);
        const end = start + (b % (bytes.length - start + 1));
        expect(latin1Slice(bytes, start, end)).toBe(bytes.toString("latin1", start, end));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a range past the end instead of reading beyond the bytes", () => {
    expect(() => latin1Slice(Buffer.from("abc"), 1, 4)).toThrow(RangeError);
  });
});

describe("utf8Write", () => {
  it("writes what write(text, offset, 'utf8') writes, and says how many bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.integer({ min: 0, max: 200 }), fc.nat(), (text, size, at) => {
        const offset = at % (size + 1);
        const ours = Buffer.alloc(size);
        const theirs = Buffer.alloc(size);
        expect(utf8Write(ours, text, offset)).toBe(theirs.write(text, offset, "utf8"));
        expect(ours.equals(theirs)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("writes no part of a character that does not fit", () => {
    const bytes = Buffer.alloc(4);
    expect(utf8Write(bytes, "a€", 0)).toBe(4);
    expect(utf8Write(bytes, "ab€", 0)).toBe(2);
    expect(bytes.subarray(0, 2).toString()).toBe("ab");
  });
});
