/**
 * `npm run bench`: generates inputs and prints ratios measured in one run on this machine.
 * Not a test: numbers vary with the machine; the README records one run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseAllDocuments } from "yaml";
import { rules } from "../rules/registry.ts";
import { buildModel, DEFAULT_OPTIONS, lint } from "../src/engine/engine.ts";
import { createLivePhase } from "../src/live/phase.ts";
import { startFakeLiteLLM } from "../tools/fakes/litellm/server.ts";
import { manifestWithWorkloads, renderedManifest } from "./bench-inputs.ts";

const dir = mkdtempSync(join(tmpdir(), "litellm-preflight-bench-"));
const rows: string[][] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String));
const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeIt(fn: () => unknown, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Exit codes are ignored: a lint with findings exits 1 by design. */
function timeCommand(args: string[], runs: number): Promise<number> {
  return timeIt(() => spawnSync(process.execPath, args, { stdio: "ignore" }), runs);
}

/**
 * Peak RSS in MB of a CLI run (the process with its worker threads, as getrusage reports it): the
 * CLI runs under a wrapper that writes `maxRSS` to fd 3 when the process exits.
 */
function peakRss(args: string[], stdin?: string): number {
  const wrapper = join(dir, "rss.mjs");
  const cli = pathToFileURL(resolve("dist/cli.js")).href;
  writeFileSync(wrapper, `import { writeSync } from "node:fs";\nprocess.on("exit", () => writeSync(3, String(process.resourceUsage().maxRSS)));\nawait import(${JSON.stringify(cli)});\n`);
  const run = spawnSync(process.execPath, [wrapper, ...args], { input: stdin ?? "", stdio: ["pipe", "ignore", "ignore", "pipe"] });
  return Number(String(run.output[3])) / 1024;
}

try {
  // Cold start.
  const bare = await timeCommand(["-e", "0"], 15);
  const version = await timeCommand(["dist/cli.js", "--version"], 15);
  const chart = renderedManifest(200_000);
  writeFileSync(join(dir, "chart.yaml"), chart.text);
  const typical = await timeCommand(["dist/cli.js", "lint", "examples/values.yaml", "-f", "examples/prod-values.yaml", "-m", join(dir, "chart.yaml"), "-o", join(dir, "out.txt")], 10);
  row("bare `node -e 0`", ms(bare), "1.0×");
  row("`--version`", ms(version), ratio(version, bare));
  row("`lint` typical values + 200 KB chart", ms(typical), ratio(typical, bare));

  // Throughput against yaml.parseAllDocuments on the same text.
  for (const megabytes of [5, 50]) {
    const { text, workloads } = renderedManifest(megabytes * 1_000_000);
    const request = { rules, values: [], sets: [], manifests: [{ name: "big.yaml", text }], options: DEFAULT_OPTIONS };
    const known = new Set(rules.map((rule) => rule.meta.id));
    const runs = megabytes > 10 ? 1 : 5;
    buildModel(request, known); // warm-up: the CLI's code is compiled once per process, like any run after the first file
    const model = await timeIt(() => buildModel(request, known), runs);
    const full = await timeIt(() => lint(request), runs);
    const baseline = megabytes > 10 ? undefined : await timeIt(() => parseAllDocuments(text), 3);
    row(`model of ${megabytes} MB manifest (${workloads} Deployments)`, ms(model), baseline ? `${ratio(baseline, model)} faster than parseAllDocuments (${ms(baseline)})` : `${((text.length / 1e6) / (model / 1000)).toFixed(0)} MB/s`);
    row(`lint of ${megabytes} MB manifest`, ms(full), `${((text.length / 1e6) / (full / 1000)).toFixed(0)} MB/s`);
  }
  // Peak memory of the CLI against the target 4 × input + 100 MB (from 8 MiB on, the CLI lints on a worker).
  for (const [megabytes, from] of [[1, "file"], [5, "file"], [15, "file"], [50, "file"], [50, "stdin"]] as const) {
    const { text } = renderedManifest(megabytes * 1_000_000);
    const path = join(dir, `big-${megabytes}.yaml`);
    writeFileSync(path, text);
    const rss = from === "file" ? peakRss(["lint", "-m", path, "-o", join(dir, "out.txt")]) : peakRss(["lint", "-m", "-", "-o", join(dir, "out.txt")], text);
    const limit = 4 * megabytes + 100;
    row(`peak RSS, CLI on ${megabytes} MB (${from === "file" ? "a file" : "piped to stdin"})`, `${rss.toFixed(0)} MB`, `target 4 × input + 100 = ${limit} MB: ${rss < limit ? "met" : "**not met**"}`);
  }
  // Live phase: requests against the fake proxy for 1 and 1,000 workloads.
  const proxy = await startFakeLiteLLM({ fixture: "demo" });
  try {
    for (const workloads of [1, 1000]) {
      const manifest = manifestWithWorkloads(workloads);
      const live = createLivePhase({ url: proxy.url, masterKey: "sk-demo-master-0001", apiKey: "sk-demo-integration-0001", timeoutMs: 10_000, budgetIdEnv: "LITELLM_BUDGET_ID" });
      const start = performance.now();
      const result = await lint({ rules, values: [], sets: [], manifests: [{ name: "m.yaml", text: manifest }], options: DEFAULT_OPTIONS, live });
      row(`live phase, ${workloads} workload${workloads === 1 ? "" : "s"}`, `${result.live.requests} requests`, `${ms(performance.now() - start)} whole lint, status ${result.live.status}`);
    }
  } finally {
    await proxy.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`| ${["measure", "time / size", "ratio"].map((h, i) => h.padEnd(widths[i]!)).join(" | ")} |`);
console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
for (const r of rows) console.log(`| ${r.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`);
console.log(`\nnode ${process.version}, ${(await import("node:os")).cpus().length} CPUs (${(await import("node:os")).cpus()[0]?.model ?? "?"})`);
