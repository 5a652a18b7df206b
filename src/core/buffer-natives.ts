/**
 * Layer `core`. Buffer's own native reader and writer of one encoding each, called without the
 * JavaScript of `toString` and `write` around them, which checks its arguments and looks the
 * encoding up by name on every call. On the CLI's main thread, where that JavaScript runs as
 * Maglev's code at best (src/cli/v8-tuning.ts), it cost more than the native copy: a document
 * copied out of the input's bytes and a fingerprint's UTF-8 in and hex out, some 7,500 calls in
 * a 5 MB lint with a finding on every workload, took 1.5–2.5 ms more through it (sets of 101
 * interleaved runs).
 * Every Buffer has had these methods since Node.js 0.x; @types/node does not declare them.
 */

interface NativeCodecs {
  latin1Slice(start: number, end: number): string;
  utf8Write(text: string, offset: number): number;
}

/** `bytes.toString("latin1", start, end)`, for `0 <= start <= end <= bytes.length`. */
export function latin1Slice(bytes: Buffer, start: number, end: number): string {
  return (bytes as unknown as NativeCodecs).latin1Slice(start, end);
}

/** `bytes.write(text, offset, "utf8")`: the bytes written, as many as fit. */
export function utf8Write(bytes: Buffer, text: string, offset: number): number {
  return (bytes as unknown as NativeCodecs).utf8Write(text, offset);
}
