import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  inputBytes
} from "./chunk-62ITEC6O.js";
import {
  closest
} from "./chunk-2FUTJC6X.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";

// src/cli/args.ts
function parseCommandLine(argv, table, command, hints = {}) {
  const shorts = new Map(Object.entries(table).flatMap(([name, spec]) => spec.short ? [[spec.short, name]] : []));
  const values = {};
  const positionals = [];
  const tokens = [];
  const set = (name, value) => {
    const spec = table[name];
    tokens.push({ kind: "option", name, value });
    if (spec.type === "boolean") values[name] = true;
    else if (spec.multiple) values[name] = [...values[name] ?? [], value];
    else values[name] = value;
  };
  const unknown = (written) => {
    const name = written.split("=")[0];
    if (Object.hasOwn(hints, name)) return new UsageError(`unknown option ${name} for "${command}": ${hints[name]}`);
    const longNames = Object.keys(table).map((name2) => `--${name2}`);
    const guess = written.startsWith("--") ? closest(written, longNames) : void 0;
    return new UsageError(`unknown option ${written} for "${command}"${guess ? `; did you mean ${guess}?` : ""} (see ${command} --help)`);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      for (const rest of argv.slice(i + 1)) tokens.push({ kind: "positional", value: rest });
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const equals = arg.indexOf("=");
      const name = arg.slice(2, equals === -1 ? void 0 : equals);
      const spec = Object.hasOwn(table, name) ? table[name] : void 0;
      if (!spec) throw unknown(equals === -1 ? arg : arg.slice(0, equals));
      if (spec.type === "boolean") {
        if (equals === -1 || pflagBool(arg.slice(equals + 1), `--${name}`)) set(name, void 0);
        else delete values[name];
      } else if (equals !== -1) {
        set(name, arg.slice(equals + 1));
      } else {
        if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
        set(name, argv[++i]);
      }
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") {
      for (let j = 1; j < arg.length; j++) {
        const name = shorts.get(arg[j]);
        if (name === void 0) throw unknown(`-${arg[j]}`);
        if (table[name].type === "boolean") {
          if (arg[j + 1] === "=") {
            if (pflagBool(arg.slice(j + 2), `-${arg[j]} (--${name})`)) set(name, void 0);
            else delete values[name];
            break;
          }
          set(name, void 0);
          continue;
        }
        const rest = arg.slice(j + 1);
        if (rest !== "") set(name, rest.length > 1 && rest[0] === "=" ? rest.slice(1) : rest);
        else if (i + 1 < argv.length) set(name, argv[++i]);
        else throw new UsageError(`-${arg[j]} (--${name}) needs a value`);
        break;
      }
      continue;
    }
    tokens.push({ kind: "positional", value: arg });
    positionals.push(arg);
  }
  return { values, positionals, tokens };
}
function pflagBool(text, flag) {
  if (["1", "t", "T", "true", "TRUE", "True"].includes(text)) return true;
  if (["0", "f", "F", "false", "FALSE", "False"].includes(text)) return false;
  throw new UsageError(`${flag} takes true or false after =, not ${JSON.stringify(text)}`);
}
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  const guess = closest(value, allowed);
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, not "${value}"${guess ? `; did you mean ${guess}?` : ""}`);
}

// src/cli/lint-args.ts
var LINT_OPTIONS = {
  values: { type: "string", short: "f", multiple: true },
  set: { type: "string", multiple: true },
  "set-string": { type: "string", multiple: true },
  "set-json": { type: "string", multiple: true },
  "set-file": { type: "string", multiple: true },
  "set-literal": { type: "string", multiple: true },
  manifests: { type: "string", short: "m", multiple: true },
  format: { type: "string" },
  sarif: { type: "string" },
  "sarif-root": { type: "string" },
  "sarif-category": { type: "string" },
  "gitlab-report": { type: "string" },
  output: { type: "string", short: "o" },
  config: { type: "string" },
  "max-warnings": { type: "string" },
  "fail-on": { type: "string" },
  "require-live": { type: "boolean" },
  verbose: { type: "boolean" },
  timing: { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  environment: { type: "string", multiple: true },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-type": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  "budget-id-env": { type: "string", multiple: true },
  "default-budget-id": { type: "string" },
  "budgets-config": { type: "string" },
  "litellm-values": { type: "string", multiple: true },
  "litellm-release": { type: "string" },
  "litellm-url": { type: "string" },
  offline: { type: "boolean" },
  "key-alias": { type: "string" },
  "proxy-key-alias": { type: "string" },
  timeout: { type: "string" },
  "litellm-key-header": { type: "string" },
  chart: { type: "string" },
  release: { type: "string" },
  namespace: { type: "string", short: "n" },
  "chart-version": { type: "string" },
  "values-schema": { type: "string" },
  "chart-values": { type: "string" },
  kubeconfig: { type: "string" },
  "kube-context": { type: "string" },
  "kube-timeout": { type: "string" },
  "compare-release": { type: "string" },
  "master-key-secret": { type: "string" },
  "helm-version": { type: "string" },
  help: { type: "boolean", short: "h" }
};
function namesChart(command) {
  return command[0] === "lint" && command.some((arg) => arg === "--chart" || arg.startsWith("--chart="));
}
var ELSEWHERE = "it is helm template's; lint --chart renders with the values flags, --release, --namespace and --chart-version only: for others use the helm preflight plugin (it passes every helm flag), or lint helm template's output with -m";
var HELM_TEMPLATE_HINTS = {
  "--version": "the chart's version is --chart-version (litellm-preflight --version prints the tool's)",
  ...Object.fromEntries(["--kube-version", "--api-versions", "--repo", "--include-crds", "--show-only", "--post-renderer", "--post-renderer-args", "--devel", "--dependency-update", "--skip-crds", "--skip-tests", "--no-hooks", "--is-upgrade", "--name-template", "--generate-name", "--validate", "--username", "--password", "--ca-file", "--cert-file", "--key-file", "--insecure-skip-tls-verify", "--plain-http", "--pass-credentials", "--keyring", "--verify", "--output-dir", "--release-name", "--enable-dns", "--disable-openapi-validation", "--wait", "--atomic"].map((flag) => [flag, ELSEWHERE]))
};
function parseLintArgs(argv) {
  return parseCommandLine(argv, LINT_OPTIONS, "lint", HELM_TEMPLATE_HINTS);
}
var SET_FLAGS = /* @__PURE__ */ new Set(["set", "set-string", "set-json", "set-file", "set-literal"]);
function layersOf(parsed) {
  const valuesPaths = [];
  const sets = [];
  for (const token of parsed.tokens) {
    if (token.kind === "positional") valuesPaths.push(token.value);
    else if (token.kind === "option" && token.name === "values" && token.value !== void 0) valuesPaths.push(...valuesFlagPaths(token.value));
    else if (token.kind === "option" && SET_FLAGS.has(token.name) && token.value !== void 0) {
      sets.push({ flag: `--${token.name}`, arg: token.value, index: sets.length });
    }
  }
  return { valuesPaths, sets };
}
function namedValuesBytes(command, cwd) {
  if (command[0] !== "lint") return 0;
  try {
    return inputBytes(cwd, layersOf(parseLintArgs(command.slice(1))).valuesPaths);
  } catch {
    return 0;
  }
}
function valuesFlagPaths(value) {
  if (value === "") return [];
  if (!/[,"]/.test(value)) return [value];
  const refuse = (why) => {
    throw new UsageError(`-f ${value}: ${why} (helm reads -f as comma-separated names, a name with a comma in double quotes)`);
  };
  const paths = [];
  let i = 0;
  for (; ; ) {
    let field = "";
    if (value[i] === '"') {
      for (i++; ; i++) {
        if (i >= value.length) refuse("a quote is not closed");
        if (value[i] !== '"') field += value[i];
        else if (value[i + 1] === '"') field += value[++i];
        else break;
      }
      i++;
      if (i < value.length && value[i] !== ",") refuse("text follows a closing quote");
    } else {
      const end = value.indexOf(",", i);
      field = value.slice(i, end < 0 ? value.length : end);
      if (field.includes('"')) refuse("a quote inside a name that is not quoted");
      i = end < 0 ? value.length : end;
    }
    if (field === "") refuse("an empty file name");
    paths.push(field);
    if (i >= value.length) return paths;
    i++;
  }
}
function chartFlagsOf(flags) {
  return {
    chart: flags.chart,
    release: flags.release ?? flags["compare-release"],
    namespace: flags.namespace,
    chartVersion: flags["chart-version"],
    valuesSchema: flags["values-schema"],
    chartValues: flags["chart-values"]
  };
}

export {
  parseCommandLine,
  oneOf,
  LINT_OPTIONS,
  namesChart,
  parseLintArgs,
  layersOf,
  namedValuesBytes,
  valuesFlagPaths,
  chartFlagsOf
};
