#!/usr/bin/env node
/**
 * The pre-commit entry, bundled to dist/hook.js: the `litellm-preflight-hook` bin of the package
 * (hook `litellm-preflight`, `language: node`) and run directly by hook `litellm-preflight-bundled`
 * (`language: script`); see .pre-commit-hooks.yaml. It checks the Node.js version before it loads
 * the linter (see node-version.ts), then lints each file on its own (run.ts).
 */
import { nodeTooOld } from "./node-version.ts";

const tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld !== undefined) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const { runHook } = await import("./run.ts");
  process.exitCode = await runHook(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  });
}
