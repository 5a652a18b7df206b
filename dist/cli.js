#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  HELP
} from "./chunks/chunk-JCQP6QQO.js";
import {
  VERSION
} from "./chunks/chunk-BOIGW645.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/cli/main.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") process.exitCode = 2;
  });
}
var args = process.argv.slice(2);
if (args[0] === "--version" || args[0] === "-v") {
  process.stdout.write(`${VERSION}
`);
} else if (args.length === 0 || args[0] === "--help" || args[0] === "-h" || args[0] === "help") {
  process.stdout.write(HELP);
} else {
  const { runCli } = await import("./chunks/run-HKRQF36I.js");
  const { handedOver, offloadTo } = await import("./chunks/worker-I4CZDNWK.js");
  const worker = handedOver();
  process.exitCode = await runCli(args, {
    cwd: process.cwd(),
    env: process.env,
    // On the worker, stdout is a pipe to the main thread: colours follow the terminal behind it.
    stdout: worker ? Object.assign(process.stdout, { isTTY: worker.stdoutIsTTY }) : process.stdout,
    stderr: process.stderr,
    stdin: worker?.stdin ?? process.stdin,
    ...worker ? {} : { offload: offloadTo(new URL(import.meta.url), args) }
  });
  worker?.done(process.exitCode);
}
