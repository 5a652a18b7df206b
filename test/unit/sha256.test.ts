/** The WebAssembly SHA-256 (src/core/sha256.wat) gives node:crypto's digest for every text: fingerprints must not change. */
import { createHash, hash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/core/sha256.ts";

const reference = (text: string) => hash("sha256", text, "hex");

describe("sha256Hex", () => {
  it("matches the standard's test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("matches node:crypto at every length around the block and padding boundaries", () => {
    for (let length = 0; length <= 200; length++) {
      for (const char of ["a", "é", "€", "😀"]) {
        const text = char.repeat(length);
        expect(sha256Hex(text), `${length} × ${char}`).toBe(reference(text));
      }
    }
  });

  it("matches node:crypto for any text, lone surrogates included (both encode them as U+FFFD)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 3 }), (text, surrogates) => {
        const mixed = text + surrogates + text.slice(0, 7);
        expect(sha256Hex(mixed)).toBe(reference(mixed));
        expect(sha256Hex(mixed)).toBe(createHash("sha256").update(mixed, "utf8").digest("hex"));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches node:crypto when texts share their first block with the text before, or nearly", () => {
    const prefix = "env-duplicate\0duplicate\0charts/rendered/manifest.yaml\0apps/v1/Deployment/codemie/";
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 40, max: prefix.length }), fc.string({ maxLength: 90 }), fc.integer({ min: 0, max: 2 })), { maxLength: 30 }), (parts) => {
        for (const [cut, tail, change] of parts) {
          // The same first 64 bytes, or a change inside them (a byte, or the length around 64).
          const head = change === 1 ? `${prefix.slice(0, 30)}X${prefix.slice(31, cut)}` : prefix.slice(0, cut);
          const text = change === 2 ? head.slice(0, 63) + tail.slice(0, 2) : head + tail;
          expect(sha256Hex(text)).toBe(reference(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("grows its memory for a long text and still hashes short ones after it", () => {
    const long = "key: value\n".repeat(30_000);
    expect(sha256Hex(long)).toBe(reference(long));
    expect(sha256Hex("€".repeat(70_000))).toBe(reference("€".repeat(70_000)));
    expect(sha256Hex("abc")).toBe(reference("abc"));
  });
});
