import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  takeFilesFrom
} from "./chunk-N76AKC3E.js";
import "./chunk-ZSMLVNXG.js";
import "./chunk-XPJLVQNZ.js";
import "./chunk-XVRYQWYB.js";
import "./chunk-YLDIVOBS.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-IJVJXA6J.js";
import "./chunk-B675Y2P7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";

// src/cli/worker.ts
import { readFileSync, statSync } from "node:fs";
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData } from "node:worker_threads";
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
var YOUNG_GENERATION_MB = 24;
function offloadTo(entry, argv) {
  return {
    minBytes: WORKER_MIN_BYTES,
    run: (stdin, files) => runOnWorker(entry, argv, { stdoutIsTTY: Boolean(process.stdout.isTTY), ...stdin ? { stdinHead: stdin.head } : {}, stdinRest: stdin !== void 0 && !stdin.ended }, files)
  };
}
function handedOver() {
  if (isMainThread) return void 0;
  const done = (code) => process.exit(code);
  const data = workerData;
  const { stdoutIsTTY, stdinHead, stdinRest, files } = data;
  if (files) takeFilesFrom(filesReceived(files));
  delete data.stdinHead;
  if (!stdinHead) return { stdoutIsTTY, stdin: void 0, done };
  const head = Buffer.from(stdinHead.buffer, stdinHead.byteOffset, stdinHead.byteLength);
  const stdin = stdinRest ? Readable.from(
    (async function* () {
      yield head;
      yield* process.stdin;
    })()
  ) : Readable.from([head]);
  return { stdoutIsTTY, stdin, done };
}
function keepYoungGenerationSmall() {
  semiSpaceGrowthFactor(1);
}
var KNOWN_V8 = /^1[23]\./;
function semiSpaceGrowthFactor(factor) {
  if (KNOWN_V8.test(process.versions.v8)) setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}
function runOnWorker(entry, argv, data, files) {
  semiSpaceGrowthFactor(2);
  const head = data.stdinHead;
  const transferList = head && ownsBuffer(head) ? [head.buffer] : [];
  const channel = new MessageChannel();
  data.files = { port: channel.port2, sent: new Int32Array(new SharedArrayBuffer(4)) };
  transferList.push(channel.port2);
  return new Promise((resolve) => {
    const worker = new Worker(entry, { argv, workerData: data, transferList, stdin: data.stdinRest, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    sendFiles(files, channel.port1, data.files.sent);
    const stdin = data.stdinRest ? worker.stdin : null;
    if (stdin) process.stdin.pipe(stdin);
    worker.on("error", (error) => {
      const message = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "the inputs are too large for the memory available (see docs/limits.md)" : `internal error: ${error.message}`;
      process.stderr.write(`litellm-preflight: ${message}
`);
      resolve(2);
    });
    worker.on("exit", (code) => {
      if (stdin) process.stdin.unpipe(stdin).destroy();
      resolve(code);
    });
  });
}
function ownsBuffer(bytes) {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}
function sendFiles(files, port, sent) {
  try {
    for (const path of files.paths) {
      let bytes;
      try {
        const stats = statSync(path);
        if (!stats.isFile() || stats.size > files.maxBytes) continue;
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      port.postMessage({ path, bytes }, ownsBuffer(bytes) ? [bytes.buffer] : []);
    }
  } finally {
    Atomics.store(sent, 0, 1);
    Atomics.notify(sent, 0);
    port.close();
  }
}
function filesReceived({ port, sent }) {
  let received;
  return (path) => {
    if (!received) {
      Atomics.wait(sent, 0, 0, 1e4);
      received = /* @__PURE__ */ new Map();
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const { path: sentPath, bytes: bytes2 } = message.message;
        received.set(sentPath, bytes2);
      }
      port.close();
    }
    const bytes = received.get(path);
    received.delete(path);
    return bytes;
  };
}
export {
  WORKER_MIN_BYTES,
  filesReceived,
  handedOver,
  keepYoungGenerationSmall,
  offloadTo,
  sendFiles
};
