import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  HELP
} from "./chunk-JCQP6QQO.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_OPTIONS,
  SetApplyError,
  SetSyntaxError,
  appendOutput,
  formatJson,
  headText,
  inputBytes,
  lint,
  liveConfig,
  parseConfig,
  readHead,
  readInputText,
  readStdinText,
  rules,
  writeOutput
} from "./chunk-KROLSLQI.js";
import {
  UsageError
} from "./chunk-PZ4JXDO2.js";
import {
  DEFAULT_TIMEOUT_MS
} from "./chunk-FLM64P6W.js";
import {
  VERSION
} from "./chunk-BOIGW645.js";
import {
  findConfigFile
} from "./chunk-356GWT3Q.js";
import {
  activeFindings,
  countBySeverity,
  relativeName
} from "./chunk-WJPUQHBL.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BE7JI7H6.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli/run.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/format/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/format/safe-text.ts
function printable(text) {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    const code = char.charCodeAt(0);
    return code === 10 ? "\\n" : code === 13 ? "\\r" : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/format/stylish.ts
function formatStylish(result, options) {
  const c = import_picocolors.default.createColors(options.color);
  const paint = { error: c.red, warning: c.yellow, note: c.blue };
  const visible = result.findings.filter((finding) => !finding.suppressed && (!options.quiet || finding.severity === "error"));
  const out = [];
  const byFile = Map.groupBy(visible, (finding) => finding.location.file);
  for (const [file, findings] of byFile) {
    out.push(c.underline(printable(file)));
    for (const finding of findings) {
      const { start } = finding.location;
      const position = c.dim(`${start.line}:${start.column}`.padEnd(7));
      out.push(`  ${position} ${paint[finding.severity](finding.severity.padEnd(7))}  ${printable(finding.message)}  ${c.dim(finding.ruleId)}`);
      if (finding.snippet !== void 0) out.push(...codeFrame(finding, c.dim));
      for (const related of finding.related) out.push(c.dim(`           see ${printable(related.file)}:${related.start.line}:${related.start.column}`));
    }
    out.push("");
  }
  const { error: errors, warning: warnings, note: notes } = countBySeverity(visible);
  const total = errors + warnings + notes;
  if (total > 0) {
    const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${notes} note${notes === 1 ? "" : "s"})`;
    out.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  } else {
    out.push(c.green("\u2714 no problems"));
  }
  const suppressed = result.findings.filter((finding) => finding.suppressed).length;
  if (suppressed > 0) out.push(c.dim(`  ${suppressed} suppressed by inline directives`));
  for (const budget of result.budgetIds) {
    const where = budget.location ? `${budget.location.file}:${budget.location.start.line}:${budget.location.start.column}` : "built-in default";
    const facts = printable(`from ${budget.source}${budget.envName ? ` (${budget.envName})` : ""} \u2014 ${budget.scope}, ${where}`);
    out.push(`Budget id ${c.bold(printable(JSON.stringify(budget.id)))} ${facts}`);
  }
  out.push(liveLine(result, c));
  return `${out.join("\n")}
`;
}
function codeFrame(finding, dim) {
  const { start, end } = finding.location;
  const gutter = String(start.line);
  const text = printable(finding.snippet ?? "");
  const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, text.length - start.column + 1);
  const pad = " ".repeat(gutter.length);
  return [dim(`    ${gutter} | `) + text, dim(`    ${pad} | `) + " ".repeat(Math.max(0, start.column - 1)) + "^".repeat(Math.min(width, 80))];
}
function liveLine(result, c) {
  const { live } = result;
  if (live.status === "skipped") return c.dim(`Live checks skipped: ${printable(live.reason ?? "not requested")}`);
  const paint = live.status === "passed" ? c.green : live.status === "failed" ? c.red : c.yellow;
  const version = live.litellmVersion ? `, LiteLLM ${live.litellmVersion}` : "";
  return paint(`Live checks ${live.status} (${live.requests} request${live.requests === 1 ? "" : "s"}${version})`) + (live.reason ? ` \u2014 ${printable(live.reason)}` : "");
}

// src/cli/run.ts
var TOOL = { name: "litellm-preflight", version: VERSION };
var FORMATS = ["stylish", "json", "sarif", "github"];
async function runCli(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === "lint") return await lintCommand(rest, io);
    if (command === "rules") return rulesCommand(rest, io);
    throw new UsageError(`unknown command "${command}"; try --help`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SetSyntaxError || error instanceof SetApplyError) {
      io.stderr.write(`litellm-preflight: ${error.message}
`);
      return 2;
    }
    io.stderr.write(`litellm-preflight: internal error: ${error.message ?? String(error)}
`);
    return 2;
  }
}
var LINT_OPTIONS = {
  values: { type: "string", short: "f", multiple: true },
  set: { type: "string", multiple: true },
  "set-string": { type: "string", multiple: true },
  manifests: { type: "string", short: "m", multiple: true },
  format: { type: "string" },
  sarif: { type: "string" },
  "sarif-root": { type: "string" },
  "sarif-category": { type: "string" },
  output: { type: "string", short: "o" },
  config: { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  "budget-id-env": { type: "string", multiple: true },
  "default-budget-id": { type: "string" },
  "budgets-config": { type: "string" },
  "litellm-url": { type: "string" },
  offline: { type: "boolean" },
  "key-alias": { type: "string" },
  timeout: { type: "string" },
  "litellm-key-header": { type: "string" },
  chart: { type: "string" },
  release: { type: "string" },
  namespace: { type: "string" },
  "chart-version": { type: "string" },
  "values-schema": { type: "string" },
  "chart-values": { type: "string" },
  kubeconfig: { type: "string" },
  "kube-context": { type: "string" },
  "kube-timeout": { type: "string" },
  "compare-release": { type: "string" },
  "master-key-secret": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parse(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: LINT_OPTIONS
    });
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0] ?? "invalid arguments");
  }
}
async function lintCommand(argv, io) {
  const parsed = parse(argv);
  const flags = parsed.values;
  if (flags.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = flags.format ?? "stylish";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const maxWarnings = flags["max-warnings"] === void 0 ? void 0 : Number(flags["max-warnings"]);
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError("--max-warnings takes a whole number \u2265 0");
  const valuesPaths = [];
  const sets = [];
  for (const token of parsed.tokens ?? []) {
    if (token.kind === "positional") valuesPaths.push(token.value);
    else if (token.kind === "option" && token.name === "values" && token.value !== void 0) valuesPaths.push(token.value);
    else if (token.kind === "option" && (token.name === "set" || token.name === "set-string") && token.value !== void 0) {
      sets.push({ flag: `--${token.name}`, arg: token.value, index: sets.length });
    }
  }
  const manifestPaths = flags.manifests ?? [];
  if (valuesPaths.length === 0 && manifestPaths.length === 0 && sets.length === 0 && !flags["budgets-config"] && !flags.chart) {
    throw new UsageError("nothing to lint: give values files, -m manifests or --set");
  }
  if (manifestPaths.filter((path) => path === "-").length > 1) throw new UsageError("stdin (-) can be read once");
  let options = { ...DEFAULT_OPTIONS };
  const configPath = flags.config ? resolve(io.cwd, flags.config) : findConfigFile(io.cwd);
  if (configPath) {
    const text2 = readInputText(configPath, `config file ${relativeName(io.cwd, configPath)}`);
    options = await parseConfig(relativeName(io.cwd, configPath), text2, rules, options);
  }
  if (flags["budget-id-env"]) options.budgetIdEnv = flags["budget-id-env"];
  if (flags["default-budget-id"] !== void 0) options.defaultBudgetId = flags["default-budget-id"];
  const budgetsConfigPath = flags["budgets-config"];
  let stdin;
  if (io.offload) {
    const fileBytes = inputBytes(io.cwd, [...valuesPaths, ...manifestPaths, ...budgetsConfigPath ? [budgetsConfigPath] : []]);
    const readsStdin = manifestPaths.includes("-");
    const wanted = Math.min(io.offload.minBytes - fileBytes, (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) + 1);
    if (readsStdin) stdin = wanted > 0 ? await readHead(io.stdin, wanted) : { head: Buffer.alloc(0), ended: false };
    if (fileBytes + (stdin?.head.length ?? 0) >= io.offload.minBytes) return io.offload.run(stdin);
  }
  const values = [];
  for (const path of valuesPaths) {
    const name = relativeName(io.cwd, resolve(io.cwd, path));
    values.push({ name, text: readInputText(resolve(io.cwd, path), `values file ${name}`, options.maxFileBytes) });
  }
  const manifests = [];
  for (const path of manifestPaths) {
    if (path === "-") {
      manifests.push({ name: "<stdin>", text: stdin ? headText(stdin, options.maxFileBytes) : await readStdinText(io.stdin, options.maxFileBytes) });
      stdin = void 0;
    } else {
      const name = relativeName(io.cwd, resolve(io.cwd, path));
      manifests.push({ name, text: readInputText(resolve(io.cwd, path), `manifest file ${name}`, options.maxFileBytes) });
    }
  }
  let budgetsConfig;
  if (budgetsConfigPath) {
    const name = relativeName(io.cwd, resolve(io.cwd, budgetsConfigPath));
    budgetsConfig = { name, text: readInputText(resolve(io.cwd, budgetsConfigPath), `budgets config ${name}`, options.maxFileBytes) };
  }
  const extra = CHART_CLUSTER_FLAGS.some((name) => flags[name] !== void 0) ? await (await import("./chart-cluster-OQ2VC6SJ.js")).chartAndCluster(flags, valuesPaths, sets, io, !flags.offline && Boolean(flags["litellm-url"] || io.env.LITELLM_URL)) : { request: {}, rendered: void 0, masterKey: void 0 };
  if (extra.rendered) manifests.push(extra.rendered);
  const live = await livePhase(flags, io.env, options, extra.masterKey);
  const result = await lint({ rules, values, sets, manifests, options, ...budgetsConfig ? { budgetsConfig } : {}, ...live, ...extra.request });
  const color = flags["no-color"] ? false : flags.color ? true : io.env.NO_COLOR ? false : io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== "0" : Boolean(io.stdout.isTTY) && !flags.output;
  const github = format === "sarif" || format === "github" || flags.sarif ? await githubFormats(flags, io.cwd, result) : void 0;
  const sarif = github && (format === "sarif" || flags.sarif) ? github.sarif() : void 0;
  let text;
  if (format === "json") text = formatJson(result, TOOL);
  else if (sarif !== void 0 && format === "sarif") text = sarif;
  else if (github && format === "github") {
    text = github.annotations();
    if (io.env.GITHUB_STEP_SUMMARY) await appendOutput(io.env.GITHUB_STEP_SUMMARY, github.summary());
  } else text = formatStylish(result, { color, quiet: Boolean(flags.quiet) });
  if (sarif !== void 0 && flags.sarif) await writeOutput(resolve(io.cwd, flags.sarif), sarif);
  if (flags.output) await writeOutput(resolve(io.cwd, flags.output), text);
  else io.stdout.write(text);
  return exitCode(result, maxWarnings);
}
var CHART_CLUSTER_FLAGS = ["chart", "release", "namespace", "chart-version", "values-schema", "chart-values", "kubeconfig", "kube-context", "kube-timeout", "compare-release", "master-key-secret"];
async function githubFormats(flags, cwd, result) {
  const [{ findGitRoot }, { DEFAULT_SARIF_CATEGORY, formatSarif }, { rebaseResult }, { formatGithub }, { formatSummary }] = await Promise.all([
    import("./find-up-II74Z5AP.js"),
    import("./sarif-3YBABNQH.js"),
    import("./common-BSJFP7EP.js"),
    import("./github-IOF2PA7I.js"),
    import("./summary-HNPIHXU2.js")
  ]);
  const root = flags["sarif-root"] ? resolve(cwd, flags["sarif-root"]) : findGitRoot(cwd) ?? cwd;
  const category = flags["sarif-category"] ?? DEFAULT_SARIF_CATEGORY;
  let rebased;
  const inRepository = () => rebased ??= rebaseResult(result, cwd, root);
  return {
    sarif: () => formatSarif(result, { rules, tool: TOOL, root, cwd, category }),
    annotations: () => formatGithub(inRepository(), rules),
    summary: () => formatSummary(inRepository(), rules)
  };
}
async function livePhase(flags, env, options, masterKeyFromCluster) {
  const timeoutMs = flags.timeout === void 0 ? DEFAULT_TIMEOUT_MS : Number(flags.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 6e5) throw new UsageError("--timeout takes a whole number of milliseconds between 1 and 600000");
  const header = flags["litellm-key-header"];
  if (header !== void 0 && !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(header)) throw new UsageError("--litellm-key-header must be an HTTP header name");
  const alias = flags["key-alias"];
  if (alias !== void 0 && alias.trim() === "") throw new UsageError("--key-alias must not be empty");
  if (flags.offline) return { liveSkippedReason: "--offline given" };
  const url = flags["litellm-url"] || env.LITELLM_URL || void 0;
  if (!url) return { liveSkippedReason: "no LiteLLM URL given (--litellm-url or LITELLM_URL)" };
  const config = liveConfig(url, flags["litellm-url"] ? "--litellm-url" : "LITELLM_URL", env, options.budgetIdEnv[0], { masterKey: masterKeyFromCluster, keyAlias: alias, timeoutMs, keyHeader: header });
  const { createLivePhase } = await import("./phase-6XIRMIM5.js");
  return { live: createLivePhase(config) };
}
function exitCode(result, maxWarnings) {
  const counts = countBySeverity(activeFindings(result));
  if (counts.error > 0) return 1;
  return maxWarnings !== void 0 && counts.warning > maxWarnings ? 1 : 0;
}
function rulesCommand(argv, io) {
  const { values } = parse(argv);
  if (values.format === "json") {
    const list = rules.map(({ meta }) => ({ id: meta.id, severity: meta.defaultSeverity, input: meta.input, description: meta.description }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}
`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const { meta } of rules) io.stdout.write(`${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.input.padEnd(8)}  ${meta.description}
`);
  return 0;
}

export {
  runCli,
  LINT_OPTIONS,
  exitCode
};
