#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  HELP
} from "./chunks/chunk-BQFNLNZJ.js";
import {
  MIN_NODE,
  VERSION,
  nodeTooOld
} from "./chunks/chunk-PZGEJKJL.js";
import {
  guarded,
  writeFailed
} from "./chunks/chunk-QNYRRAXZ.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/cli/main.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var args = process.argv.slice(2);
if (nodeTooOld(process.versions.node)) {
  guarded(process.stderr).write(`litellm-preflight: needs Node.js >= ${MIN_NODE}, but runs on Node.js v${process.versions.node} (${process.execPath}); install Node.js 22.19 or later (24 LTS recommended) and run it with that
`);
  process.exitCode = 2;
} else if (args[0] === "--version" || args[0] === "-v") {
  guarded(process.stdout).write(`${VERSION}
`);
} else if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
  guarded(process.stdout).write(HELP);
} else {
  const { commandOf, keepYoungGenerationSmall, offloadTo } = await import("./chunks/offload-NVHTDYLH.js");
  const { command, onWorker } = commandOf(args);
  const worker = onWorker ? (await import("./chunks/worker-H3A3LEFN.js")).handedOver() : void 0;
  const offload = worker ? void 0 : await offloadTo(new URL(import.meta.url), command, process.cwd());
  const early = offload && !offload.bigInputs && (await import("./chunks/lint-args-UZPYBPTF.js")).namesChart(command) ? (await import("./chunks/early-helm-25COCEJ6.js")).startHelmEarly(command.slice(1), process.cwd(), process.env) : void 0;
  const { runCli } = await import("./chunks/run-3O7AYAFI.js");
  if (worker?.ready() === false) {
    worker.done(0);
  } else {
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
      ...offload ? { offload } : {},
      ...worker?.files ? { readBefore: worker.files } : {},
      ...worker?.stdin ? { stdinBefore: worker.stdin } : {},
      ...early ? { helmStarted: early } : {}
    });
    process.exitCode = writeFailed() ? 2 : code;
    offload?.dispose();
    early?.stop();
    worker?.done(process.exitCode);
  }
}
