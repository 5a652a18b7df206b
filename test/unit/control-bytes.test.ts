/** The WebAssembly scan for control bytes (src/core/control-bytes.wat) finds what a byte-by-byte look finds. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextControlByte } from "../../src/core/control-bytes.ts";

/** Control characters other than LF, and DEL: what the line reader does not read of ASCII text. */
const isControl = (byte: number) => (byte < 0x20 && byte !== 0x0a) || byte === 0x7f;
const reference = (bytes: Uint8Array, from: number) => {
  for (let i = from; i < bytes.length; i++) if (isControl(bytes[i]!)) return i;
  return -1;
};

describe("nextControlByte", () => {
  it("finds each control byte, and no LF or printable one, wherever it falls in the blocks and chunks it scans", () => {
    const length = 65536 * 2 + 40;
    const plain = Buffer.alloc(length, "a: b\n");
    expect(nextControlByte(plain, 0)).toBe(-1);
    for (const offset of [0, 1, 15, 16, 17, 31, 65535, 65536, 65537, length - 17, length - 16, length - 1]) {
      for (let byte = 0; byte < 128; byte++) {
        const bytes = Buffer.from(plain);
        bytes[offset] = byte;
        expect(nextControlByte(bytes, 0), `0x${byte.toString(16)} at ${offset}`).toBe(isControl(byte) ? offset : -1);
      }
    }
  });

  it("starts at `from`, and finds the first of several", () => {
    const bytes = Buffer.from("a\tb\rc\n\u007fd", "latin1");
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((from) => nextControlByte(bytes, from))).toEqual([1, 1, 3, 3, 6, 6, 6, -1, -1, -1]);
    expect(nextControlByte(new Uint8Array(0), 0)).toBe(-1);
  });

  it("finds what a byte-by-byte look finds in any ASCII bytes, from any offset", () => {
    // Mostly text and line breaks with a few bytes of any kind, as inputs have them.
    const byte = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(0x0a, 0x20, 0x3a, 0x61, 0x7e) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 127 }) });
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 400 }), fc.nat(400), (values, from) => {
        const bytes = Uint8Array.from(values);
        const start = Math.min(from, bytes.length);
        expect(nextControlByte(bytes, start)).toBe(reference(bytes, start));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});
