#!/usr/bin/env node

// src/cli/main.ts
import * as nodeModule from "node:module";

// src/core/version.ts
var VERSION = "0.1.0";
var MIN_NODE = "22.19";
function nodeTooOld(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  const [minMajor = 0, minMinor = 0] = MIN_NODE.split(".").map(Number);
  return major < minMajor || major === minMajor && minor < minMinor;
}

// src/cli/help.ts
var LINT_OPTIONS_HELP = `Inputs:
  VALUES, -f, --values FILE     values files, merged in order like helm -f (repeatable; -f a,b is two)
  --set KEY=VAL                 Helm --set syntax, applied after the files (repeatable)
  --set-string KEY=VAL          like --set, values stay strings (repeatable)
  --set-json KEY=JSON           like --set, values are JSON (repeatable; applied before --set)
  --set-file KEY=PATH           like --set, the value is the text of PATH (repeatable; applied after --set-string)
  --set-literal KEY=TEXT        like --set, the value is the rest of the argument, commas included (repeatable; applied last)
  -m, --manifests FILE|-        rendered manifests, multi-document; - reads stdin (repeatable)

Budget ids:
  --budget-id-env NAME          env name carrying the budget id (repeatable; default LITELLM_BUDGET_ID)
  --default-budget-id ID        the id in effect where none is set (default "default")
  --budgets-config FILE         a CodeMie budgets-config.yaml to check with the inputs
  --litellm-values FILE         the LiteLLM chart's own values (repeatable, layered like -f;
                                -f files of that shape are detected)
  --litellm-release NAME        the LiteLLM chart's release name, for its Service (default litellm)

Live checks (LiteLLM proxy):
  --litellm-url URL             proxy base URL, may include a path prefix (env LITELLM_URL)
  --offline                     skip live checks even when a URL is set
  --key-alias ALIAS             find the integration key by alias (needs LITELLM_MASTER_KEY)
  --proxy-key-alias ALIAS       find CodeMie's LITE_LLM_PROXY_APP_KEY by alias (or env LITELLM_PROXY_APP_KEY)
  --timeout MS                  bound for the whole live phase (default 10000)
  --require-live                fail closed: a live check that cannot complete (proxy down, key
                                refused) is an error; an unreachable proxy is reported where the
                                URL was given
  --litellm-key-header NAME     header carrying the key (litellm_key_header_name; default Authorization)
  Credentials come only from the environment: LITELLM_MASTER_KEY (admin: budgets, keys, teams)
  and LITELLM_API_KEY (the platform's integration key); never from the linted files.

Charts (needs helm on PATH; see docs/charts.md):
  --chart DIR|REF               render with helm template (same -f/--set, same order) and lint the output
  --release NAME                release name for helm template (default: --compare-release, else helm's)
  -n, --namespace NS            release namespace (helm template, and cluster lookups; default
                                HELM_NAMESPACE, else the kube context's, as for helm)
  --chart-version VER           chart version for a REF (helm --version)
  --values-schema FILE          JSON schema for the values (default: the chart's values.schema.json)
  --chart-values FILE           the chart's own values.yaml, for a REF (unknown keys, schema layering)
  --helm-version 3|4            read values as this helm major does where 3 and 4 differ (default:
                                the helm that renders --chart, else 3)

Cluster (read-only; nothing is read without one of these; see docs/cluster.md):
  --kube-context NAME           read references the inputs lack from this context
  --kubeconfig FILE             kubeconfig to use (default: KUBECONFIG, ~/.kube/config, in-cluster)
  --kube-timeout MS             bound for all cluster calls of the run (default 10000)
  --compare-release NAME        compare budget id and LiteLLM URL with the deployed Helm release
                                (stored as Secrets, or ConfigMaps with HELM_DRIVER=configmap)
  --master-key-secret NS/NAME:KEY  read LITELLM_MASTER_KEY from a cluster Secret (never printed)

Output:
  --format FORMAT               stylish (default), json, sarif, github (workflow-command annotations,
                                plus a job summary when GITHUB_STEP_SUMMARY is set), gitlab (Code
                                Quality report; paths relative to --sarif-root), junit (a testcase
                                per rule and file), checkstyle
  --sarif FILE                  also write SARIF 2.1.0 to FILE, next to any format
  --gitlab-report FILE          also write the GitLab Code Quality report to FILE, next to any format
  --sarif-root DIR              SARIF URIs and gitlab paths are relative to DIR (default: the git
                                root, else the cwd)
  --sarif-category ID           runs[0].automationDetails.id (default "litellm-preflight/")
  -o, --output FILE             write the report to FILE instead of stdout
  --fail-on error|warning|never exit 1 on errors (default), on warnings too, or never
  --max-warnings N              exit 1 when there are more than N warnings (and say so)
  -q, --quiet                   report errors only (stylish)
  --verbose                     stylish: how to fix each finding, and its rule's docs
  --timing                      print where the run's time went (ms) on stderr: start, model, rules
  --baseline FILE               hide the findings recorded in FILE (default: the config's baseline:)
  --write-baseline FILE         record this run's findings in FILE (exit 0), pruning stale entries

Fixes (values files only; comments, quotes, key order and line endings kept):
  --fix                         apply the mechanical fixes in place, then report what is left
  --fix-dry-run                 show the fixes as a diff and what would be left; write nothing
  --fix-type suggestion         also apply suggestions (a budget id set to the proxy's did-you-mean)
  --no-color, --color           no colors, or colors even into a file or pipe (NO_COLOR, TERM=dumb
                                and FORCE_COLOR as Node reads it are honoured)

Config:
  --config FILE                 config file (default: .litellm-preflight.yaml found upward from the cwd)
  --environment NAME            run this environment of the config's environments: (repeatable);
                                lint with no inputs runs them all, inputs on the command line none
  In a values file, \`# litellm-preflight-disable-next-line RULE -- reason\` silences the next line,
  \`# litellm-preflight-disable-line RULE -- reason\` its own line, \`# litellm-preflight-disable RULE
  -- reason\` the whole file.

Exit codes: 0 no errors, 1 error findings (or too many warnings), 2 usage, config or I/O error.
`;
var HELP = `litellm-preflight ${VERSION}
Lints Helm values and rendered manifests of platforms that route LLM traffic through a LiteLLM
proxy, and checks the proxy live: budget ids, budget limits, the integration key's budget.

Usage:
  litellm-preflight lint [VALUES...] [options]   lint values files, manifests, a chart, or the config's environments
  litellm-preflight rules [--format stylish|json]  list the rules
  litellm-preflight post-render [VALUES...] [options]  helm post-renderer: manifests on stdin, report
                                                 on stderr, manifests out unchanged unless it fails
  litellm-preflight --version | --help           (COMMAND --help: that command's options)

${LINT_OPTIONS_HELP}`;
var LINT_HELP = `Usage: litellm-preflight lint [VALUES...] [options]

${LINT_OPTIONS_HELP}`;

