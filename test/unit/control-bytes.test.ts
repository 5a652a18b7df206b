/** The WebAssembly scan for control bytes (src/core/control-bytes.wat) finds what a byte-by-byte look finds. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlBytesIn } from "../../src/core/control-bytes.ts";

/** Control characters other than LF, and DEL: what the line reader does not read of ASCII text. */
const isControl = (byte: number) => (byte < 0x20 && byte !== 0x0a) || byte === 0x7f;
const reference = (bytes: Uint8Array) => [...bytes.keys()].filter((i) => isControl(bytes[i]!));

describe("controlBytesIn", () => {
  it("finds each control byte, and no LF or printable one, wherever it falls in the blocks and chunks it scans", () => {
    const length = 65536 * 2 + 40;
    const plain = Buffer.alloc(length, "a: b\n");
    expect(controlBytesIn(plain, 10)).toEqual([]);
    for (const offset of [0, 1, 15, 16, 17, 31, 65535, 65536, 65537, length - 17, length - 16, length - 1]) {
      for (let byte = 0; byte < 128; byte++) {
        const bytes = Buffer.from(plain);
        bytes[offset] = byte;
        expect(controlBytesIn(bytes, 10), `0x${byte.toString(16)} at ${offset}`).toEqual(isControl(byte) ? [offset] : []);
      }
    }
  });

  it("lists them all, in order, up to the limit, and none past it", () => {
    const bytes = Buffer.from("a\tb\r\nc\n\u007fd\u0000", "latin1");
    expect(controlBytesIn(bytes, 4)).toEqual([1, 3, 7, 9]);
    expect(controlBytesIn(bytes, 3)).toBeUndefined();
    expect(controlBytesIn(new Uint8Array(0), 0)).toEqual([]);
  });

  it("finds what a byte-by-byte look finds in any ASCII bytes", () => {
    // Mostly text and line breaks with a few bytes of any kind, as inputs have them.
    const byte = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(0x0a, 0x20, 0x3a, 0x61, 0x7e) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 127 }) });
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 400 }), (values) => {
        const bytes = Uint8Array.from(values);
        expect(controlBytesIn(bytes, 400)).toEqual(reference(bytes));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});
