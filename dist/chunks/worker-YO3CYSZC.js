import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  inputBytes
} from "./chunk-XCKGFVKE.js";
import {
  readRest
} from "./chunk-IELJLFC6.js";
import "./chunk-BE7JI7H6.js";

// src/cli/worker.ts
import { once } from "node:events";
import { readFileSync, statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData } from "node:worker_threads";
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
var YOUNG_GENERATION_MB = 24;
function offloadTo(entry, argv, cwd) {
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  let early = namedInputBytes(argv, cwd) >= WORKER_MIN_BYTES ? startWorker(entry, argv, { stdoutIsTTY }, true) : void 0;
  const dispose = () => {
    early?.stop();
    early = void 0;
  };
  return {
    minBytes: WORKER_MIN_BYTES,
    run: (stdin, files) => {
      const started = !stdin && early?.usable() ? early : startWorker(entry, argv, { stdoutIsTTY }, false, stdin && { ...stdin, maxBytes: files.maxBytes });
      if (started !== early) dispose();
      early = void 0;
      return started.go(files);
    },
    dispose
  };
}
function namedInputBytes(argv, cwd) {
  if (argv[0] !== "lint" || argv.includes("-")) return 0;
  const paths = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const joined = /^--(?:manifests|values|budgets-config)=(.+)$/.exec(arg);
    if (joined) paths.push(joined[1]);
    else if (INPUT_FLAGS.has(argv[i - 1]) && !arg.startsWith("-")) paths.push(arg);
  }
  return inputBytes(cwd, paths);
}
var INPUT_FLAGS = /* @__PURE__ */ new Set(["-m", "--manifests", "-f", "--values", "--budgets-config"]);
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
function keepYoungGenerationSmall() {
  semiSpaceGrowthFactor(1);
}
var KNOWN_V8 = /^1[23]\./;
function semiSpaceGrowthFactor(factor) {
  if (KNOWN_V8.test(process.versions.v8)) setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}
function startWorker(entry, argv, data, early, stdin) {
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
  if (!early) semiSpaceGrowthFactor(2);
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
        semiSpaceGrowthFactor(2);
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
  namedInputBytes,
  offloadTo,
  sendFiles
};
