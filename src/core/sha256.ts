/**
 * Layer `core`. SHA-256 for SARIF fingerprints and the live phase's key hashes, of a text's UTF-8
 * bytes, by a small WebAssembly module (sha256.wat): it compiles in about 0.3 ms where
 * `node:crypto` took 5-9 ms to load, which every SARIF report with a result paid. A thousand
 * hashes cost about as much as with `node:crypto`, once the module has tiered up.
 */
import { SHA256_MODULE } from "./sha256-module.ts";

/** Where the module reads the message and writes the digest (see sha256.wat). */
const MESSAGE = 1024;
const DIGEST = 512;
const PAGE = 65536;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

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
  digest: (blocks: number) => void;
  /** The memory from MESSAGE on; made again when the memory grows. */
  message: Uint8Array;
}

let hasher: Hasher | undefined;
const encoder = new TextEncoder();

function load(): Hasher {
  const { exports } = new wasm.Instance(new wasm.Module(Buffer.from(SHA256_MODULE, "base64")));
  const memory = exports.memory as WasmMemory;
  return { memory, digest: exports.digest as (blocks: number) => void, message: new Uint8Array(memory.buffer, MESSAGE) };
}

/** Lowercase hex SHA-256 of the text's UTF-8 bytes (a lone surrogate counts as U+FFFD, as in Node's own encoding). */
export function sha256Hex(text: string): string {
  hasher ??= load();
  // UTF-8 takes at most 3 bytes per UTF-16 code unit; padding at most 72.
  const needed = MESSAGE + text.length * 3 + 72;
  if (needed > hasher.memory.buffer.byteLength) {
    hasher.memory.grow(Math.ceil((needed - hasher.memory.buffer.byteLength) / PAGE));
    hasher.message = new Uint8Array(hasher.memory.buffer, MESSAGE);
  }
  const { message } = hasher;
  const length = encoder.encodeInto(text, message).written;
  // Padding: 0x80, zeros, and the length in bits as a 64-bit big-endian number.
  const blocks = (length + 72) >>> 6;
  const end = blocks * 64;
  message[length] = 0x80;
  for (let at = length + 1; at < end - 4; at++) message[at] = 0;
  const bits = length * 8;
  message[end - 4] = bits >>> 24;
  message[end - 3] = (bits >>> 16) & 0xff;
  message[end - 2] = (bits >>> 8) & 0xff;
  message[end - 1] = bits & 0xff;
  hasher.digest(blocks);
  const digest = new Uint8Array(hasher.memory.buffer, DIGEST, 32);
  let hex = "";
  for (const byte of digest) hex += HEX[byte];
  return hex;
}
