#!/usr/bin/env node
/**
 * Entry point. `--version` and `--help` answer from this small module; everything else loads the
 * linter on demand so that start-up pays only for what the command uses. Big inputs run this same
 * module again on a worker thread (see worker.ts).
 */
import * as nodeModule from "node:module";
import { MIN_NODE, nodeTooOld, VERSION } from "../core/version.ts";
import { HELP } from "./help.ts";
import { guarded, writeFailed } from "./std-streams.ts";

// V8's compiled code for the linter's modules, cached across runs (in the temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a lint starts 8-10 ms sooner.
nodeModule.enableCompileCache?.();

const args = process.argv.slice(2);
if (nodeTooOld(process.versions.node)) {
  // Checked before the linter loads: on an older Node.js it would die on a missing built-in (Map.groupBy).
  guarded(process.stderr).write(`litellm-preflight: needs Node.js >= ${MIN_NODE}, but runs on Node.js v${process.versions.node} (${process.execPath}); install Node.js 22.19 or later (24 LTS recommended) and run it with that\n`);
  process.exitCode = 2;
} else if (args[0] === "--version" || args[0] === "-v") {
  guarded(process.stdout).write(`${VERSION}\n`);
} else if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
  guarded(process.stdout).write(HELP);
} else {
  const { commandOf, keepYoungGenerationSmall, offloadTo } = await import("./offload.ts");
  const { command, onWorker } = commandOf(args);
  const worker = onWorker ? (await import("./worker.ts")).handedOver() : undefined;
  // Made before the linter loads when the named files are big (see offloadTo).
  const offload = worker ? undefined : await offloadTo(new URL(import.meta.url), command, process.cwd());
  // `lint --chart`: helm renders while the linter loads (see early-helm.ts); with big inputs the worker renders.
  const early = offload && !offload.bigInputs && (await import("./lint-args.ts")).namesChart(command) ? (await import("./early-helm.ts")).startHelmEarly(command.slice(1), process.cwd(), process.env) : undefined;
  const { runCli } = await import("./run.ts");
  if (worker?.ready() === false) {
    // Made early, and the main thread ran the command itself.
    worker.done(0);
  } else {
    // After loading the linter: its start-up allocations still grow the young generation as usual.
    if (!worker) keepYoungGenerationSmall();
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
      ...(offload ? { offload } : {}),
      ...(worker?.files ? { readBefore: worker.files } : {}),
      ...(worker?.stdin ? { stdinBefore: worker.stdin } : {}),
      ...(early ? { helmStarted: early } : {}),
    });
    // A failed write to stdout is exit 2, also when it failed before the run ended (a worker's output).
    process.exitCode = writeFailed() ? 2 : code;
    offload?.dispose();
    // Taken by the run and ended, or not taken (an error before the chart, a worker).
    early?.stop();
    worker?.done(process.exitCode);
  }
}
