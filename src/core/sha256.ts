/**
 * Layer `core`. SHA-256 for SARIF fingerprints and the live phase's key hashes, of a text's UTF-8
 * bytes, by a small WebAssembly module (sha256.wat): it compiles in about 0.3 ms where
 * `node:crypto` took 5-9 ms to load, which every SARIF report with a result paid. 2,500 hashes
 * cost about what `node:crypto` costs with its load; 25,000 about 5 ms more (it hashes with the
 * CPU's SHA instructions).
 */
import { latin1Slice, utf8Write } from "./buffer-natives.ts";
import { SHA256_MODULE } from "./sha256-module.ts";

/** Where the module reads the message and writes the digest's hex (see sha256.wat). */
const MESSAGE = 1024;
const HEX = 544;
const PAGE = 65536;

/** What is used of WebAssembly (TypeScript declares it only with the DOM library). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: Record<string, unknown> } };
};

interface Hasher {
  memory: WasmMemory;
  digest: (length: number) => void;
  /** The module's memory; made again when the memory grows. */
  bytes: Buffer;
}

let hasher: Hasher | undefined;

function load(): Hasher {
  const { exports } = new wasm.Instance(new wasm.Module(Buffer.from(SHA256_MODULE, "base64")));
  const memory = exports.memory as WasmMemory;
  return { memory, digest: exports.digest as (length: number) => void, bytes: Buffer.from(memory.buffer) };
}

/** Lowercase hex SHA-256 of the text's UTF-8 bytes (a lone surrogate counts as U+FFFD, as node:crypto has it). */
export function sha256Hex(text: string): string {
  const current = (hasher ??= load());
  // UTF-8 takes at most 3 bytes per UTF-16 code unit; padding at most 72.
  const needed = MESSAGE + text.length * 3 + 72;
  if (needed > current.bytes.length) {
    current.memory.grow(Math.ceil((needed - current.bytes.length) / PAGE));
    current.bytes = Buffer.from(current.memory.buffer);
  }
  // Buffer's own UTF-8 writer, without a result object per call (TextEncoder's encodeInto makes one).
  current.digest(utf8Write(current.bytes, text, MESSAGE));
  return latin1Slice(current.bytes, HEX, HEX + 64);
}
