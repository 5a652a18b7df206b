/**
 * Layer `io`: how much of stdin the CLI reads before it decides where a run goes (in-process or on
 * a worker, see cli/offload.ts), and all of it for a worker. Node built-ins only, so that the CLI
 * can load it before the linter.
 */
import { isUtf8 } from "node:buffer";
import type { Readable } from "node:stream";

export interface StdinHead {
  head: Buffer;
  /** The stream ended: `head` is all of it. */
  ended: boolean;
}

/**
 * Whole chunks of a stream until at least `bytes` have come (or it ended), leaving the rest unread
 * in the paused stream: the CLI learns whether stdin is big without holding all of it.
 */
export function readHead(stream: NodeJS.ReadableStream, bytes: number): Promise<StdinHead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (ended: boolean): void => {
      stream.pause();
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      const head = Buffer.concat(chunks);
      for (const chunk of chunks) release(chunk);
      resolve({ head, ended });
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(buffer);
      size += buffer.length;
      if (size >= bytes) finish(false);
    };
    const onEnd = (): void => finish(true);
    const onError = (error: Error): void => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      reject(error);
    };
    stream.on("data", onData).on("end", onEnd).on("error", onError);
  });
}

/**
 * The whole stream, the head readHead read included (and released: `head` is empty afterwards),
 * in one buffer grown by doubling up to `limit`: at most `limit` bytes, and no further than the
 * first chunk with a NUL byte or that is not UTF-8 (such input is refused anyway, and is refused
 * as that, not as too big). For the main thread, which hands it to a worker.
 */
export function readRest(stream: Readable, head: Buffer, limit: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafeSlow(Math.max(head.length, Math.min(limit, Math.max(head.length * 2, 1 << 20))));
  head.copy(buffer);
  let size = head.length;
  // Bytes checked as UTF-8 so far: up to the last whole character of what came.
  let checked = 0;
  const refused = (bytes: Buffer): boolean => {
    if (bytes.indexOf(0) !== -1) return true;
    const upTo = wholeCharacters(buffer, size);
    if (!isUtf8(buffer.subarray(checked, upTo))) return true;
    checked = upTo;
    return false;
  };
  const stopsAtHead = refused(head);
  release(head);
  if (size >= limit || stopsAtHead || stream.readableEnded) return Promise.resolve(buffer.subarray(0, Math.min(size, limit)));
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      const taken = Math.min(bytes.length, limit - size);
      buffer = withRoom(buffer, size, size + taken, limit);
      bytes.copy(buffer, size, 0, taken);
      size += taken;
      const stops = refused(bytes);
      release(bytes);
      if (size < limit && !stops) return;
      // What follows is not needed: the writer gets EPIPE instead of filling a pipe nobody reads.
      stop();
      stream.destroy();
      resolve(buffer.subarray(0, size));
    };
    const onEnd = (): void => {
      stop();
      resolve(buffer.subarray(0, size));
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    stream.on("data", onData).on("end", onEnd).on("error", onError);
    stream.resume();
  });
}

/**
 * `buffer`, or when it holds fewer than `needed` bytes a buffer twice its size (at most `limit`)
 * with its first `size` bytes, the old one freed: how a stream of unknown size is read into one
 * buffer without holding its chunks.
 */
export function withRoom(buffer: Buffer<ArrayBuffer>, size: number, needed: number, limit: number): Buffer<ArrayBuffer> {
  if (needed <= buffer.length) return buffer;
  const grown = Buffer.allocUnsafeSlow(Math.min(limit, Math.max(buffer.length * 2, needed)));
  buffer.copy(grown, 0, 0, size);
  release(buffer);
  return grown;
}

/**
 * Frees bytes now, instead of when their thread next collects garbage, by detaching their
 * ArrayBuffer: only when they are all of it (nothing else can view it), or when the caller owns it
 * `whole` (a worker owns what was handed to it). The main thread hands stdin to a worker and then
 * allocates next to nothing, so it does not collect: 50 MB piped in stayed in its chunks until the
 * process ended; on the worker, the bytes it was handed stayed until the lint ended.
 */
export function release(bytes: Uint8Array, whole = isWholeBuffer(bytes)): void {
  if (whole) (bytes.buffer as ArrayBuffer).transfer(0);
}

/** Whether `bytes` view all of their ArrayBuffer (not a slice of Node's shared pool): only then may it be detached or moved. */
export function isWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/** Where the last character that `bytes[0, size)` holds whole ends (a character cut by a chunk's end waits for the next). */
function wholeCharacters(bytes: Buffer, size: number): number {
  for (let at = size - 1; at >= Math.max(0, size - 4); at--) {
    const byte = bytes[at]!;
    // A continuation byte: its character starts further back.
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return at + length <= size ? size : at;
  }
  return size;
}
