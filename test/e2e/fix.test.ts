/** --fix, --fix-dry-run and --fix-type suggestion (issue 15 §3) through the built CLI, on real files. */
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, scratch } from "../support/cli.ts";
import { APP, fake, MASTER } from "../support/live.ts";

// CRLF line endings, comments, flow and block items, single and double quotes, key order: all must survive.
const BEFORE = [
  "# CodeMie values for prod",
  "extraEnv:",
  "  # kept: an ordinary comment above the loser",
  "  # litellm-preflight-disable-next-line env-value-type -- about the loser only",
  '  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}  # old',
  "  - name: PROXY_TLS_ENABLED",
  "    value: true   # keep this comment",
  "  - {name: 'FEATURE_X_ENABLED', value: 'true'}",
  "  - {name: TRIGGER_ENGINE_ENABLED, value: \"true\"}",
  "  - {name: WORKERS, value: 4}",
  "zeta: 1",
  "alpha: [b, a]",
  "",
].join("\r\n");

const AFTER = [
  "# CodeMie values for prod",
  "extraEnv:",
  "  # kept: an ordinary comment above the loser",
  "  - name: PROXY_TLS_ENABLED",
  '    value: "true"   # keep this comment',
  "  - {name: 'FEATURE_X_ENABLED', value: 'true'}",
  "  - {name: TRIGGER_ENGINE_ENABLED, value: \"true\"}",
  '  - {name: WORKERS, value: "4"}',
  "zeta: 1",
  "alpha: [b, a]",
  "",
].join("\r\n");