// src/cli/linter-bundle.ts
async function loadLinter(entry, user, fromSources) {
  const bundle = process.getBuiltinModule("node:url").fileURLToPath(new URL("./linter.cjs", entry));
  if (!process.getBuiltinModule("node:fs").existsSync(bundle)) return { exports: await fromSources(), saveCache: () => {
  } };
  return loadLinterBundle(bundle, user, process.getBuiltinModule("node:module").getCompileCacheDir?.());
}
var BUNDLE_HASH_LINE = /^\/\/ content sha256 ([0-9a-f]{64})\n/;
function loadLinterBundle(file, user, cacheDirectory) {
  const fs = process.getBuiltinModule("node:fs");
  const { Script } = process.getBuiltinModule("node:vm");
  const { createRequire } = process.getBuiltinModule("node:module");
  const { dirname, join } = process.getBuiltinModule("node:path");
  const source = fs.readFileSync(file, "utf8");
  const hash = BUNDLE_HASH_LINE.exec(source)?.[1];
  const directory = cacheDirectory === void 0 || hash === void 0 ? void 0 : join(cacheDirectory, "litellm-preflight");
  const cacheFile = directory && join(directory, `${user}-${hash.slice(0, 32)}.cache`);
  const found = cacheFile && fileState(fs, cacheFile);
  const cached = cacheFile !== void 0 && safeDirectories(fs, directory) ? cacheOf(ownFile(fs, cacheFile)) : void 0;
  const script = new Script(source, { filename: file, ...cached ? { cachedData: cached.data } : {} });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const kinds = cached && script.cachedDataRejected !== true ? cached.kinds : [];
  return {
    exports: module.exports,
    saveCache: (kind) => {
      if (cacheFile === void 0 || kinds.includes(kind) || kinds.length >= MAX_KINDS || fileState(fs, cacheFile) !== found) return;
      writeOwnFile(fs, cacheFile, () => cacheBytes([...kinds, kind], script.createCachedData()));
    }
  };
}
var MAX_KINDS = 32;
function cacheBytes(kinds, data) {
  const list = Buffer.from(JSON.stringify(kinds));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(list.length);
  return Buffer.concat([length, list, data]);
}
function cacheOf(bytes) {
  if (bytes === void 0 || bytes.length < 4) return void 0;
  const end = 4 + bytes.readUInt32LE(0);
  if (end > bytes.length) return void 0;
  try {
    const kinds = JSON.parse(bytes.toString("utf8", 4, end));
    return Array.isArray(kinds) && kinds.every((kind) => typeof kind === "string") ? { kinds, data: bytes.subarray(end) } : void 0;
  } catch {
    return void 0;
  }
}
function fileState(fs, path) {
  try {
    const stats = fs.lstatSync(path, { throwIfNoEntry: false, bigint: true });
    return stats && `${stats.ino}:${stats.mtimeNs}`;
  } catch {
    return "unreadable";
  }
}
var POSIX = process.platform !== "win32";
function trusted(stats, directory) {
  if (!POSIX) return true;
  const uid = process.getuid?.();
  if (uid !== void 0 && stats.uid !== uid && stats.uid !== 0) return false;
  return (stats.mode & 18) === 0 || directory && (stats.mode & 512) !== 0;
}
function safeDirectories(fs, directory) {
  const { dirname } = process.getBuiltinModule("node:path");
  try {
    for (let path = directory, level = 0; level < 3; path = dirname(path), level++) {
      const stats = fs.lstatSync(path);
      if (!stats.isDirectory() || !trusted(stats, true)) return false;
    }
    return true;
  } catch {
    return false;
  }
}
function ownFile(fs, path) {
  let fd;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    const stats = fs.fstatSync(fd);
    if (!stats.isFile() || !trusted(stats, false) || POSIX && stats.uid !== process.getuid?.()) return void 0;
    return fs.readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
var STALE_MS = 30 * 24 * 3600 * 1e3;
function writeOwnFile(fs, path, bytes) {
  const { basename, dirname, join } = process.getBuiltinModule("node:path");
  const directory = dirname(path);
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 448 });
    if (!safeDirectories(fs, directory)) return;
    fs.accessSync(directory, fs.constants.W_OK);
    fs.writeFileSync(temporary, bytes(), { mode: 384, flag: "wx" });
    fs.renameSync(temporary, path);
    for (const name of fs.readdirSync(directory)) {
      const other = join(directory, name);
      if (name === basename(path) || !/\.(?:cache|tmp)$/.test(name)) continue;
      const stats = fs.lstatSync(other);
      if (stats.isFile() && Date.now() - stats.mtimeMs > (name.endsWith(".tmp") ? 3600 * 1e3 : STALE_MS)) fs.rmSync(other, { force: true });
    }
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
    }
  }
}

// src/cli/std-streams.ts
var watched = /* @__PURE__ */ new WeakSet();
var stdoutFailed = false;
var streamUsed = false;
function guarded(stream) {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  streamUsed = true;
  stream.on("error", (error) => {
    if (error.code === "EPIPE") return;
    process.exitCode = 2;
    if (stream === process.stdout && !stdoutFailed) guarded(process.stderr).write(`litellm-preflight: cannot write the report to stdout: ${error.code === "ENOSPC" ? "no space left on the device" : error.code ?? "failed"}
`);
    stdoutFailed ||= stream === process.stdout;
  });
  return stream;
}

// src/cli/main.ts
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
  const linter = await loadLinter(import.meta.url, lintsManifestsOnly(kind) ? "cli-manifests" : "cli", () => import("./linter.cjs"));
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
