import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  restoreV8Defaults
} from "./chunk-VNBWYOMP.js";
import {
  isWholeBuffer,
  readRest
} from "./chunk-47ZAMWHR.js";
import {
  readFileSync,
  statSync
} from "./chunk-T7WBHCFS.js";
import {
  guarded
} from "./chunk-HUXGCHK7.js";
import "./chunk-BE7JI7H6.js";

// src/cli/worker.ts
import { once } from "node:events";
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData } from "node:worker_threads";
var YOUNG_GENERATION_MB = 24;
var PENDING = 0;
var GO = 1;
var STOP = 2;
function handedOver() {
  if (isMainThread) return void 0;
  const done = (code) => process.exit(code);
  const data = workerData;
  const { stdoutIsTTY, stdinLater, decision } = data;
  const files = data.files && filesReceived(data.files);
  const ready = () => {
    if (decision) Atomics.wait(decision, 0, PENDING);
    return !decision || Atomics.load(decision, 0) === GO;
  };
  return { stdoutIsTTY, stdin: stdinLater && (() => arrival(stdinLater)), files, ready, done };
}
async function arrival(port) {
  const [message] = await once(port, "message");
  port.close();
  if ("error" in message) throw new Error(message.error);
  return Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
}
function startWorker(entry, argv, data, early, stdin) {
  guarded(process.stdout);
  guarded(process.stderr);
  const transferList = [];
  if (stdin) {
    const later = new MessageChannel();
    data.stdinLater = later.port2;
    transferList.push(later.port2);
    readRest(process.stdin, stdin.head, stdin.maxBytes + 1).then(
      (bytes) => later.port1.postMessage({ bytes }, [bytes.buffer]),
      (error) => later.port1.postMessage({ error: error.code ?? error.message })
    ).finally(() => later.port1.close());
  }
  const channel = new MessageChannel();
  const sent = new Int32Array(new SharedArrayBuffer(4));
  data.files = { port: channel.port2, sent };
  transferList.push(channel.port2);
  if (early) data.decision = new Int32Array(new SharedArrayBuffer(4));
  const decide = (decision) => {
    if (!data.decision) return;
    Atomics.store(data.decision, 0, decision);
    Atomics.notify(data.decision, 0);
  };
  if (!early) restoreV8Defaults();
  const worker = new Worker(entry, { argv, workerData: data, transferList, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  if (early) worker.unref();
  let failed;
  let exitCode;
  let settle;
  worker.on("error", (error) => {
    failed = error;
    settle?.(report(error));
  });
  worker.on("exit", (code) => {
    if (data.stdinLater) process.stdin.destroy();
    exitCode = code;
    settle?.(code);
  });
  return {
    usable: () => failed === void 0 && exitCode === void 0,
    go(files) {
      return new Promise((resolve) => {
        settle = resolve;
        if (failed) return resolve(report(failed));
        if (exitCode !== void 0) return resolve(exitCode);
        restoreV8Defaults();
        worker.ref();
        decide(GO);
        sendFiles(files, channel.port1, sent);
      });
    },
    stop() {
      decide(STOP);
      channel.port1.close();
    }
  };
}
function report(error) {
  const message = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "the inputs are too large for the memory available (see docs/limits.md)" : `internal error: ${error.message}`;
  process.stderr.write(`litellm-preflight: ${message}
`);
  return 2;
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
      port.postMessage({ path, bytes }, isWholeBuffer(bytes) ? [bytes.buffer] : []);
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
  filesReceived,
  handedOver,
  sendFiles,
  startWorker
};
