import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/io/input-bytes.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
function inputBytes(cwd, paths) {
  let bytes = 0;
  for (const path of paths) {
    if (path === "-") continue;
    try {
      const stats = statSync(resolve(cwd, path));
      if (stats.isFile()) bytes += stats.size;
    } catch {
    }
  }
  return bytes;
}

// src/io/stdin.ts
function readHead(stream, bytes) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    const finish = (ended) => {
      stream.pause();
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      const head = Buffer.concat(chunks);
      for (const chunk of chunks) release(chunk);
      resolve2({ head, ended });
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
  const binary = head.indexOf(0) !== -1;
  release(head);
  if (size >= limit || binary || stream.readableEnded) return Promise.resolve(buffer.subarray(0, Math.min(size, limit)));
  return new Promise((resolve2, reject) => {
    const stop = () => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
    };
    const onData = (chunk) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      const taken = Math.min(bytes.length, limit - size);
      if (size + taken > buffer.length) {
        const grown = Buffer.allocUnsafeSlow(Math.min(limit, Math.max(buffer.length * 2, size + taken)));
        buffer.copy(grown, 0, 0, size);
        release(buffer);
        buffer = grown;
      }
      const binary2 = bytes.indexOf(0) !== -1;
      bytes.copy(buffer, size, 0, taken);
      release(bytes);
      size += taken;
      if (size < limit && !binary2) return;
      stop();
      stream.destroy();
      resolve2(buffer.subarray(0, size));
    };
    const onEnd = () => {
      stop();
      resolve2(buffer.subarray(0, size));
    };
    const onError = (error) => {
      stop();
      reject(error);
    };
    stream.on("data", onData).on("end", onEnd).on("error", onError);
    stream.resume();
  });
}
function release(bytes, whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
  if (whole) bytes.buffer.transfer(0);
}

export {
  inputBytes,
  readHead,
  readRest,
  release
};
