import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunk-BE7JI7H6.js";

// src/cli/worker.ts
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { isMainThread, Worker, workerData } from "node:worker_threads";
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
var YOUNG_GENERATION_MB = 24;
function offloadTo(entry, argv) {
  return {
    minBytes: WORKER_MIN_BYTES,
    run: (stdin) => runOnWorker(entry, argv, { stdoutIsTTY: Boolean(process.stdout.isTTY), ...stdin ? { stdinHead: stdin.head } : {}, stdinRest: stdin !== void 0 && !stdin.ended })
  };
}
function handedOver() {
  if (isMainThread) return void 0;
  const done = (code) => process.exit(code);
  const data = workerData;
  const { stdoutIsTTY, stdinHead, stdinRest } = data;
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
function runOnWorker(entry, argv, data) {
  semiSpaceGrowthFactor(2);
  const head = data.stdinHead;
  const transferList = head && head.byteOffset === 0 && head.byteLength === head.buffer.byteLength ? [head.buffer] : [];
  return new Promise((resolve) => {
    const worker = new Worker(entry, { argv, workerData: data, transferList, stdin: data.stdinRest, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
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
export {
  WORKER_MIN_BYTES,
  handedOver,
  keepYoungGenerationSmall,
  offloadTo
};
