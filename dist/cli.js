#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  HELP
} from "./chunks/chunk-QUTSQ3CR.js";
import {
  MIN_NODE,
  VERSION,
  nodeTooOld
} from "./chunks/chunk-PZGEJKJL.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/cli/main.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var stdoutFailed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") return;
    process.exitCode = 2;
    if (stream === process.stdout && !stdoutFailed) process.stderr.write(`litellm-preflight: cannot write the report to stdout: ${error.code === "ENOSPC" ? "no space left on the device" : error.code ?? "failed"}
`);
    stdoutFailed ||= stream === process.stdout;
  });
}
var args = process.argv.slice(2);
if (nodeTooOld(process.versions.node)) {
  process.stderr.write(`litellm-preflight: needs Node.js >= ${MIN_NODE}, but runs on Node.js v${process.versions.node} (${process.execPath}); install Node.js 22.19 or later (24 LTS recommended) and run it with that
`);
  process.exitCode = 2;
} else if (args[0] === "--version" || args[0] === "-v") {
  process.stdout.write(`${VERSION}
`);
} else if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
  process.stdout.write(HELP);
} else {
  const { commandOf, keepYoungGenerationSmall, offloadTo } = await import("./chunks/offload-LBHA5KT7.js");
  const { command, onWorker } = commandOf(args);
  const worker = onWorker ? (await import("./chunks/worker-GV6ZHDLX.js")).handedOver() : void 0;
  const offload = worker ? void 0 : await offloadTo(new URL(import.meta.url), command, process.cwd());
  const early = offload && !offload.bigInputs && (await import("./chunks/lint-args-HLYA7KWB.js")).namesChart(command) ? (await import("./chunks/early-helm-ITMKBBFG.js")).startHelmEarly(command.slice(1), process.cwd(), process.env) : void 0;
  const { runCli } = await import("./chunks/run-HLRYJFGI.js");
  if (worker?.ready() === false) {
    worker.done(0);
  } else {
    if (!worker) keepYoungGenerationSmall();
    process.exitCode = await runCli(command, {
      cwd: process.cwd(),
      env: process.env,
      // On the worker, stdout is a pipe to the main thread: colours follow the terminal behind it.
      stdout: worker ? Object.assign(process.stdout, { isTTY: worker.stdoutIsTTY }) : process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      ...offload ? { offload } : {},
      ...worker?.files ? { readBefore: worker.files } : {},
      ...worker?.stdin ? { stdinBefore: worker.stdin } : {},
      ...early ? { helmStarted: early } : {}
    });
    offload?.dispose();
    early?.stop();
    worker?.done(process.exitCode);
  }
}
