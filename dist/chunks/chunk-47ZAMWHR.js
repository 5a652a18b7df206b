import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/io/stdin.ts
import { isUtf8 } from "node:buffer";
function readHead(stream, bytes) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const finish = (ended) => {
      stream.pause();
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      const head = Buffer.concat(chunks);
      for (const chunk of chunks) release(chunk);
      resolve({ head, ended });
    };
    const onData = (chunk) => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(buffer);
      size += buffer.length;
      if (size >= bytes) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = (error) => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      reject(error);
    };
    stream.on("data", onData).on("end", onEnd).on("error", onError);
  });
}
function readRest(stream, head, limit) {
  let buffer = Buffer.allocUnsafeSlow(Math.max(head.length, Math.min(limit, Math.max(head.length * 2, 1 << 20))));
  head.copy(buffer);
  let size = head.length;
  let checked = 0;
  const refused = (bytes) => {
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
    const stop = () => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
    };
    const onData = (chunk) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      const taken = Math.min(bytes.length, limit - size);
      buffer = withRoom(buffer, size, size + taken, limit);
      bytes.copy(buffer, size, 0, taken);
      size += taken;
      const stops = refused(bytes);
      release(bytes);
      if (size < limit && !stops) return;
      stop();
      stream.destroy();
      resolve(buffer.subarray(0, size));
    };
    const onEnd = () => {
      stop();
      resolve(buffer.subarray(0, size));
    };
    const onError = (error) => {
      stop();
      reject(error);
    };
    stream.on("data", onData).on("end", onEnd).on("error", onError);
    stream.resume();
  });
}
function withRoom(buffer, size, needed, limit) {
  if (needed <= buffer.length) return buffer;
  const grown = Buffer.allocUnsafeSlow(Math.min(limit, Math.max(buffer.length * 2, needed)));
  buffer.copy(grown, 0, 0, size);
  release(buffer);
  return grown;
}
function release(bytes, whole = isWholeBuffer(bytes)) {
  if (whole) bytes.buffer.transfer(0);
}
function isWholeBuffer(bytes) {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}
function wholeCharacters(bytes, size) {
  for (let at = size - 1; at >= Math.max(0, size - 4); at--) {
    const byte = bytes[at];
    if ((byte & 192) === 128) continue;
    const length = byte < 128 ? 1 : byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
    return at + length <= size ? size : at;
  }
  return size;
}

export {
  readHead,
  readRest,
  withRoom,
  release,
  isWholeBuffer
};
