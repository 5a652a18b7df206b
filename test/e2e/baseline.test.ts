/** Baselines (issue 15 §1) through the built CLI and the bundled Action: adopt without fixing the past first. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBundledAction, workspace } from "../support/action.ts";
import { runCli, scratch } from "../support/cli.ts";
import { sarifSchemaErrors, type SarifLog } from "../support/sarif.ts";

const KEY = "sk-baseline-secret-0123456789abcdef";
const LEGACY = [
  "extraEnv:",
  '  - {name: A, value: "1"}',
  '  - {name: A, value: "2"}',
  "  - {name: PROXY_TLS_ENABLED, value: true}",
  `  - {name: LITELLM_API_KEY, value: ${KEY}}`,
  "",
].join("\n");

interface JsonReport {
  findings: { ruleId: string; severity: string; baseline?: string; location: { line: number } }[];
  staleBaseline?: { ruleId: string; file: string; path: string; fingerprint: string }[];
}

describe("--write-baseline and --baseline", () => {
  it("records today's findings (JSON, version, stable order, no values), then reports only new ones", async () => {
    const dir = scratch({ "values.yaml": LEGACY });
    const before = await runCli(["lint", "values.yaml"], { cwd: dir });
    expect(before.code).toBe(1);

    const write = await runCli(["lint", "values.yaml", "--write-baseline", "baseline.json"], { cwd: dir });
    expect(write.code, write.stderr).toBe(0);
    expect(write.stderr).toBe("litellm-preflight: wrote 3 findings to the baseline baseline.json\n");
    const text = readFileSync(join(dir, "baseline.json"), "utf8");
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("sk-");
    const file = JSON.parse(text) as { version: number; entries: { ruleId: string; file: string; path: string; fingerprint: string }[] };
    expect(file.version).toBe(1);
    expect(file.entries.map((entry) => [entry.ruleId, entry.file, entry.path])).toEqual([
      ["env-duplicate", "values.yaml", "extraEnv[0]"],
      ["env-value-type", "values.yaml", "extraEnv[2].value"],
      ["plaintext-credential", "values.yaml", "extraEnv[3].value"],
    ]);
    for (const entry of file.entries) expect(Object.keys(entry).sort()).toEqual(["file", "fingerprint", "path", "ruleId"]);
    // Stable: writing again gives the same bytes.
    await runCli(["lint", "values.yaml", "--write-baseline", "baseline.json"], { cwd: dir });
    expect(readFileSync(join(dir, "baseline.json"), "utf8")).toBe(text);

    const quiet = await runCli(["lint", "values.yaml", "--baseline", "baseline.json"], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain("✔ no problems");
    expect(quiet.stdout).toContain("3 baselined (recorded in baseline.json), not shown");

    // Lines inserted above move every finding: nothing comes back.
    writeFileSync(join(dir, "values.yaml"), `# owner: platform team\n# reviewed 2026-12\nimage: {tag: "2.42.0"}\n${LEGACY}`);
    const moved = await runCli(["lint", "values.yaml", "--baseline", "baseline.json", "--format", "json"], { cwd: dir });
    expect(moved.code).toBe(0);
    const movedReport = JSON.parse(moved.stdout) as JsonReport;
    expect(movedReport.findings.map((finding) => [finding.ruleId, finding.baseline])).toEqual([
      ["env-duplicate", "unchanged"],
      ["env-value-type", "unchanged"],
      ["plaintext-credential", "unchanged"],
    ]);
    expect(movedReport.staleBaseline).toEqual([]);

    // An entry deleted above the others shifts their list positions: still nothing comes back.
    writeFileSync(join(dir, "values.yaml"), LEGACY.replace("extraEnv:\n", 'extraEnv:\n  - {name: B, value: "x"}\n'));
    expect((await runCli(["lint", "values.yaml", "--baseline", "baseline.json"], { cwd: dir })).code).toBe(0);

    // A new problem is reported and fails; the old ones stay hidden.
    writeFileSync(join(dir, "values.yaml"), `${LEGACY}  - {name: LLM_PROXY_ENABLED, value: false}\n`);
    const fresh = await runCli(["lint", "values.yaml", "--baseline", "baseline.json"], { cwd: dir });
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toMatch(/6:\d+ +error .*LLM_PROXY_ENABLED.*env-value-type/);
    expect(fresh.stdout).not.toContain("PROXY_TLS_ENABLED");
    expect(fresh.stdout).toContain("✖ 1 problem (1 error, 0 warnings, 0 notes)");
  });

  it("a changed offending value is a new finding; a fixed one is a stale entry, reported but never a failure, pruned by --write-baseline", async () => {
    const dir = scratch({ "values.yaml": LEGACY });
    await runCli(["lint", "values.yaml", "--write-baseline", "baseline.json"], { cwd: dir });

    writeFileSync(join(dir, "values.yaml"), LEGACY.replace("PROXY_TLS_ENABLED, value: true", "PROXY_TLS_ENABLED, value: 1"));
    const changed = JSON.parse((await runCli(["lint", "values.yaml", "--baseline", "baseline.json", "--format", "json"], { cwd: dir })).stdout) as JsonReport;
    expect(changed.findings.find((finding) => finding.ruleId === "env-value-type")!.baseline).toBe("new");
    expect(changed.staleBaseline!.map((entry) => entry.ruleId)).toEqual(["env-value-type"]);

    writeFileSync(join(dir, "values.yaml"), LEGACY.replace('  - {name: A, value: "2"}\n', "").replace("value: true", 'value: "true"'));
    const fixed = await runCli(["lint", "values.yaml", "--baseline", "baseline.json"], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain("1 baselined (recorded in baseline.json), not shown");
    expect(fixed.stdout).toContain("2 baseline entries no longer occur (fixed); --write-baseline baseline.json prunes them");
    const json = JSON.parse((await runCli(["lint", "values.yaml", "--baseline", "baseline.json", "--format", "json"], { cwd: dir })).stdout) as JsonReport;
    expect(json.staleBaseline!.map((entry) => [entry.ruleId, entry.path])).toEqual([
      ["env-duplicate", "extraEnv[0]"],
      ["env-value-type", "extraEnv[2].value"],
    ]);

    await runCli(["lint", "values.yaml", "--write-baseline", "baseline.json"], { cwd: dir });
    const pruned = JSON.parse(readFileSync(join(dir, "baseline.json"), "utf8")) as { entries: { ruleId: string }[] };
    expect(pruned.entries.map((entry) => entry.ruleId)).toEqual(["plaintext-credential"]);
  });

  it("a run of some files or environments leaves the other files' entries alone: not stale, and kept when it writes the baseline", async () => {
    const dir = scratch({
      "dev.yaml": "extraEnv:\n  - {name: A_ENABLED, value: true}\n",
      "prod.yaml": "extraEnv:\n  - {name: B_ENABLED, value: true}\n",
      ".litellm-preflight.yaml": "baseline: base.json\nenvironments:\n  dev: {values: [dev.yaml]}\n  prod: {values: [prod.yaml]}\n",
    });
    expect((await runCli(["lint", "--write-baseline", "base.json"], { cwd: dir })).stderr).toContain("wrote 2 findings to the baseline base.json\n");
    const files = () => (JSON.parse(readFileSync(join(dir, "base.json"), "utf8")) as { entries: { file: string }[] }).entries.map((entry) => entry.file);
    expect(files()).toEqual(["dev.yaml", "prod.yaml"]);

    for (const args of [["--environment", "prod"], ["prod.yaml"]]) {
      const partial = await runCli(["lint", ...args, "--format", "json"], { cwd: dir });
      expect(partial.code, args.join(" ")).toBe(0);
      expect((JSON.parse(partial.stdout) as JsonReport).staleBaseline, args.join(" ")).toEqual([]);
    }
    const rewrite = await runCli(["lint", "--environment", "prod", "--write-baseline", "base.json"], { cwd: dir });
    expect(rewrite.stderr).toContain("wrote 1 finding to the baseline base.json (and kept its 1 entry of files this run did not read)\n");
    expect(files()).toEqual(["dev.yaml", "prod.yaml"]);
    expect((await runCli(["lint"], { cwd: dir })).code).toBe(0);

    // A fixed finding in a file the run read is still stale, and pruned.
    writeFileSync(join(dir, "prod.yaml"), 'extraEnv:\n  - {name: B_ENABLED, value: "true"}\n');
    const fixed = await runCli(["lint", "prod.yaml"], { cwd: dir });
    expect(fixed.stdout).toContain("1 baseline entry no longer occurs (fixed); --write-baseline base.json prunes it");
    await runCli(["lint", "prod.yaml", "--write-baseline", "base.json"], { cwd: dir });
    expect(files()).toEqual(["dev.yaml"]);

    // A file that is gone (deleted, renamed) leaves stale entries for any run, and the next write drops them.
    rmSync(join(dir, "dev.yaml"));
    const gone = await runCli(["lint", "prod.yaml", "--format", "json"], { cwd: dir });
    expect((JSON.parse(gone.stdout) as JsonReport).staleBaseline!.map((entry) => entry.file)).toEqual(["dev.yaml"]);
    await runCli(["lint", "prod.yaml", "--write-baseline", "base.json"], { cwd: dir });
    expect(files()).toEqual([]);

    // A template of a chart rendered from an archive or a repository was never on disk: not gone, kept.
    const recorded = JSON.parse(readFileSync(join(dir, "base.json"), "utf8")) as { entries: unknown[] };
    recorded.entries.push({ ruleId: "env-value-type", file: "mychart/templates/deploy.yaml", path: "spec.x", fingerprint: "0".repeat(32) });
    writeFileSync(join(dir, "base.json"), JSON.stringify(recorded));
    expect((JSON.parse((await runCli(["lint", "prod.yaml", "--format", "json"], { cwd: dir })).stdout) as JsonReport).staleBaseline).toEqual([]);
    await runCli(["lint", "prod.yaml", "--write-baseline", "base.json"], { cwd: dir });
    expect(files()).toEqual(["mychart/templates/deploy.yaml"]);
  });

  it("a file that does not parse is never baselined: its yaml-syntax error always counts", async () => {
    const dir = scratch({ "broken.yaml": "extraEnv:\n  - {name: A, value: [1}\n" });
    const write = await runCli(["lint", "broken.yaml", "--write-baseline", "base.json"], { cwd: dir });
    expect(write.stderr).toContain("wrote 0 findings to the baseline base.json");
    const run = await runCli(["lint", "broken.yaml", "--baseline", "base.json", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as JsonReport).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((finding) => `${finding.ruleId} ${finding.baseline}`))).toEqual(new Set(["yaml-syntax new"]));
    // Whatever severity the config gives the rule: a broken file is still not recorded.
    writeFileSync(join(dir, "warn.yaml"), "rules: {yaml-syntax: warning}\n");
    expect((await runCli(["lint", "broken.yaml", "--config", "warn.yaml", "--write-baseline", "warn.json"], { cwd: dir })).stderr).toContain("wrote 0 findings to the baseline warn.json");
    // A yaml-syntax warning (a later document helm 3 ignores) is about a file that was read: it is recorded.
    writeFileSync(join(dir, "two.yaml"), "a: 1\n---\nb: 2\n");
    expect((await runCli(["lint", "two.yaml", "--write-baseline", "two.json"], { cwd: dir })).stderr).toContain("wrote 1 finding to the baseline two.json");
    expect((await runCli(["lint", "two.yaml", "--baseline", "two.json", "--fail-on", "warning"], { cwd: dir })).code).toBe(0);
  });

  it("a missing or malformed baseline is exit 2 with one line", async () => {
    const dir = scratch({ "values.yaml": LEGACY, "bad.json": "{not json", "old.json": '{"version": 99, "entries": []}', "odd.json": '{"version": 1, "entries": [{"ruleId": 1}]}' });
    const cases: [string, string][] = [
      ["missing.json", "cannot read baseline file missing.json: no such file"],
      ["bad.json", "baseline file bad.json is not JSON (write it with --write-baseline)"],
      ["old.json", "baseline file old.json has version 99; this litellm-preflight reads version 1"],
      ["odd.json", "baseline file odd.json: entry 1 needs ruleId, file, path and fingerprint strings"],
    ];
    for (const [file, message] of cases) {
      const run = await runCli(["lint", "values.yaml", "--baseline", file], { cwd: dir });
      expect(run.code, file).toBe(2);
      expect(run.stderr).toBe(`litellm-preflight: ${message}\n`);
    }
  });

  it("baseline: in the config, and the entries' paths, are relative to the config file's directory", async () => {
    const dir = scratch({ "deploy/codemie/values.yaml": LEGACY, ".litellm-preflight.yaml": "baseline: .litellm-preflight-baseline.json\n" });
    const sub = join(dir, "deploy", "codemie");
    const write = await runCli(["lint", "values.yaml", "--write-baseline", join(dir, ".litellm-preflight-baseline.json")], { cwd: sub });
    expect(write.code).toBe(0);
    const entries = (JSON.parse(readFileSync(join(dir, ".litellm-preflight-baseline.json"), "utf8")) as { entries: { file: string }[] }).entries;
    expect(new Set(entries.map((entry) => entry.file))).toEqual(new Set(["deploy/codemie/values.yaml"]));
    // From the subdirectory and from the root: the config's baseline applies to both.
    for (const [cwd, file] of [
      [sub, "values.yaml"],
      [dir, "deploy/codemie/values.yaml"],
    ] as const) {
      const run = await runCli(["lint", file], { cwd });
      expect(run.code, cwd).toBe(0);
      expect(run.stdout).toContain("3 baselined");
    }
  });

  it("SARIF marks baselined results unchanged and new ones new (SARIF 2.1.0 §3.27.24)", async () => {
    const dir = scratch({ "values.yaml": LEGACY });
    await runCli(["lint", "values.yaml", "--write-baseline", "baseline.json"], { cwd: dir });
    writeFileSync(join(dir, "values.yaml"), `${LEGACY}  - {name: LLM_PROXY_ENABLED, value: false}\n`);
    const run = await runCli(["lint", "values.yaml", "--baseline", "baseline.json", "--format", "sarif", "--sarif-root", dir], { cwd: dir });
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = (log.runs[0] as { results: { ruleId: string; baselineState?: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }).results;
    expect(results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.region.startLine, result.baselineState])).toEqual([
      ["env-duplicate", 2, "unchanged"],
      ["env-value-type", 4, "unchanged"],
      ["plaintext-credential", 5, "unchanged"],
      ["env-value-type", 6, "new"],
    ]);
  });
});

describe("the Action's baseline input", () => {
  it("hides recorded findings from annotations, the summary and the gate; SARIF marks them", async () => {
    const dir = workspace({ "deploy/values.yaml": LEGACY }, { git: true });
    const write = await runCli(["lint", "deploy/values.yaml", "--write-baseline", "baseline.json"], { cwd: dir });
    expect(write.code, write.stderr).toBe(0);
    const before = await runBundledAction(dir, { values: "deploy/values.yaml" });
    expect(before.code).toBe(1);
    const run = await runBundledAction(dir, { values: "deploy/values.yaml", baseline: "baseline.json" });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning) /m);
    expect(run.outputs).toMatchObject({ errors: "0", warnings: "0" });
    expect(run.summary).toContain("3 baselined findings not shown");
    const sarif = JSON.parse(readFileSync(join(dir, "litellm-preflight.sarif"), "utf8")) as { runs: { results: { baselineState?: string }[] }[] };
    expect(sarif.runs[0]!.results.map((result) => result.baselineState)).toEqual(["unchanged", "unchanged", "unchanged"]);
    mkdirSync(join(dir, "empty"));
    const missing = await runBundledAction(dir, { values: "deploy/values.yaml", baseline: "empty/none.json" });
    expect(missing.code).toBe(2);
  });
});
