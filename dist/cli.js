#!/usr/bin/env node
import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  HELP
} from "./chunks/chunk-BQFNLNZJ.js";
import {
  loadLinter
} from "./chunks/chunk-SUWGBZAW.js";
import {
  guarded
} from "./chunks/chunk-HUXGCHK7.js";
import {
  MIN_NODE,
  VERSION,
  nodeTooOld
} from "./chunks/chunk-PZGEJKJL.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/cli/main.ts
import * as nodeModule from "node:module";
nodeModule.enableCompileCache?.();
var MANIFESTS_ONLY_OPTIONS = /* @__PURE__ */ new Set(["-m", "--manifests", "--format", "-o", "--output", "--sarif", "--sarif-root", "--sarif-category", "--gitlab-report", "-q", "--quiet", "--no-color", "--color", "--timing", "--verbose", "--max-warnings", "--fail-on"]);
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
  const kind = runKind(args);
  const linter = await loadLinter(import.meta.url, lintsManifestsOnly(kind) ? "cli-manifests" : "cli", () => import("./chunks/launch-QFEBNB6P.js"));
  const launched = await linter.exports.launch(args, new URL(import.meta.url));
  if ((args[0] === "lint" || args[0] === "post-render") && launched.ranHere && process.exitCode !== 2) linter.saveCache(`${kind}${launched.findings ? " findings" : ""}`);
  launched.end();
}
function lintsManifestsOnly(kind) {
  const [command, ...parts] = kind.split(" ");
  return command === "lint" && parts.length > 0 && parts.every((part) => MANIFESTS_ONLY_OPTIONS.has(part.split("=", 1)[0]));
}
function runKind(args2) {
  const parts = /* @__PURE__ */ new Set();
  args2.forEach((arg, index) => {
    if (arg.startsWith("\0")) return;
    if (!arg.startsWith("-") || arg === "-") {
      if (index > 0 && !args2[index - 1].startsWith("-")) parts.add("values");
      return;
    }
    const [name, value] = arg.split("=", 2);
    parts.add(name === "--format" ? `--format=${value ?? args2[index + 1] ?? ""}` : name);
  });
  return [args2[0], ...[...parts].sort()].join(" ");
}
