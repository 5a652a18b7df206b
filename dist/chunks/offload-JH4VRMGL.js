import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  TURBOFAN_VALUES_BYTES,
  restoreV8Defaults,
  tuneForShortRun
} from "./chunk-VNBWYOMP.js";
import {
  inputBytes
} from "./chunk-62ITEC6O.js";
import "./chunk-T7WBHCFS.js";
import "./chunk-BE7JI7H6.js";

// src/cli/offload.ts
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
var ON_WORKER = "\0litellm-preflight-worker";
function commandOf(args) {
  const onWorker = args.at(-1) === ON_WORKER;
  return { command: onWorker ? args.slice(0, -1) : args, onWorker };
}
async function offloadTo(entry, argv, cwd) {
  const stdoutIsTTY = () => Boolean(process.stdout.isTTY);
  const bigInputs = namedInputBytes(argv, cwd) >= WORKER_MIN_BYTES;
  let early = bigInputs ? (await import("./worker-KZVDOQGS.js")).startWorker(entry, [...argv, ON_WORKER], { stdoutIsTTY: stdoutIsTTY() }, true) : void 0;
  const dispose = () => {
    early?.stop();
    early = void 0;
  };
  return {
    bigInputs,
    minBytes: WORKER_MIN_BYTES,
    run: async (stdin, files) => {
      const { startWorker } = await import("./worker-KZVDOQGS.js");
      const started = !stdin && early?.usable() ? early : startWorker(entry, [...argv, ON_WORKER], { stdoutIsTTY: stdoutIsTTY() }, false, stdin && { ...stdin, maxBytes: files.maxBytes });
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
export {
  ON_WORKER,
  TURBOFAN_VALUES_BYTES,
  WORKER_MIN_BYTES,
  commandOf,
  namedInputBytes,
  offloadTo,
  restoreV8Defaults,
  tuneForShortRun
};