describe("--fix", () => {
  it("quotes non-string env values and deletes the losing duplicate, touching nothing else; the report is what is left", async () => {
    const dir = scratch({ "values.yaml": BEFORE });
    chmodSync(join(dir, "values.yaml"), 0o640);
    const before = await runCli(["lint", "values.yaml"], { cwd: dir });
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/env-duplicate \(fixable\)$/m);
    expect(before.stdout).toMatch(/env-value-type \(fixable\)$/m);
    expect(before.stdout).toContain("3 problems fixable with --fix");

    const run = await runCli(["lint", "values.yaml", "--fix"], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toBe("litellm-preflight: fixed 3 problems in values.yaml\n");
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe(AFTER);
    expect(statSync(join(dir, "values.yaml")).mode & 0o777).toBe(0o640);
    // Never half-written: the temporary file took the name, nothing is left beside it.
    expect(readdirSync(dir)).toEqual(["values.yaml"]);
    expect(run.stdout).toContain("✔ no problems");

    // Idempotent: a second run has nothing to do.
    const again = await runCli(["lint", "values.yaml", "--fix"], { cwd: dir });
    expect(again.stderr).toBe("litellm-preflight: nothing to fix; no file changed\n");
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe(AFTER);
  });

  it("keeps a byte-order mark, and fixes the file a symbolic link points to, keeping the link", async () => {
    const dir = scratch({ "shared/values.yaml": `\ufeff${BEFORE}` });
    mkdirSync(join(dir, "env"));
    symlinkSync("../shared/values.yaml", join(dir, "env", "values.yaml"));
    const run = await runCli(["lint", "env/values.yaml", "--fix"], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(lstatSync(join(dir, "env", "values.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "shared", "values.yaml"), "utf8")).toBe(`\ufeff${AFTER}`);
    expect(readdirSync(join(dir, "env"))).toEqual(["values.yaml"]);
    expect(readdirSync(join(dir, "shared"))).toEqual(["values.yaml"]);
  });

  it("fixes with any report format: a SARIF or JSON report is made without fixes, --fix still has them", async () => {
    for (const format of ["sarif", "json"]) {
      const dir = scratch({ "values.yaml": BEFORE });
      const run = await runCli(["lint", "values.yaml", "--fix", "--format", format], { cwd: dir });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stderr).toBe("litellm-preflight: fixed 3 problems in values.yaml\n");
      expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe(AFTER);
    }
  });

  it("--fix-dry-run shows the change and what would be left, and writes nothing", async () => {
    const dir = scratch({ "values.yaml": BEFORE.replace(/\r\n/g, "\n") });
    const run = await runCli(["lint", "values.yaml", "--fix-dry-run"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe(BEFORE.replace(/\r\n/g, "\n"));
    expect(run.stdout).toContain("--- values.yaml\n+++ values.yaml (fixed)\n@@ -4,7 +4,5 @@\n");
    expect(run.stdout).toContain('-  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}  # old\n');
    expect(run.stdout).toContain('+    value: "true"   # keep this comment\n');
    expect(run.stdout).toContain("✔ no problems");
    // JSON stays JSON: the diff goes to stderr.
    const json = await runCli(["lint", "values.yaml", "--fix-dry-run", "--format", "json"], { cwd: dir });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toContain("+++ values.yaml (fixed)");
  });

  it("--fix-dry-run masks credentials in its diff, as the report does", async () => {
    const dir = scratch({
      "values.yaml": [
        "extraEnv:",
        "  - {name: LITELLM_MASTER_KEY, value: sk-old-AAAA1111}",
        "  - {name: LITELLM_MASTER_KEY, value: sk-new-BBBB2222}",
        "  - {name: LITELLM_SALT_KEY, value: 987654321987654321}",
        "  - name: PROXY_MASTER_KEY",
        "    value: 123456789123",
        "",
      ].join("\n"),
    });
    for (const format of ["stylish", "json"]) {
      const run = await runCli(["lint", "values.yaml", "--fix-dry-run", "--format", format], { cwd: dir });
      const output = run.stdout + run.stderr;
      expect(output).toContain("+++ values.yaml (fixed)");
      expect(output).toContain("-  - {name: LITELLM_MASTER_KEY, value: ****}");
      expect(output).toContain("+    value: ****");
      for (const secret of ["AAAA1111", "BBBB2222", "987654321987654321", "123456789123"]) expect(output).not.toContain(secret);
    }
  });

  it("--fix-dry-run's diff shows a workflow command from the file as an escape (the diff goes to the CI log), and a CRLF file's lines without their CR", async () => {
    // (A terminal escape is a character helm refuses in values: such a file is a yaml-syntax error, and nothing is fixed.)
    const dir = scratch({ "values.yaml": "extraEnv:\r\n  - {name: LLM_PROXY_ENABLED, value: true}  # ##[error]forged\r\n" })
    const run = await runCli(["lint", "values.yaml", "--fix-dry-run", "--format", "github"], { cwd: dir });
    expect(run.stderr).toContain('-  - {name: LLM_PROXY_ENABLED, value: true}  # ##\\u005berror]forged\n+  - {name: LLM_PROXY_ENABLED, value: "true"}  # ##\\u005berror]forged\n');
    expect(run.stderr + run.stdout).not.toContain("##[error]");
  });

  it("leaves --set flags, manifests and flow-style lists alone and says so", async () => {
    const dir = scratch({
      "values.yaml": 'extraEnv: [{name: A, value: "1"}, {name: A, value: "2"}]\n',
      "rendered.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: x\n      env:\n        - {name: FLAG, value: true}\n",
    });
    const run = await runCli(["lint", "values.yaml", "-m", "rendered.yaml", "--set", "extraEnv[0].value=true", "--fix"], { cwd: dir });
    expect(run.stderr).toContain("litellm-preflight: nothing to fix; no file changed\n");
    expect(run.stderr).toMatch(/litellm-preflight: 2 fixable problems are in --set flags or manifests: not changed/);
    expect(run.stderr).toContain("litellm-preflight: 1 fix could not be applied safely");
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe('extraEnv: [{name: A, value: "1"}, {name: A, value: "2"}]\n');
    expect(readFileSync(join(dir, "rendered.yaml"), "utf8")).toContain("{name: FLAG, value: true}");
    // What --fix refused is no longer called fixable: the next --fix would refuse it too.
    const flow = run.stdout.split("\n").find((line) => line.includes("env-duplicate"));
    expect(flow).toBeDefined();
    expect(flow).not.toContain("(fixable)");
    expect(run.stdout).not.toMatch(/fixable with --fix/);
  });

  it("fixes a file given twice (two layers) once", async () => {
    const dir = scratch({ "values.yaml": "extraEnv:\n  - {name: A, value: true}\n" });
    const run = await runCli(["lint", "values.yaml", "values.yaml", "--fix"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("litellm-preflight: fixed 1 problem in values.yaml\n");
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe('extraEnv:\n  - {name: A, value: "true"}\n');
  });

  it("usage errors", async () => {
    const dir = scratch({ "values.yaml": BEFORE });
    for (const [args, message] of [
      [["--fix-type", "suggestion"], "--fix-type needs --fix or --fix-dry-run"],
      [["--fix", "--fix-type", "layout"], '--fix-type must be one of fix, suggestion, not "layout"'],
      [["--fix", "--fix-dry-run"], "--fix and --fix-dry-run: choose one"],
      [["--fix-dry-run", "--write-baseline", "b.json"], "--fix-dry-run lints the files as fixed, and --write-baseline records them as they are: choose one"],
    ] as const) {
      const run = await runCli(["lint", "values.yaml", ...args], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`litellm-preflight: ${message}\n`);
    }
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe(BEFORE);
  });
});

describe("--fix-type suggestion", () => {
  it("sets a mistyped budget id to the proxy's did-you-mean only when asked, keeping its quotes", async () => {
    const proxy = await fake({ fixture: "demo" });
    const values = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: 'prod-budgt'}  # prod\n";
    const dir = scratch({ "values.yaml": values });
    const env = { LITELLM_URL: proxy.url, LITELLM_MASTER_KEY: MASTER, LITELLM_API_KEY: APP };
    const before = await runCli(["lint", "values.yaml"], { cwd: dir, env });
    expect(before.stdout).toMatch(/did you mean "prod-budget"\?;.*litellm-budget-exists \(suggestion\)$/m);
    expect(before.stdout).toContain("1 more with --fix --fix-type suggestion");

    const plain = await runCli(["lint", "values.yaml", "--fix"], { cwd: dir, env });
    expect(plain.code).toBe(1);
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe(values);

    const run = await runCli(["lint", "values.yaml", "--fix", "--fix-type", "suggestion"], { cwd: dir, env });
    expect(run.stderr).toContain("fixed 1 problem in values.yaml");
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe("extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: 'prod-budget'}  # prod\n");
    expect(run.stdout).not.toContain("litellm-budget-exists");
    for (const output of [before.stdout, run.stdout, run.stderr]) expect(output).not.toContain(MASTER);
  });
});

