/**
 * `npm run bench`: the whole CLI as users run it — a process, `node dist/cli.js lint -m FILE
 * --format sarif -o OUT` — against a bare `node -e 'yaml.parseAllDocuments(file)'` process of the
 * same file. Runs are interleaved (CLI, yaml, CLI, yaml, …) and the medians compared, so both see
 * the same machine load; peak RSS of the CLI comes from one more run. Processes are started and
 * timed by scripts/bench-timer.ts, a process that holds nothing, as a shell would start them.
 * Build first (`npm run build`).
 * Not a test: numbers vary with the machine; the README records one run.
 *
 * Real helm renders come from charts on this machine, rendered at bench time with real helm 3
 * (tools/helm.ts); nothing of them is kept in the project:
 *   --codemie DIR    CodeMie's chart (codemie-ai/codemie `deploy-templates/`), 200 releases
 *   --crds DIR       a chart with CRDs, rendered with --include-crds
 *   --chart DIR      (repeatable) public charts, each rendered once with --include-crds, linted as one stream
 * (or BENCH_CODEMIE_CHART / BENCH_CRD_CHART / BENCH_CHARTS, paths joined with `:`). Without them those rows are left out.
 * With CodeMie's chart, `lint --chart` of it is timed as well (helm 3 on PATH, rendering inside the
 * run), beside `helm template` of it alone.
 * BENCH_CLI times another build of the CLI (the bundle of an earlier commit, for a before/after
 * table); BENCH_RUNS sets the runs per row (default 5; 3 for 50 MB). The cost of findings is timed
 * once more with the two 5 MB files interleaved with each other. The finding-dense 50 MB file is
 * linted once more in each report format, piped to stdin, and writing and reading a baseline of all
 * its findings, for their time and peak RSS.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { rules } from "../rules/registry.ts";
import { DEFAULT_OPTIONS, lint } from "../src/engine/engine.ts";
import { createLivePhase } from "../src/live/phase.ts";
import { loadManifests } from "../src/inputs/manifests.ts";
import { startFakeLiteLLM } from "../tools/fakes/litellm/server.ts";
import { helmBinary } from "../tools/helm.ts";
import { manifestWithWorkloads, renderedManifest } from "./bench-inputs.ts";
import type { Sample, TimedCommand } from "./bench-timer.ts";

const { values: args } = parseArgs({ options: { codemie: { type: "string" }, crds: { type: "string" }, chart: { type: "string", multiple: true } } });
const codemieChart = args.codemie ?? process.env.BENCH_CODEMIE_CHART;
const crdChart = args.crds ?? process.env.BENCH_CRD_CHART;
const publicCharts = args.chart ?? process.env.BENCH_CHARTS?.split(":").filter(Boolean) ?? [];
const cli = resolve(process.env.BENCH_CLI ?? "dist/cli.js");
const defaultRuns = Number(process.env.BENCH_RUNS ?? 5);

const dir = mkdtempSync(join(tmpdir(), "litellm-preflight-bench-"));
const out = join(dir, "out.sarif");
const yamlEntry = createRequire(import.meta.url).resolve("yaml");
const YAML_ONLY = `require(${JSON.stringify(yamlEntry)}).parseAllDocuments(require("node:fs").readFileSync(process.argv[1], "utf8"))`;

const ms = (value: number) => `${Math.round(value).toLocaleString("en")} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const TIMER = fileURLToPath(new URL("./bench-timer.ts", import.meta.url));

/** The samples of `runs` rounds of the commands, run in turn by bench-timer.ts, a process that holds nothing. */
function timed(commands: TimedCommand[], runs: number): Sample[][] {
  const run = spawnSync(process.execPath, [TIMER], { input: JSON.stringify({ commands, runs }), stdio: ["pipe", "pipe", "inherit"], maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`the bench's timer exited ${run.status}`);
  return JSON.parse(String(run.stdout)) as Sample[][];
}

/** Medians of interleaved runs of each command (node's arguments, or `{ program, args }`); exit codes 0 and 1 pass (a lint with findings exits 1 by design). */
function interleaved(commands: (string[] | { program: string; args: string[] })[], runs: number): number[] {
  const timedCommands = commands.map((command): TimedCommand => (Array.isArray(command) ? { program: process.execPath, args: command } : command));
  return timed(timedCommands, runs).map((samples) => median(samples.map((sample) => sample.ms)));
}

/** The CLI through a wrapper that writes its peak RSS (`maxRSS`, its worker threads included) to fd 3 on exit; `stdinFile` is piped to it, as `helm template … | litellm-preflight lint -m -` does. */
function measured(cliArgs: string[], stdinFile?: string): TimedCommand {
  const wrapper = join(dir, "rss.mjs");
  writeFileSync(wrapper, `import { writeSync } from "node:fs";\nprocess.on("exit", () => writeSync(3, String(process.resourceUsage().maxRSS)));\nawait import(${JSON.stringify(pathToFileURL(cli).href)});\n`);
  return { program: process.execPath, args: [wrapper, ...cliArgs], rssOnFd3: true, ...(stdinFile ? { stdinFile } : {}) };
}

/** Peak RSS in bytes of one CLI run. */
function peakRss(cliArgs: string[]): number {
  return timed([measured(cliArgs)], 1)[0]![0]!.rss!;
}

/** Shares of the text's characters by who read their documents (src/inputs/manifests.ts). */
function readShares(text: string): string {
  const { readBy } = loadManifests([{ name: "bench.yaml", text }]);
  const share = (count: number) => `${((count / text.length) * 100).toFixed(1)}%`;
  return `${share(readBy.lines)} / ${share(readBy.identity)} / ${share(readBy.recursive)} / ${share(readBy.yaml)}`;
}

function helmTemplate(args: string[]): string {
  return execFileSync(helmBinary(3), ["template", ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
}

interface Input {
  label: string;
  text: string;
  runs?: number;
  /** The finding-cost comparison takes its two files from here. */
  findingCost?: "none" | "every";
}

const inputs: Input[] = [];
const generated = (label: string, bytes: number, share: number, runs?: number, findingCost?: Input["findingCost"]) => {
  const { text, workloads } = renderedManifest(bytes, share);
  inputs.push({ label: `${label} (${workloads.toLocaleString("en")} Deployments)`, text, runs, findingCost });
};
generated("generated 5 MB, no finding", 5e6, 0, undefined, "none");
generated("generated 5 MB, a finding on 1% of workloads", 5e6, 0.01);
generated("generated 5 MB, a finding on 10% of workloads", 5e6, 0.1);
generated("generated 5 MB, a finding on every workload", 5e6, 1, undefined, "every");
generated("generated 50 MB, no finding", 50e6, 0, 3);
generated("generated 50 MB, a finding on every workload", 50e6, 1, 3);
if (codemieChart) {
  const releases = Array.from({ length: 200 }, (_, i) => helmTemplate([`codemie-${i}`, codemieChart, "--namespace", `team-${i}`]));
  inputs.push({ label: "CodeMie chart, real helm 3, 200 releases", text: releases.join("") });
}
if (crdChart) inputs.push({ label: "chart with CRDs, real helm 3 --include-crds", text: helmTemplate(["crds", crdChart, "--include-crds"]) });
if (publicCharts.length > 0) {
  const renders = publicCharts.map((chart, i) => helmTemplate([`public-${i}`, chart, "--include-crds"]));
  inputs.push({ label: `${publicCharts.length} public charts, real helm 3 --include-crds, one stream`, text: renders.join("") });
}

const table: string[][] = [];
try {
  const startRows: string[][] = [];
  const typicalChart = join(dir, "chart.yaml");
  writeFileSync(typicalChart, renderedManifest(200_000).text);
  const [bare, version, typical, configured] = interleaved(
    [
      ["-e", "0"],
      [cli, "--version"],
      [cli, "lint", "examples/values.yaml", "-f", "examples/prod-values.yaml", "-m", typicalChart, "-o", join(dir, "out.txt")],
      // A repository's config, validated on every run: examples/ has three environments.
      [cli, "lint", "--config", "examples/.litellm-preflight.yaml", "--offline", "-o", join(dir, "out.txt")],
    ],
    Math.max(defaultRuns, 10),
  );
  startRows.push(
    ["bare `node -e 0`", ms(bare!)],
    ["`--version`", ms(version!)],
    ["`lint` CodeMie values + 200 KB render", ms(typical!)],
    ["`lint` with a config file (`examples/`, 3 environments)", ms(configured!)],
  );
  if (codemieChart) {
    // --chart as users run it: helm 3 on PATH renders inside the run; `helm template` alone is its floor.
    process.env.PATH = `${dirname(helmBinary(3))}${delimiter}${process.env.PATH ?? ""}`;
    const [withChart, helmAlone] = interleaved([[cli, "lint", "--chart", codemieChart, "--format", "sarif", "-o", out], { program: helmBinary(3), args: ["template", codemieChart] }], Math.max(defaultRuns, 10));
    startRows.push(["`lint --chart` CodeMie's chart (helm 3 renders inside)", ms(withChart!)], ["`helm template` of that chart alone", ms(helmAlone!)]);
  }

  for (const input of inputs) {
    const file = join(dir, "input.yaml");
    writeFileSync(file, input.text);
    const cliArgs = ["lint", "-m", file, "--format", "sarif", "-o", out];
    const [tool, yaml] = interleaved([[cli, ...cliArgs], ["-e", YAML_ONLY, file]], input.runs ?? defaultRuns);
    const rss = peakRss(cliArgs);
    const limit = 4 * input.text.length + 100e6;
    table.push([
      input.label,
      mb(input.text.length),
      ms(tool!),
      ms(yaml!),
      `**${(yaml! / tool!).toFixed(1)}×**`,
      `${mb(rss)} (${rss <= limit ? "≤" : "**>**"} ${mb(limit)})`,
      readShares(input.text),
    ]);
    console.error(`done: ${input.label}`);
  }

  print(["start", "time"], startRows);
  console.log();
  print(["input", "size", "CLI process", "`yaml.parseAllDocuments` process", "CLI faster by", "CLI peak RSS (target 4 × input + 100 MB)", "read by lines / identity only / recursive / `yaml`"], table);

  // The finding-dense 50 MB file in every report format, and piped to stdin: the rows above are SARIF from a file.
  const dense = inputs.find((input) => input.label.startsWith("generated 50 MB, a finding on every workload"));
  if (dense) {
    const file = join(dir, "dense.yaml");
    writeFileSync(file, dense.text);
    const limit = 4 * dense.text.length + 100e6;
    const ways: [string, string[], string?][] = ["sarif", "json", "stylish", "github", "gitlab", "junit", "checkstyle"].map((format) => [`\`--format ${format}\`, file`, ["lint", "-m", file, "--format", format, "-o", join(dir, "out.report")]]);
    ways.push(["`--format sarif`, piped to `-m -`", ["lint", "-m", "-", "--format", "sarif", "-o", out], file]);
    // Adopting a baseline is when a lint has the most findings.
    const baseline = join(dir, "baseline.json");
    ways.push(["`--write-baseline`, file", ["lint", "-m", file, "--write-baseline", baseline, "-o", join(dir, "out.report")]]);
    ways.push(["`--baseline` (every finding in it), `--format sarif`, file", ["lint", "-m", file, "--baseline", baseline, "--format", "sarif", "-o", out]]);
    timed([measured(["lint", "-m", file, "--write-baseline", baseline, "-o", join(dir, "out.report")])], 1);
    const samples = timed(ways.map(([, args, stdinFile]) => measured(args, stdinFile)), Math.min(defaultRuns, 3));
    console.log();
    print(
      ["generated 50 MB, a finding on every workload", "CLI process", "CLI peak RSS (target 300 MB)"],
      ways.map(([label], i) => {
        const rss = median(samples[i]!.map((sample) => sample.rss!));
        return [label, ms(median(samples[i]!.map((sample) => sample.ms))), `${mb(rss)} (${rss <= limit ? "≤" : "**>**"} ${mb(limit)})`];
      }),
    );
  }

  // What findings cost: the CLI on the same-sized files with none and with one on every workload,
  // interleaved with each other (rows of the table above ran minutes apart, and the machine drifts).
  const none = inputs.find((input) => input.findingCost === "none");
  const every = inputs.find((input) => input.findingCost === "every");
  if (none && every) {
    const [noneFile, everyFile] = [join(dir, "none.yaml"), join(dir, "every.yaml")];
    writeFileSync(noneFile, none.text);
    writeFileSync(everyFile, every.text);
    const [withNone, withEvery] = interleaved([[cli, "lint", "-m", noneFile, "--format", "sarif", "-o", out], [cli, "lint", "-m", everyFile, "--format", "sarif", "-o", out]], Math.max(defaultRuns, 10));
    console.log();
    print(["finding cost (target at most 1.5×)", "no finding", "a finding on every workload", "ratio"], [["generated 5 MB, interleaved", ms(withNone!), ms(withEvery!), `**${(withEvery! / withNone!).toFixed(2)}×**`]]);
  }

  // Live phase: requests against the fake proxy for 1 and 1,000 workloads (in process).
  const proxy = await startFakeLiteLLM({ fixture: "demo" });
  const liveRows: string[][] = [];
  try {
    for (const workloads of [1, 1000]) {
      const manifest = manifestWithWorkloads(workloads);
      const live = createLivePhase({ url: proxy.url, masterKey: "sk-demo-master-0001", apiKey: "sk-demo-integration-0001", timeoutMs: 10_000, budgetIdEnv: "LITELLM_BUDGET_ID" });
      const start = performance.now();
      const result = await lint({ rules, values: [], sets: [], manifests: [{ name: "m.yaml", text: manifest }], options: DEFAULT_OPTIONS, live });
      liveRows.push([`live phase, ${workloads} workload${workloads === 1 ? "" : "s"}`, `${result.live.requests} requests`, `${ms(performance.now() - start)} whole lint, status ${result.live.status}`]);
    }
  } finally {
    await proxy.close();
  }
  console.log();
  print(["live phase", "requests", "time"], liveRows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nnode ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), CLI ${cli}`);

function print(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(r));
}
