/**
 * `lint`'s command line: its options, and the values layers and --chart flags it names. Small and
 * apart from run.ts: main.ts reads it before the linter loads, to start helm early (early-helm.ts).
 */
import { parseCommandLine, type OptionTable, type ParsedArgs } from "./args.ts";
import { UsageError } from "../core/errors.ts";
import { inputBytes } from "../io/input-bytes.ts";
import type { SetInput } from "../inputs/values.ts";
import type { ChartFlags } from "../io/helm.ts";

/** The options of `lint` (the pre-commit hook reads which of them take a value). */
export const LINT_OPTIONS = {
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
  help: { type: "boolean", short: "h" },
} as const satisfies OptionTable;

export type LintArgs = ParsedArgs<typeof LINT_OPTIONS>;

/** Whether a command (`lint …`) may render a chart: main.ts then starts helm early (early-helm.ts). */
export function namesChart(command: readonly string[]): boolean {
  return command[0] === "lint" && command.some((arg) => arg === "--chart" || arg.startsWith("--chart="));
}

/** helm template's flags a user may copy into `lint --chart`, which passes helm only the values flags, --release, --namespace and --chart-version. */
const ELSEWHERE = "it is helm template's; lint --chart renders with the values flags, --release, --namespace and --chart-version only: for others use the helm preflight plugin (it passes every helm flag), or lint helm template's output with -m";
const HELM_TEMPLATE_HINTS: Record<string, string> = {
  "--version": "the chart's version is --chart-version (litellm-preflight --version prints the tool's)",
  ...Object.fromEntries(["--kube-version", "--api-versions", "--repo", "--include-crds", "--show-only", "--post-renderer", "--post-renderer-args", "--devel", "--dependency-update", "--skip-crds", "--skip-tests", "--no-hooks", "--is-upgrade", "--name-template", "--generate-name", "--validate", "--username", "--password", "--ca-file", "--cert-file", "--key-file", "--insecure-skip-tls-verify", "--plain-http", "--pass-credentials", "--keyring", "--verify", "--output-dir", "--release-name", "--enable-dns", "--disable-openapi-validation", "--wait", "--atomic"].map((flag) => [flag, ELSEWHERE])),
};

export function parseLintArgs(argv: readonly string[]): LintArgs {
  return parseCommandLine(argv, LINT_OPTIONS, "lint", HELM_TEMPLATE_HINTS);
}

const SET_FLAGS = new Set(["set", "set-string", "set-json", "set-file", "set-literal"]);

/** Values files (positional or -f) and --set flags, each in command-line order. */
export function layersOf(parsed: LintArgs): { valuesPaths: string[]; sets: SetInput[] } {
  const valuesPaths: string[] = [];
  const sets: SetInput[] = [];
  for (const token of parsed.tokens) {
    if (token.kind === "positional") valuesPaths.push(token.value);
    else if (token.kind === "option" && token.name === "values" && token.value !== undefined) valuesPaths.push(...valuesFlagPaths(token.value));
    else if (token.kind === "option" && SET_FLAGS.has(token.name) && token.value !== undefined) {
      sets.push({ flag: `--${token.name}` as SetInput["flag"], arg: token.value, index: sets.length });
    }
  }
  return { valuesPaths, sets };
}

/**
 * Bytes of the values files a `lint` command names (positional or -f), 0 for another command or
 * one that does not parse (running it says why).
 */
export function namedValuesBytes(command: readonly string[], cwd: string): number {
  if (command[0] !== "lint") return 0;
  try {
    return inputBytes(cwd, layersOf(parseLintArgs(command.slice(1))).valuesPaths);
  } catch {
    return 0;
  }
}

/**
 * The files of one `-f` as helm reads the flag (a pflag string slice): comma-separated, as one CSV
 * record, so `-f a.yaml,b.yaml` is two layers and `"a,b.yaml"` in double quotes one. What Go's CSV
 * reader refuses (a stray or unclosed quote) helm refuses, and so does this; an empty name too.
 */
export function valuesFlagPaths(value: string): string[] {
  // An empty -f (`-f "$EXTRA_VALUES"` unset) is no record at all to Go's CSV reader: no file.
  if (value === "") return [];
  if (!/[,"]/.test(value)) return [value];
  const refuse = (why: string): never => {
    throw new UsageError(`-f ${value}: ${why} (helm reads -f as comma-separated names, a name with a comma in double quotes)`);
  };
  const paths: string[] = [];
  let i = 0;
  for (;;) {
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

/** --chart and what goes with it to helm (the release defaults to --compare-release's). */
export function chartFlagsOf(flags: LintArgs["values"]): ChartFlags {
  return {
    chart: flags.chart,
    release: flags.release ?? flags["compare-release"],
    namespace: flags.namespace,
    chartVersion: flags["chart-version"],
    valuesSchema: flags["values-schema"],
    chartValues: flags["chart-values"],
  };
}
