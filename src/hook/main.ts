#!/usr/bin/env node
/**
 * The pre-commit entry, bundled to dist/hook.js: the `litellm-preflight-hook` bin of the package
 * (hook `litellm-preflight`, `language: node`) and run directly by hook `litellm-preflight-bundled`
 * (`language: script`); see .pre-commit-hooks.yaml. It checks the Node.js version before it loads
 * the linter (see node-version.ts): on one too old it runs itself with a newer `node` from PATH, or
 * says what to change; then it lints each file on its own (run.ts).
 */
import { spawnSync } from "node:child_process";
import * as nodeModule from "node:module";
import { newerNodeOnPath, nodeTooOld } from "./node-version.ts";
import { loadLinter } from "../cli/linter-bundle.ts";
import { guarded, writeFailed } from "../cli/std-streams.ts";

// As the CLI does (src/cli/main.ts): V8's code for the linter, cached across runs.
nodeModule.enableCompileCache?.();

const tooOld = nodeTooOld(process.versions.node, process.execPath);
const newer = tooOld === undefined ? undefined : newerNodeOnPath(process.env.PATH, process.execPath);
if (newer !== undefined) {
  // Too old here, but a newer Node.js is on PATH: run this same bundle with it.
  const run = spawnSync(newer, [process.argv[1]!, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exitCode = run.status ?? 2;
} else if (tooOld !== undefined) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const linter = await loadLinter(import.meta.url, "hook", () => import("./run.ts"));
  let findings = false;
  // A full disk or a reader gone under stdout: one line on stderr and exit 2 (EPIPE: the hook's own code), as in the CLI.
  const code = await linter.exports.runHook(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: guarded(process.stdout),
    stderr: guarded(process.stderr),
    stdin: process.stdin,
    linted: (count) => (findings ||= count > 0),
  });
  process.exitCode = writeFailed() ? 2 : code;
  // As the CLI's (main.ts): a run with findings calls the functions that place and report them.
  if (code !== 2) linter.saveCache(findings ? "hook findings" : "hook");
}
