import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  guarded,
  streamsUsed,
  writeFailed
} from "./chunk-HUXGCHK7.js";
import "./chunk-BE7JI7H6.js";

// src/cli/launch.ts
async function launch(args, entry) {
  const { commandOf, tuneForShortRun, offloadTo, restoreV8Defaults, TURBOFAN_VALUES_BYTES } = await import("./offload-JH4VRMGL.js");
  const { command, onWorker } = commandOf(args);
  const { namedValuesBytes, namesChart } = await import("./lint-args-MBOLSMHX.js");
  const worker = onWorker ? (await import("./worker-KZVDOQGS.js")).handedOver() : void 0;
  const offload = worker ? void 0 : await offloadTo(entry, command, process.cwd());
  const early = offload && !offload.bigInputs && namesChart(command) ? (await import("./early-helm-EDVEU5HB.js")).startHelmEarly(command.slice(1), process.cwd(), process.env) : void 0;
  const { runCli } = await import("./run-YQDTVFDX.js");
  if (worker?.ready() === false) {
    return { ranHere: false, findings: false, end: () => worker.done(0) };
  }
  const launched = {
    ranHere: true,
    findings: false,
    end: () => {
      if (worker) worker.done(process.exitCode);
      else if (launched.ranHere && !streamsUsed()) process.exit();
    }
  };
  if (!worker) tuneForShortRun({ turbofan: namedValuesBytes(command, process.cwd()) >= TURBOFAN_VALUES_BYTES });
  const code = await runCli(command, {
    cwd: process.cwd(),
    env: process.env,
    // On the worker, stdout is a pipe to the main thread: colours follow the terminal behind it.
    get stdout() {
      return worker ? Object.assign(guarded(process.stdout), { isTTY: worker.stdoutIsTTY }) : guarded(process.stdout);
    },
    get stderr() {
      return guarded(process.stderr);
    },
    get stdin() {
      return process.stdin;
    },
    ...offload ? { offload: { ...offload, run: (...args2) => (launched.ranHere = false, offload.run(...args2)) } } : {},
    ...worker?.files ? { readBefore: worker.files } : {},
    ...worker?.stdin ? { stdinBefore: worker.stdin } : {},
    ...early ? { helmStarted: early } : {},
    linted: (findings) => launched.findings = findings > 0
  });
  process.exitCode = writeFailed() ? 2 : code;
  offload?.dispose();
  early?.stop();
  if (!worker) restoreV8Defaults();
  return launched;
}
export {
  launch
};
