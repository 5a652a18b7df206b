/** Loads fixture cases: a `.yaml` file (values, or manifests when named `*.manifest.yaml`) or a
 * directory whose `values*.yaml` are values layers (sorted) and `manifest*.yaml` manifests; a
 * `chart/` directory in it is the chart (or `chart-path.txt` names a shared one under fixtures/charts),
 * `helm-error.txt` what a failed `helm template` printed, `helm-warnings.txt` what one that succeeded warned of, and `release.yaml` the manifest of the
 * deployed release (--compare-release), `litellm-release.txt` the LiteLLM chart's release name.
 * Values files shaped like the LiteLLM chart's are linted as its values, as the CLI does with -f. */
import { rules } from "../../rules/registry.ts";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { readChartDir } from "../../src/io/chart-dir.ts";
import { DEFAULT_OPTIONS, lint, type LintOptions, type LintRequest } from "../../src/engine/engine.ts";
import type { Finding, LintResult } from "../../src/core/types.ts";
import type { TextInput } from "../../src/inputs/values.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const FIXTURES = join(ROOT, "fixtures");

export interface FixtureCase {
  name: string;
  /** Path of the case (file or directory), relative to the repo root. */
  path: string;
  values: TextInput[];
  manifests: TextInput[];
  /** The chart directory, relative to the repo root. */
  chart?: string;
  /** What a failed `helm template` printed. */
  helmError?: string;
  /** `helm-warnings.txt`: what a rendering that succeeded printed on stderr. */
  helmWarnings?: string;
  /** The deployed release's manifest. */
  release?: TextInput;
  /** `litellm-release.txt`: the LiteLLM chart's release name (--litellm-release). */
  litellmRelease?: string;
  /** `options.json` of a directory case: lint options (rule options, say). */
  options?: Partial<LintOptions>;
}

function input(file: string): TextInput {
  return { name: relative(ROOT, file), text: readFileSync(file, "utf8") };
}

export function loadCase(path: string): FixtureCase {
  const name = basename(path).replace(/\.ya?ml$/, "");
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((file) => /\.ya?ml$/.test(file)).sort();
    const fixture: FixtureCase = {
      name,
      path: relative(ROOT, path),
      values: files.filter((file) => file.startsWith("values")).map((file) => input(join(path, file))),
      manifests: files.filter((file) => file.startsWith("manifest")).map((file) => input(join(path, file))),
    };
    if (existsSync(join(path, "chart", "Chart.yaml"))) fixture.chart = relative(ROOT, join(path, "chart"));
    else if (files.includes("chart-path.txt") || existsSync(join(path, "chart-path.txt"))) fixture.chart = readFileSync(join(path, "chart-path.txt"), "utf8").trim();
    if (existsSync(join(path, "helm-error.txt"))) fixture.helmError = readFileSync(join(path, "helm-error.txt"), "utf8");
    if (existsSync(join(path, "helm-warnings.txt"))) fixture.helmWarnings = readFileSync(join(path, "helm-warnings.txt"), "utf8");
    if (files.includes("release.yaml")) fixture.release = input(join(path, "release.yaml"));
    if (existsSync(join(path, "litellm-release.txt"))) fixture.litellmRelease = readFileSync(join(path, "litellm-release.txt"), "utf8").trim();
    if (existsSync(join(path, "options.json"))) fixture.options = JSON.parse(readFileSync(join(path, "options.json"), "utf8")) as Partial<LintOptions>;
    return fixture;
  }
  const manifest = /\.manifest\.ya?ml$/.test(path);
  return { name, path: relative(ROOT, path), values: manifest ? [] : [input(path)], manifests: manifest ? [input(path)] : [] };
}

export function casesIn(dir: string): FixtureCase[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.filter((entry) => /\.ya?ml$/.test(entry) || statSync(join(dir, entry)).isDirectory()).map((entry) => loadCase(join(dir, entry)));
}

export async function lintCase(fixture: FixtureCase, options: Partial<LintOptions> = {}): Promise<LintResult> {
  const request: LintRequest = { rules, values: fixture.values, sets: [], manifests: fixture.manifests, options: { ...DEFAULT_OPTIONS, ...fixture.options, ...options } };
  if (fixture.chart) {
    request.chart = await readChartDir(join(ROOT, fixture.chart), fixture.chart);
    if (fixture.helmError) request.chart.renderError = fixture.helmError;
    if (fixture.helmWarnings) request.chart.renderWarnings = fixture.helmWarnings;
  }
  if (fixture.litellmRelease) request.litellmRelease = fixture.litellmRelease;
  if (fixture.release) request.deployed = { release: "fixture", namespace: "default", revision: 1, manifest: fixture.release };
  return lint(request);
}

/** The golden line format: `file:line:col-endLine:endCol severity message [rule] (related: file:line:col, …)`. */
export function goldenLine(finding: Finding): string {
  const { file, start, end } = finding.location;
  const related = finding.related.map((r) => `${r.file}:${r.start.line}:${r.start.column}`).join(", ");
  const suppressed = finding.suppressed ? " (suppressed)" : "";
  return `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${finding.severity} ${finding.message} [${finding.ruleId}]${related ? ` (related: ${related})` : ""}${suppressed}`;
}
