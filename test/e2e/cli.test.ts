/** CLI scenarios against the built bundle: exit codes, inputs, config discovery and every flag. */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/registry.ts";
import { CLI, runCli, scratch } from "../support/cli.ts";
import { renderedManifest } from "../../scripts/bench-inputs.ts";

const CLEAN = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n";
const DUPLICATE = "extraEnv:\n  - {name: A, value: \"1\"}\n  - {name: A, value: \"2\"}\n";
const ERROR = "extraEnv:\n  - {name: PROXY_TLS_ENABLED, value: true}\n";

function json(stdout: string) {
  return JSON.parse(stdout) as {
    budgetIds: { id: string; source: string; envName: string | null; location: { file: string; line: number; column: number } | null }[];
    findings: { ruleId: string; severity: string; message: string; location: { file: string; line: number; column: number; path: string } }[];
    live: { status: string; requests: number };
  };
}

describe("exit codes and output", () => {
  it("--version and --help answer with exit 0", async () => {
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--budget-id-env");
  });

  it("-f a.yaml,b.yaml is two layers, as helm's -f reads it (a double-quoted name keeps its comma)", async () => {
    const dir = scratch({ "a.yaml": "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-a}\n", "b,c.yaml": "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-bc}\n" });
    const two = await runCli(["lint", "-f", "a.yaml,b,c.yaml", "--format", "json"], { cwd: dir });
    expect([two.code, two.stderr.trim()]).toEqual([2, expect.stringMatching(/cannot read values file b\b/)]);
    // What Go's CSV reader refuses, helm refuses: so does the CLI, in one line.
    for (const [arg, why] of [['x"y.yaml,a.yaml', "a quote inside a name that is not quoted"], ['a.yaml,"b.yaml', "a quote is not closed"], ['"a.yaml"x,b.yaml', "text follows a closing quote"], ["a.yaml,", "an empty file name"]]) {
      const refused = await runCli(["lint", "-f", arg!], { cwd: dir });
      expect([refused.code, refused.stderr]).toEqual([2, `litellm-preflight: -f ${arg}: ${why} (helm reads -f as comma-separated names, a name with a comma in double quotes)\n`]);
    }
    const quoted = await runCli(["lint", "-f", 'a.yaml,"b,c.yaml"', "--format", "json"], { cwd: dir });
    expect(quoted.code).toBe(0);
    const ids = (stdout: string) => (JSON.parse(stdout) as { budgetIds: { id: string; location: { file: string } }[] }).budgetIds.map((fact) => [fact.id, fact.location.file]);
    expect(ids(quoted.stdout)).toEqual([["from-bc", "b,c.yaml"]]);
    // An empty -f is no file to helm (pflag's CSV reader gives no record); pflag reads -x=VALUE as VALUE.
    const empty = await runCli(["lint", "-f", "", "-f", "a.yaml", "--format", "json"], { cwd: dir });
    expect([empty.code, empty.stderr]).toEqual([0, ""]);
    expect(ids(empty.stdout)).toEqual([["from-a", "a.yaml"]]);
    // Booleans with pflag's =true / =false.
    expect((await runCli(["lint", "-f", "a.yaml", "--quiet=false", "-q=true", "--format", "json"], { cwd: dir })).code).toBe(0);
    // The last occurrence wins, as in pflag: quiet ends off, so a warning is shown.
    writeFileSync(join(dir, "warn.yaml"), "extraEnv:\n  - {name: A, value: x}\n  - {name: A, value: y}\n");
    expect((await runCli(["lint", "warn.yaml", "-q", "--quiet=false"], { cwd: dir })).stdout).toContain("env-duplicate");
    // A one-letter scheme is a drive, not a URL (c://v.yaml reads the directory c:).
    mkdirSync(join(dir, "c:"));
    writeFileSync(join(dir, "c:", "v.yaml"), "a: 1\n");
    expect((await runCli(["lint", "-f", "c://v.yaml"], { cwd: dir })).code).toBe(0);
    const attached = await runCli(["lint", "-f=a.yaml", "-o=out.json", "--format", "json"], { cwd: dir });
    expect([attached.code, attached.stderr]).toEqual([0, ""]);
    expect(ids(readFileSync(join(dir, "out.json"), "utf8"))).toEqual([["from-a", "a.yaml"]]);
  });

  it("a clean file exits 0, an error finding 1, warnings over --max-warnings 1", async () => {
    const dir = scratch({ "clean.yaml": CLEAN, "dup.yaml": DUPLICATE, "error.yaml": ERROR });
    expect((await runCli(["lint", "clean.yaml"], { cwd: dir })).code).toBe(0);
    const error = await runCli(["lint", "error.yaml"], { cwd: dir });
    expect(error.code).toBe(1);
    expect(error.stdout).toContain("error.yaml");
    expect(error.stdout).toMatch(/2:\d+ +error +value of PROXY_TLS_ENABLED is the boolean true/);
    expect((await runCli(["lint", "dup.yaml"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["lint", "dup.yaml", "--max-warnings", "0"], { cwd: dir })).code).toBe(1);
    expect((await runCli(["lint", "dup.yaml", "--max-warnings", "1"], { cwd: dir })).code).toBe(0);
  });

  it("a values file over limits.maxValuesFileBytes (16 MiB unless the config says) is refused before it is parsed; a manifest of that size is read", async () => {
    const big = `a: 1\n${"#".repeat(17 * 1024 * 1024)}\n`;
    const dir = scratch({ "big-values.yaml": big, "big.yaml": `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n${big}`, "small.yaml": "a: 1\n", "cfg.yaml": "limits:\n  maxValuesFileBytes: 4\n" });
    const run = await runCli(["lint", "big-values.yaml"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, `litellm-preflight: values file big-values.yaml has ${Buffer.byteLength(big)} bytes, more than the limit of 16777216 (limits.maxValuesFileBytes in the config)\n`]);
    expect((await runCli(["lint", "-m", "big.yaml"], { cwd: dir })).code).toBe(0);
    const configured = await runCli(["lint", "small.yaml", "--config", "cfg.yaml"], { cwd: dir });
    expect([configured.code, configured.stderr]).toEqual([2, "litellm-preflight: values file small.yaml has 5 bytes, more than the limit of 4 (limits.maxValuesFileBytes in the config)\n"]);
  });

  it("usage and I/O errors exit 2 with one line on stderr and no stack trace", async () => {
    const dir = scratch({ "clean.yaml": CLEAN, "sub/x": "" });
    const cases: [string[], RegExp][] = [
      [["lint", "missing.yaml"], /cannot read values file missing\.yaml: no such file/],
      [["lint", "sub"], /cannot read values file sub: it is a directory/],
      [["lint", "clean.yaml", "--bogus"], /unknown option --bogus for "lint"/],
      [["lint", "clean.yaml", "--format", "xml"], /--format must be one of/],
      [["lint", "clean.yaml", "--max-warnings", "-1"], /--max-warnings/],
      [["lint"], /nothing to lint/],
      [["lint", "clean.yaml", "--set", "a.b"], /has no value/],
      [["frobnicate"], /unknown command "frobnicate"/],
      [["lint", "-m", "-", "-m", "-"], /stdin \(-\) can be read once/],
      [["lint", "-f", "https://example.com/values.yaml"], /-f https:\/\/example\.com\/values\.yaml: a URL is not fetched; download the file/],
      [["lint", "x.yaml", "--chart-values", "oci://registry.example.com/values.yaml"], /--chart-values oci:\/\/registry\.example\.com\/values\.yaml: a URL is not fetched/],
      [["lint", "x.yaml", "--values-schema", "-"], /--values-schema - : stdin is read only for -m -/],
      [["lint", "--set-file", "a=http://example.com/id.txt"], /--set-file http:\/\/example\.com\/id\.txt: a file from a URL is not fetched/],
      [["lint", "--set-file", "a=-"], /--set-file KEY=- \(stdin\) is not read/],
      [["lint", "--litellm-values", "-"], /--litellm-values - : stdin is read only for -m -/],
      [["lint", "--budgets-config", "-"], /--budgets-config - : stdin is read only for -m -/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("binary and non-UTF-8 input exit 2 with a clear message", async () => {
    const dir = scratch({});
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "bin.yaml"), Buffer.from([0x61, 0x3a, 0x00, 0x01]));
    writeFileSync(join(dir, "latin1.yaml"), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    expect((await runCli(["lint", "bin.yaml"], { cwd: dir })).stderr).toMatch(/binary/);
    const latin = await runCli(["lint", "latin1.yaml"], { cwd: dir });
    expect(latin.code).toBe(2);
    expect(latin.stderr).toMatch(/not UTF-8/);
  });

  it("JSON output follows the documented shape", async () => {
    const dir = scratch({ "values.yaml": ERROR });
    const run = await runCli(["lint", "values.yaml", "--format", "json"], { cwd: dir });
    const report = json(run.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: "litellm-preflight" }, live: { status: "skipped", requests: 0 } });
    expect(report.findings).toEqual([
      {
        ruleId: "env-value-type",
        severity: "error",
        message: "value of PROXY_TLS_ENABLED is the boolean true, not a string; Kubernetes rejects the workload",
        location: { file: "values.yaml", line: 2, column: 38, endLine: 2, endColumn: 42, path: "extraEnv[0].value" },
        related: [],
      },
    ]);
    expect(report.budgetIds).toEqual([{ id: "default", source: "default", envName: null, scope: "default (no budget id set)", location: null }]);
  });

  it("--timing adds where the time went on stderr, and leaves the report as it was", async () => {
    const dir = scratch({ "values.yaml": ERROR, "rendered.yaml": renderedManifest(20_000, 0.5).text });
    const args = ["lint", "values.yaml", "-m", "rendered.yaml", "--format", "json"];
    const [plain, timed] = await Promise.all([runCli(args, { cwd: dir }), runCli([...args, "--timing"], { cwd: dir })]);
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe("");
    const rows = new Map([...timed.stderr.matchAll(/^  (\S.*?) +(\d+\.\d)$/gm)].map(([, label, ms]) => [label!, Number(ms)]));
    expect(timed.stderr.split("\n")[0]).toBe("litellm-preflight: timing (ms since the process started)");
    const phases = ["Node started, the linter loaded", "model: inputs parsed, facts", "rules, the positions of findings included", "live checks", "budget ids placed, directives, sorting", "report written", "the rest: arguments, config, reading, helm rendering", "total"];
    expect([...rows.keys()].filter((label) => phases.includes(label))).toEqual(phases);
    // The ten slowest rules by name, the others in one line; the phases add up to the total.
    const ruleRows = [...timed.stderr.matchAll(/^    (\S+) +(\d+\.\d)$/gm)];
    expect(ruleRows.map(([, id]) => id).filter((id) => !rules.some((rule) => rule.meta.id === id))).toEqual([]);
    expect(ruleRows.length).toBe(10);
    expect(timed.stderr).toMatch(/^    \d+ more rules +\d+\.\d$/m);
    expect(rows.get("model: inputs parsed, facts")).toBeGreaterThan(0);
    const sum = phases.slice(0, -1).reduce((total, label) => total + rows.get(label)!, 0);
    expect(Math.abs(sum - rows.get("total")!)).toBeLessThan(0.5);
  });

  it("-o writes the report to a file and -q keeps errors only", async () => {
    const dir = scratch({ "values.yaml": DUPLICATE + "  - {name: B, value: 1}\n" });
    const run = await runCli(["lint", "values.yaml", "-o", "report.json", "--format", "json"], { cwd: dir });
    expect(run.stdout).toBe("");
    expect(json(readFileSync(join(dir, "report.json"), "utf8")).findings.map((f) => f.ruleId)).toEqual(["env-duplicate", "env-value-type"]);
    // A run that writes nothing to stdout or stderr ends at once (launch.ts), with its exit code: an error was found.
    expect([run.code, run.stderr]).toEqual([1, ""]);
    const quiet = await runCli(["lint", "values.yaml", "-q"], { cwd: dir });
    expect(quiet.stdout).toContain("env-value-type");
    expect(quiet.stdout).not.toContain("env-duplicate");
    // A report over an input, or two reports in one file, is refused before anything is written; -o - is stdout.
    for (const [args, message] of [
      [["-o", "values.yaml"], "-o values.yaml is one of the inputs: the report would replace it"],
      [["--sarif", "./values.yaml"], "--sarif ./values.yaml is one of the inputs: the report would replace it"],
      [["-o", "r.json", "--sarif", "r.json"], "-o and --sarif name the same file, r.json: give each its own"],
    ] as const) {
      const refused = await runCli(["lint", "values.yaml", "--format", "json", ...args], { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim()).toBe(`litellm-preflight: ${message}`);
    }
    expect(readFileSync(join(dir, "values.yaml"), "utf8")).toBe(DUPLICATE + "  - {name: B, value: 1}\n");
    expect(json((await runCli(["lint", "values.yaml", "--format", "json", "-o", "-"], { cwd: dir })).stdout).findings).toHaveLength(2);
    // Inputs the command line does not name: the config found, the baseline compared with, an environment's files.
    const configured = scratch({ "values.yaml": ERROR, ".litellm-preflight.yaml": "environments: {prod: {values: [values.yaml]}}\n", "bl.json": '{"version": 1, "findings": []}\n' });
    for (const [args, message] of [
      [["-o", "values.yaml"], "-o values.yaml is one of the inputs: the report would replace it"],
      [["--sarif", "values.yaml"], "--sarif values.yaml is one of the inputs: the report would replace it"],
      [["-f", "values.yaml", "-o", ".litellm-preflight.yaml"], "-o .litellm-preflight.yaml is one of the inputs: the report would replace it"],
      [["-f", "values.yaml", "--baseline", "bl.json", "-o", "bl.json"], "-o bl.json is one of the inputs: the report would replace it"],
      [["-f", "values.yaml", "--chart-values", "bl.json", "-o", "bl.json"], "-o bl.json is one of the inputs: the report would replace it"],
      [["-f", "values.yaml", "--values-schema", "bl.json", "--gitlab-report", "bl.json"], "--gitlab-report bl.json is one of the inputs: the report would replace it"],
      [["-f", "values.yaml", "--set-file", "extraEnv[0].value=bl.json", "--sarif", "bl.json"], "--sarif bl.json is one of the inputs: the report would replace it"],
    ] as const) {
      const refused = await runCli(["lint", ...args], { cwd: configured });
      expect(refused.code, args.join(" ")).toBe(2);
      expect(refused.stderr.trim()).toBe(`litellm-preflight: ${message}`);
    }
    expect(readFileSync(join(configured, "values.yaml"), "utf8")).toBe(ERROR);
    expect(readFileSync(join(configured, ".litellm-preflight.yaml"), "utf8")).toContain("environments");
    // Rewriting the baseline compared with is how a baseline is adopted.
    expect((await runCli(["lint", "-f", "values.yaml", "--baseline", "bl.json", "--write-baseline", "bl.json"], { cwd: configured })).code).toBe(0);
    // Only warnings: -q does not claim there are none, least of all when they fail the run.
    writeFileSync(join(dir, "warnings.yaml"), DUPLICATE);
    const hidden = await runCli(["lint", "warnings.yaml", "-q", "--fail-on", "warning"], { cwd: dir });
    expect(hidden.code).toBe(1);
    expect(hidden.stdout).toContain("✔ no errors (1 warning or note hidden by --quiet)");
    expect(hidden.stdout).not.toContain("no problems");
  });

  it("colors follow --no-color, NO_COLOR and FORCE_COLOR", async () => {
    const dir = scratch({ "values.yaml": ERROR });
    const ansi = /\u001b\[/;
    expect((await runCli(["lint", "values.yaml"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: "" } })).stdout).toMatch(ansi);
    expect((await runCli(["lint", "values.yaml", "--no-color"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: "" } })).stdout).not.toMatch(ansi);
    expect((await runCli(["lint", "values.yaml"], { cwd: dir })).stdout).not.toMatch(ansi);
    // FORCE_COLOR as Node reads it: 1, 2, 3, true or empty turn colours on, over NO_COLOR; any other value off.
    for (const [env, on] of [[{ FORCE_COLOR: "" }, true], [{ FORCE_COLOR: "true", NO_COLOR: "1" }, true], [{ FORCE_COLOR: "false" }, false], [{ FORCE_COLOR: "0" }, false], [{ NO_COLOR: "1" }, false]] as const) {
      expect((await runCli(["lint", "values.yaml"], { cwd: dir, env })).stdout, JSON.stringify(env)).toMatch(on ? ansi : /^[^\u001b]*$/);
    }
    expect((await runCli(["lint", "values.yaml", "--color"], { cwd: dir, env: { NO_COLOR: "1" } })).stdout).toMatch(ansi);
  });

  it("rules lists every rule, as text and JSON", async () => {
    const text = await runCli(["rules"]);
    for (const rule of rules) expect(text.stdout).toContain(rule.meta.id);
    const list = JSON.parse((await runCli(["rules", "--format", "json"])).stdout) as { id: string }[];
    expect(list.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
  });
});

describe("inputs", () => {
  it("merges values layers in command-line order, positional and -f alike", async () => {
    const dir = scratch({
      "a.yaml": "customEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-a}\n",
      "b.yaml": "customEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-b}\n",
    });
    const ab = json((await runCli(["lint", "a.yaml", "-f", "b.yaml", "--format", "json"], { cwd: dir })).stdout);
    expect(ab.budgetIds.map((b) => [b.id, b.location?.file])).toEqual([["from-b", "b.yaml"]]);
    const ba = json((await runCli(["lint", "-f", "b.yaml", "a.yaml", "--format", "json"], { cwd: dir })).stdout);
    expect(ba.budgetIds.map((b) => [b.id, b.location?.file])).toEqual([["from-a", "a.yaml"]]);
  });

  it("--set and --set-string apply last and are located at the flag", async () => {
    const dir = scratch({ "values.yaml": CLEAN });
    const run = await runCli(["lint", "values.yaml", "--set", "image.tag=2.42.0", "--set-string", "extraEnv[0].value=from-set", "--format", "json"], { cwd: dir });
    expect(json(run.stdout).budgetIds).toEqual([
      {
        id: "from-set",
        source: "set",
        envName: "LITELLM_BUDGET_ID",
        scope: "extraEnv",
        location: { file: "--set-string", line: 2, column: 19, endLine: 2, endColumn: 27, path: "extraEnv[0].value" },
      },
    ]);
  });

  it("reads manifests from stdin with -m -", async () => {
    const manifest = "---\n# Source: app/templates/d.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - {name: LITELLM_BUDGET_ID, value: \"{{ .Values.b }}\"}\n";
    const run = await runCli(["lint", "-m", "-", "--format", "json"], { stdin: manifest });
    expect(run.code).toBe(1);
    const report = json(run.stdout);
    expect(report.findings[0]).toMatchObject({ ruleId: "budget-id-invalid", location: { file: "<stdin>", line: 12, column: 48, path: "spec.template.spec.containers[0].env[0].value" } });
    expect(report.budgetIds[0]).toMatchObject({ id: "{{ .Values.b }}", source: "manifest" });
    // A Secret in a piped rendering is no committed file (the same text in a file is: plaintext-credential).
    const secret = readFileSync("fixtures/plaintext-credential/invalid/secret-literal.manifest.yaml", "utf8");
    const piped = await runCli(["lint", "-m", "-", "--format", "json"], { stdin: secret });
    expect(json(piped.stdout).findings.map((finding) => finding.ruleId)).not.toContain("plaintext-credential");
  });

  it("--budget-id-env and --default-budget-id choose the variable and the default", async () => {
    const dir = scratch({ "values.yaml": "extraEnv:\n  - {name: DEFAULT_BUDGET_ID, value: legacy}\n" });
    const legacy = json((await runCli(["lint", "values.yaml", "--budget-id-env", "DEFAULT_BUDGET_ID", "--format", "json"], { cwd: dir })).stdout);
    expect(legacy.budgetIds.map((b) => [b.id, b.envName, b.source])).toEqual([["legacy", "DEFAULT_BUDGET_ID", "values"]]);
    const fallback = json((await runCli(["lint", "values.yaml", "--default-budget-id", "platform", "--format", "json"], { cwd: dir })).stdout);
    expect(fallback.budgetIds.map((b) => [b.id, b.source])).toEqual([["platform", "default"]]);
  });
});

describe("config", () => {
  it("is found upward from the cwd and changes severities and budget-id settings", async () => {
    const dir = scratch({
      ".litellm-preflight.yaml": "rules:\n  env-duplicate: error\nbudgetIdEnv: [MY_BUDGET]\ndefaultBudgetId: fallback\n",
      "deploy/values.yaml": DUPLICATE,
    });
    const run = await runCli(["lint", "values.yaml", "--format", "json"], { cwd: join(dir, "deploy") });
    expect(run.code).toBe(1);
    const report = json(run.stdout);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([["env-duplicate", "error"]]);
    expect(report.budgetIds.map((b) => b.id)).toEqual(["fallback"]);
  });

  it("--config picks a file, and off turns a rule off", async () => {
    const dir = scratch({ "strict.yml": "rules:\n  env-value-type: off\n", "values.yaml": ERROR });
    const run = await runCli(["lint", "values.yaml", "--config", "strict.yml"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no problems");
  });

  it("rejects unknown keys, unknown rules and bad values with the config file's line", async () => {
    const cases: [string, RegExp][] = [
      ["rules:\n  env-duplicate: warning\nbudgetIdEnvs: [X]\n", /^litellm-preflight: \.litellm-preflight\.yaml:3:1: unknown key "budgetIdEnvs"/],
      ["rules:\n  env-duplicat: off\n", /\.litellm-preflight\.yaml:2:3: unknown rule "env-duplicat"/],
      ["rules:\n  env-duplicate: loud\n", /\.litellm-preflight\.yaml:2:18: rules\.env-duplicate must be one of off, note, warning, error$/],
      // As --default-budget-id: white space is no budget id.
      ['defaultBudgetId: " "\n', /\.litellm-preflight\.yaml:1:18: defaultBudgetId takes a budget id, not white space only$/],
      ["rules:\n  plaintext-credential:\n    options: {name: [X]}\n", /\.litellm-preflight\.yaml:3:15: unknown key "name" in rules\.plaintext-credential\.options/],
      ["rules: [\n", /\.litellm-preflight\.yaml:2:1: invalid YAML/],
      // The object form's own problem, not also the string form's "must be one of".
      ["rules:\n  env-duplicate: {severity: error, option: 1}\n", /^litellm-preflight: \.litellm-preflight\.yaml:2:36: unknown key "option" in rules\.env-duplicate$/],
      ["environments: {}\n", /^litellm-preflight: \.litellm-preflight\.yaml:1:15: environments names none: give at least one, or leave the key out$/],
      ['environments:\n  "bad name!": {values: [a.yaml]}\n', /^litellm-preflight: \.litellm-preflight\.yaml:2:3: environments name "bad name!" must match pattern/],
      // An alias to no anchor or a bad merge key: the config is not read as an empty one.
      ["rules: {env-duplicate: error}\nfoo: *x\n", /^litellm-preflight: \.litellm-preflight\.yaml:2:6: alias \*x refers to no anchor defined before it$/],
      ["rules: {env-duplicate: error}\nx: {<<: 5}\n", /^litellm-preflight: \.litellm-preflight\.yaml:2:9: a merge key \(<<\) needs a map or a list of maps$/],
      // Past the alias limit the config is not read at all: its settings must not vanish in silence.
      [`rules: {env-value-type: off}\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n${Array.from({ length: 4 }, (_, i) => `x${i + 1}: &x${i + 1} [${Array(10).fill(`*x${i}`).join(", ")}]`).join("\n")}\n`, /^litellm-preflight: \.litellm-preflight\.yaml:1:1: more than 1000 alias references$/],
    ];
    for (const [config, message] of cases) {
      const dir = scratch({ ".litellm-preflight.yaml": config, "values.yaml": CLEAN });
      const run = await runCli(["lint", "values.yaml"], { cwd: dir });
      expect(run.code, config).toBe(2);
      expect(run.stderr.trim()).toMatch(message);
    }
  });

  it("env-duplicate names the place of a later entry in another source (a --set flag) by that source", async () => {
    const dir = scratch({ "values.yaml": "extraEnv:\n  - name: LOG_LEVEL\n    value: info\n" });
    const run = await runCli(["lint", "values.yaml", "--set", "extraEnv[1].name=LOG_LEVEL,extraEnv[1].value=debug", "--format", "json"], { cwd: dir });
    expect(json(run.stdout).findings.map((f) => [f.ruleId, f.message])).toEqual([["env-duplicate", 'LOG_LEVEL is defined again at --set:1; that later entry wins ("debug" replaces "info")']]);
  });

  it("names an absolute --config as given, a relative one relative to the cwd", async () => {
    const dir = scratch({ "values.yaml": CLEAN });
    const missing = join(dir, "nope", "config.yaml");
    expect((await runCli(["lint", "values.yaml", "--config", missing], { cwd: dir })).stderr).toBe(`litellm-preflight: cannot read config file ${missing}: no such file\n`);
    expect((await runCli(["lint", "values.yaml", "--config", "nope/config.yaml"], { cwd: dir })).stderr).toBe("litellm-preflight: cannot read config file nope/config.yaml: no such file\n");
  });

  it("ignore globs drop findings in matching files", async () => {
    const vendor = "worker:\n  env:\n    - {name: PROXY_TLS_ENABLED, value: true}\n";
    const files = { "vendor/chart/values.yaml": vendor, "values.yaml": DUPLICATE, "all.yaml": "rules: {}\n" };
    const dir = scratch({ ...files, ".litellm-preflight.yaml": "ignore: [\"vendor/**\"]\n" });
    const args = ["lint", "vendor/chart/values.yaml", "values.yaml", "--format", "json"];
    const ignored = await runCli(args, { cwd: dir });
    expect(json(ignored.stdout).findings.map((f) => [f.ruleId, f.location.file])).toEqual([["env-duplicate", "values.yaml"]]);
    expect(ignored.code).toBe(0);
    const all = await runCli([...args, "--config", "all.yaml"], { cwd: dir });
    expect(json(all.stdout).findings.map((f) => [f.ruleId, f.location.file])).toEqual([["env-duplicate", "values.yaml"], ["env-value-type", "vendor/chart/values.yaml"]]);
    // The globs are relative to the config file's directory, however the file is named and wherever the run starts.
    for (const [cwd, file] of [
      [dir, join(dir, "vendor/chart/values.yaml")],
      [join(dir, "vendor"), "chart/values.yaml"],
      [join(dir, "vendor/chart"), "values.yaml"],
    ] as const) {
      const run = await runCli(["lint", file, "--format", "json"], { cwd });
      expect(json(run.stdout).findings, `${cwd} ${file}`).toEqual([]);
    }
    // Globs of files: a --set flag is none, even under "*".
    writeFileSync(join(dir, "star.yaml"), 'ignore: ["*", "--*"]\n');
    const flag = await runCli(["lint", "--set", "extraEnv[0].name=A,extraEnv[0].value=true", "--config", "star.yaml", "--format", "json"], { cwd: dir });
    expect(json(flag.stdout).findings.map((f) => [f.ruleId, f.location.file])).toEqual([["env-value-type", "--set"]]);
  });

  it("a values file with more nodes than its size limit allows (a flow list of one-character items) is exit 2 before it is parsed", async () => {
    const dir = scratch({ "flow.yaml": `a: [${"1,".repeat(1_100_000)}1]\n`, "small.yaml": `a: [${"1,".repeat(1200)}1]\n`, ".litellm-preflight.yaml": "limits: {maxValuesFileBytes: 16000}\n" });
    const run = await runCli(["lint", "flow.yaml", "--config", "/dev/null"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("litellm-preflight: values file flow.yaml has 1100001 lines and flow items, more than the 1048576 a values file may have (one for every 16 bytes of limits.maxValuesFileBytes in the config)\n");
    // The limit follows limits.maxValuesFileBytes: 16000 bytes allow 1000 nodes.
    const small = await runCli(["lint", "small.yaml"], { cwd: dir });
    expect(small.code).toBe(2);
    expect(small.stderr).toContain("has 1201 lines and flow items, more than the 1000 a values file may have");
  });

  it("limits from the config bound file size, nesting and aliases", async () => {
    const dir = scratch({
      ".litellm-preflight.yaml": "limits: {maxFileBytes: 64, maxDepth: 3, maxAliases: 1}\n",
      "big.yaml": `a: "${"x".repeat(100)}"\n`,
      "deep.yaml": "a: {b: {c: {d: {e: 1}}}}\n",
      "alias.yaml": "x: &x [1]\ny: [*x, *x]\n",
    });
    const big = await runCli(["lint", "big.yaml"], { cwd: dir });
    expect(big.code).toBe(2);
    expect(big.stderr.trim()).toBe("litellm-preflight: values file big.yaml has 106 bytes, more than the limit of 64 (limits.maxFileBytes in the config)");
    const stdin = await runCli(["lint", "-m", "-"], { cwd: dir, stdin: "x".repeat(65) });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/stdin has more than 64 bytes/);
    const deep = await runCli(["lint", "deep.yaml", "--format", "json"], { cwd: dir });
    expect(json(deep.stdout).findings.map((f) => [f.ruleId, f.location.line])).toEqual([["yaml-syntax", 1]]);
    expect(deep.stdout).toContain("nesting deeper than 3 levels");
    // Manifests too, whichever reader would take the document (this one the fast line reader).
    writeFileSync(join(dir, "deep-manifest.yaml"), "apiVersion: v1\nkind: A\nb:\n  c:\n    d:\n      e: 1\n");
    const deepManifest = await runCli(["lint", "-m", "deep-manifest.yaml", "--format", "json"], { cwd: dir });
    expect(json(deepManifest.stdout).findings.map((f) => f.message)).toEqual(["input exceeds a safety limit: nesting deeper than 3 levels"]);
    // A raised limit holds for --set-file as for --set (its file names are read before the lint).
    const raised = scratch({ ".litellm-preflight.yaml": "limits: {maxDepth: 700}\n", "id.txt": "x" });
    const nested = `a${"[0]".repeat(600)}`;
    for (const flag of ["--set", "--set-file"]) expect((await runCli(["lint", flag, `${nested}=id.txt`, "--format", "json"], { cwd: raised })).code, flag).toBe(0);
    const alias = await runCli(["lint", "alias.yaml", "--format", "json"], { cwd: dir });
    expect(alias.stdout).toContain("more than 1 alias references");
  });

  it("rule options reach the rule", async () => {
    const dir = scratch({
      ".litellm-preflight.yaml": "rules:\n  plaintext-credential:\n    options: {names: [MY_PROXY_KEY]}\n",
      "values.yaml": "extraEnv:\n  - {name: MY_PROXY_KEY, value: hunter2-literal}\n",
    });
    const run = await runCli(["lint", "values.yaml"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("MY_PROXY_KEY is set to a literal value");
    expect(run.stdout).not.toContain("hunter2-literal");
  });
});

describe("both sides of the proxy (--litellm-values, --litellm-release)", () => {
  const PLATFORM = "api:\n  extraEnv:\n    - {name: LITE_LLM_URL, value: 'http://litellm:4000'}\n";
  const LITELLM = "image: {repository: ghcr.io/berriai/litellm-database, tag: main-v1.82.8}\nproxy_config:\n  litellm_settings: {max_end_user_budget_id: default}\n";

  it("lints the LiteLLM chart's values in the same run, by flag or by shape, with remediations in JSON", async () => {
    const dir = scratch({ "platform.yaml": PLATFORM, "litellm.yaml": LITELLM });
    const byFlag = await runCli(["lint", "platform.yaml", "--litellm-values", "litellm.yaml", "--litellm-release", "gateway", "--format", "json"], { cwd: dir });
    expect(byFlag.code).toBe(1);
    const findings = JSON.parse(byFlag.stdout).findings as { ruleId: string; severity: string; message: string; remediation?: { config?: string } }[];
    // 1.82.8 is malicious; the two unfixed bugs of max_end_user_budget_id are notes.
    expect(findings.map((f) => `${f.ruleId}/${f.severity}`).sort()).toEqual(["litellm-image-advisory/error", "litellm-image-advisory/note", "litellm-image-advisory/note", "litellm-service-url/warning"]);
    expect(findings.find((f) => f.ruleId === "litellm-service-url")?.remediation?.config).toBe("- {name: LITE_LLM_URL, value: 'http://gateway-litellm:4000'}");
    const byShape = await runCli(["lint", "-f", "platform.yaml", "-f", "litellm.yaml", "--format", "json"], { cwd: dir });
    // Release "litellm" by default: the Service is "litellm", as the URL says.
    expect([...new Set((JSON.parse(byShape.stdout).findings as { ruleId: string }[]).map((f) => f.ruleId))]).toEqual(["litellm-image-advisory"]);
  });

  it("refuses a release name Helm would refuse, and an empty --proxy-key-alias", async () => {
    const dir = scratch({ "platform.yaml": PLATFORM });
    const release = await runCli(["lint", "platform.yaml", "--litellm-release", "Bad_Name"], { cwd: dir });
    expect([release.code, release.stderr.trim()]).toEqual([2, "litellm-preflight: --litellm-release must be a Helm release name (lowercase letters, digits and -)"]);
    const alias = await runCli(["lint", "platform.yaml", "--proxy-key-alias", " "], { cwd: dir });
    expect(alias.code).toBe(2);
    expect(alias.stderr).toContain("--proxy-key-alias must not be empty");
  });
});

describe("SARIF written in pieces", () => {
  it("gives the same text on stdout, with -o and with --sarif, for a report of several megabytes", async () => {
    // Every workload has a duplicate variable: about 1.8 KB of SARIF per finding, in many writes.
    const { text } = renderedManifest(3_000_000, 1);
    const dir = scratch({ "m.yaml": text });
    const stdout = await runCli(["lint", "-m", "m.yaml", "--format", "sarif", "--sarif-root", dir], { cwd: dir, timeoutMs: 60_000 });
    const file = await runCli(["lint", "-m", "m.yaml", "--format", "sarif", "--sarif-root", dir, "-o", "out.sarif", "--sarif", "also.sarif"], { cwd: dir, timeoutMs: 60_000 });
    // Duplicates are warnings: the run passes.
    expect([stdout.code, file.code]).toEqual([0, 0]);
    expect(stdout.stdout.length).toBeGreaterThan(2 * (1 << 20));
    const log = JSON.parse(stdout.stdout) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results.length).toBeGreaterThan(900);
    expect(readFileSync(join(dir, "out.sarif"), "utf8")).toBe(stdout.stdout);
    expect(readFileSync(join(dir, "also.sarif"), "utf8")).toBe(stdout.stdout);
  });
});

describe("what a run loads", () => {
  // The CLI in a process that reports, on exit, whether Node's crypto module was loaded (about 5 ms).
  const loadsCrypto = async (args: string[], files: Record<string, string>) => {
    const dir = scratch({ ...files, "probe.mjs": `import { writeSync } from "node:fs";\nprocess.on("exit", () => writeSync(2, "crypto:" + process.moduleLoadList.includes("NativeModule crypto") + "\\n"));\nawait import(${JSON.stringify(pathToFileURL(CLI).href)});\n` });
    const run = spawnSync(process.execPath, ["probe.mjs", ...args], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
    return { loaded: /crypto:true/.test(run.stderr), stdout: run.stdout, code: run.status };
  };

  it("does not load node:crypto for SARIF, with or without a result: the WebAssembly SHA-256 fingerprints", async () => {
    const clean = await loadsCrypto(["lint", "clean.yaml", "--format", "sarif", "--offline"], { "clean.yaml": CLEAN });
    expect(clean.code).toBe(0);
    expect(clean.loaded).toBe(false);
    const duplicate = await loadsCrypto(["lint", "dup.yaml", "--format", "sarif", "--offline"], { "dup.yaml": DUPLICATE });
    expect(duplicate.loaded).toBe(false);
    expect(duplicate.stdout).toMatch(/"primaryLocationLineHash": "[0-9a-f]{32}:1"/);
  });
});
