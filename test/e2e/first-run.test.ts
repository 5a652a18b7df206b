/** The rough edges of a first run (issue 15 §4), each through the built CLI as a new user meets it. */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/registry.ts";
import { CLI, runCli, scratch } from "../support/cli.ts";
import { renderedManifest } from "../../scripts/bench-inputs.ts";
import { WORKER_MIN_BYTES } from "../../src/cli/offload.ts";
import { ROOT } from "../support/fixtures.ts";

const DUPLICATE = 'extraEnv:\n  - {name: A, value: "1"}\n  - {name: A, value: "2"}\n';
const BUDGET = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n";

function oneLine(stderr: string): string {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

/** A loopback port that nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const OLD_NODE = ["/usr/bin/nodejs", "/usr/bin/node"].find((path) => existsSync(path) && Number(spawnSync(path, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" }).stdout) < 22);

describe.skipIf(!OLD_NODE)(`1. an old Node.js (${OLD_NODE ?? "none installed"}) is told what to install`, () => {
  it("dist/cli.js checks the version before it loads the linter", () => {
    const dir = scratch({ "values.yaml": DUPLICATE });
    const run = spawnSync(OLD_NODE!, [CLI, "lint", "values.yaml"], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/^litellm-preflight: needs Node\.js >= 22\.19, but runs on Node\.js v\d+\.\d+\.\d+ \(.+\); install Node\.js 22\.19 or later/);
    expect(run.stderr).not.toContain("groupBy");
  });

  it("npm run demo checks it before running TypeScript", () => {
    const run = spawnSync(OLD_NODE!, [join(ROOT, "scripts", "check-node.js")], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/needs Node\.js >= 22\.19, but npm runs Node\.js v/);
    expect(run.stderr).not.toContain("ERR_UNKNOWN_FILE_EXTENSION");
    // On this Node.js it passes silently.
    const current = spawnSync(process.execPath, [join(ROOT, "scripts", "check-node.js")], { cwd: ROOT, encoding: "utf8" });
    expect(current.status).toBe(0);
    expect(current.stderr).toBe("");
  });
});

describe("2. manifests without any document are an input error", () => {
  it("-m - with empty or comment-only stdin exits 2", async () => {
    for (const stdin of ["", "\n\n", "# helm template failed\n---\n...\n", "\r\n---\r\n"]) {
      const run = await runCli(["lint", "-m", "-"], { stdin });
      expect(run.code, JSON.stringify(stdin)).toBe(2);
      expect(oneLine(run.stderr)).toBe("litellm-preflight: stdin holds no YAML documents (did the command that rendered it fail?)");
    }
    const dir = scratch({ "empty.yaml": "# nothing\n" });
    const file = await runCli(["lint", "-m", "empty.yaml"], { cwd: dir });
    expect(file.code).toBe(2);
    expect(oneLine(file.stderr)).toContain("manifest file empty.yaml holds no YAML documents");
    // One document is enough.
    expect((await runCli(["lint", "-m", "-"], { stdin: "# rendered\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n" })).code).toBe(0);
  });
});

describe("3. --require-live fails closed and points at the cause", () => {
  it("a closed port is an error at the URL flag with --require-live, a warning at the variable without", async () => {
    const dir = scratch({ "values.yaml": BUDGET });
    const url = `http://127.0.0.1:${await closedPort()}`;
    const env = { LITELLM_MASTER_KEY: "sk-first-run-master-0001", LITELLM_API_KEY: "sk-first-run-api-0001" };
    const strict = await runCli(["lint", "values.yaml", "--litellm-url", url, "--require-live", "--timeout", "3000", "--format", "json"], { cwd: dir, env });
    expect(strict.code).toBe(1);
    const findings = (JSON.parse(strict.stdout) as { findings: { ruleId: string; severity: string; message: string; location: { file: string; line: number } }[] }).findings;
    const unverified = findings.filter((finding) => finding.ruleId === "litellm-unverified");
    expect(unverified).toHaveLength(1);
    expect(unverified[0]).toMatchObject({ severity: "error", location: { file: "--litellm-url", line: 1 } });
    expect(unverified[0]!.message).toContain("connection refused");

    const lenient = await runCli(["lint", "values.yaml", "--timeout", "3000"], { cwd: dir, env: { ...env, LITELLM_URL: url } });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^<env LITELLM_URL>\n {2}1:1 +warning +.*connection refused.*litellm-unverified$/m);
    for (const output of [strict.stdout, lenient.stdout]) expect(output).not.toContain("sk-first-run");
  });

  it("--require-live without a URL, or with --offline, is a usage error", async () => {
    const dir = scratch({ "values.yaml": BUDGET });
    const none = await runCli(["lint", "values.yaml", "--require-live"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(oneLine(none.stderr)).toContain("--require-live needs the proxy's URL: --litellm-url or LITELLM_URL");
    const offline = await runCli(["lint", "values.yaml", "--require-live", "--offline"], { cwd: dir });
    expect(offline.code).toBe(2);
    expect(oneLine(offline.stderr)).toContain("contradict");
  });
});

describe("4 and 11. the gate says why, and --fail-on chooses it", () => {
  it("--max-warnings and --fail-on", async () => {
    const dir = scratch({ "dup.yaml": DUPLICATE, "error.yaml": "extraEnv:\n  - {name: PROXY_TLS_ENABLED, value: true}\n" });
    const over = await runCli(["lint", "dup.yaml", "--max-warnings", "0"], { cwd: dir });
    expect(over.code).toBe(1);
    expect(oneLine(over.stderr)).toBe("litellm-preflight: too many warnings (1, maximum 0)");
    const warning = await runCli(["lint", "dup.yaml", "--fail-on", "warning"], { cwd: dir });
    expect(warning.code).toBe(1);
    expect(oneLine(warning.stderr)).toBe("litellm-preflight: failed on warnings (1; --fail-on warning)");
    const never = await runCli(["lint", "error.yaml", "--fail-on", "never"], { cwd: dir });
    expect(never.code).toBe(0);
    expect(never.stdout).toMatch(/1 error/);
    expect((await runCli(["lint", "error.yaml", "--fail-on", "error"], { cwd: dir })).code).toBe(1);
    expect((await runCli(["lint", "dup.yaml"], { cwd: dir })).code).toBe(0);
    const bad = await runCli(["lint", "dup.yaml", "--fail-on", "warnings"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toBe('litellm-preflight: --fail-on must be one of error, warning, never, not "warnings"; did you mean warning?');
  });
});

describe("a full disk under stdout", () => {
  const toFullDisk = (args: string[], cwd: string) => {
    const full = openSync("/dev/full", "w");
    try {
      return spawnSync(process.execPath, args, { cwd, stdio: ["ignore", full, "pipe"], encoding: "utf8", timeout: 60_000 });
    } finally {
      closeSync(full);
    }
  };

  it.skipIf(!existsSync("/dev/full"))("is said on stderr, once, with exit 2", () => {
    const run = toFullDisk([CLI, "lint", "values.yaml"], scratch({ "values.yaml": DUPLICATE }));
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toBe("litellm-preflight: cannot write the report to stdout: no space left on the device");
  });

  it.skipIf(!existsSync("/dev/full"))("is exit 2 too when a worker lints (its output fails before the run ends)", () => {
    const dir = scratch({});
    writeFileSync(join(dir, "big.yaml"), renderedManifest(WORKER_MIN_BYTES + 512 * 1024, 0.01).text);
    const run = toFullDisk([CLI, "lint", "-m", "big.yaml"], dir);
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toBe("litellm-preflight: cannot write the report to stdout: no space left on the device");
  }, 60_000);

  it.skipIf(!existsSync("/dev/full"))("under the pre-commit hook is said the same way, without a trace", () => {
    const run = toFullDisk([join(ROOT, "dist", "hook.js"), "values.yaml"], scratch({ "values.yaml": DUPLICATE }));
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toBe("litellm-preflight: cannot write the report to stdout: no space left on the device");
  });
});

describe("names from a config file in error messages", () => {
  it("show control characters as escapes", async () => {
    const dir = scratch({ ".litellm-preflight.yaml": 'environments:\n  dev:\n    values: ["x\\e[2J\\a.yaml"]\n' });
    const run = await runCli(["lint"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe("litellm-preflight: cannot read values file x\\u001b[2J\\u0007.yaml (environment dev): no such file");
  });
});

describe("5. argument errors in our own words", () => {
  it("did-you-mean, missing values, values that start with -, unwritable outputs", async () => {
    const dir = scratch({ "values.yaml": DUPLICATE });
    const cases: [string[], string][] = [
      [["lint", "values.yaml", "--frmat", "json"], 'unknown option --frmat for "lint"; did you mean --format? (see lint --help)'],
      // helm template's own flags, copied into lint --chart: said where they go.
      [["lint", "--chart", "chart", "--version", "1.2.3"], 'unknown option --version for "lint": the chart\'s version is --chart-version (litellm-preflight --version prints the tool\'s)'],
      [["lint", "--chart", "chart", "--kube-version=1.29"], 'unknown option --kube-version for "lint": it is helm template\'s; lint --chart renders with the values flags, --release, --namespace and --chart-version only: for others use the helm preflight plugin (it passes every helm flag), or lint helm template\'s output with -m'],
      [["lint", "values.yaml", "--format=xml"], '--format must be one of stylish, json, sarif, github, gitlab, junit, checkstyle, not "xml"'],
      [["lint", "values.yaml", "--timeout", "-1"], "--timeout takes a whole number of milliseconds between 1 and 600000"],
      [["lint", "values.yaml", "--max-warnings", "-1"], "--max-warnings takes a whole number ≥ 0"],
      [["lint", "values.yaml", "--format"], "--format needs a value"],
      [["lint", "values.yaml", "-z"], 'unknown option -z for "lint" (see lint --help)'],
      [["lint", "values.yaml", "--quiet=yes"], '--quiet takes true or false after =, not "yes"'],
      [["lint", "values.yaml", "-q=on"], '-q (--quiet) takes true or false after =, not "on"'],
      [["lint", "values.yaml", "-o", "/nonexistent/x"], "-o /nonexistent/x: cannot write the file: its directory does not exist"],
      [["lint", "values.yaml", "--sarif", "/nonexistent/x.sarif"], "--sarif /nonexistent/x.sarif: cannot write the file: its directory does not exist"],
      [["rules", "--format", "xml"], '--format must be one of stylish, json, not "xml"'],
      [["rules", "--verbose"], 'unknown option --verbose for "rules" (see rules --help)'],
      [["rules", "values.yaml"], 'rules takes no arguments, not "values.yaml" (see rules --help)'],
      [["lnt", "values.yaml"], 'unknown command "lnt"; did you mean lint? (see --help)'],
      [["--versio"], 'unknown command "--versio"; did you mean --version? (see --help)'],
      // An option lint does not have either: no "lint -V" to suggest.
      [["-V"], 'unknown command "-V" (see --help)'],
      [["lint", "values.yaml", "--kube-timeout", "abc"], "--kube-timeout takes a whole number of milliseconds between 1 and 600000"],
      [["lint", "-f", "-"], "values on stdin (-f -) are not read: give them as a file, or through process substitution: -f <(sops -d values.enc.yaml)"],
      [["--format", "json", "values.yaml"], 'unknown command "--format"; did you mean lint --format? (see --help)'],
      [["lint", "values.yaml", "--budget-id-env", "A B"], '--budget-id-env takes an env variable name, not "A B"'],
      [["lint", "values.yaml", "--default-budget-id", ""], "--default-budget-id takes a budget id, not an empty one"],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(" ")).toBe(2);
      expect(oneLine(run.stderr), args.join(" ")).toBe(`litellm-preflight: ${message}`);
    }
  });

  it("lint --help and rules --help are about that command; -n is the namespace, as in helm", async () => {
    const lint = await runCli(["lint", "--help"]);
    expect(lint.code).toBe(0);
    expect(lint.stdout.startsWith("Usage: litellm-preflight lint [VALUES...] [options]\n")).toBe(true);
    expect(lint.stdout).toContain("-n, --namespace NS");
    expect(lint.stdout).not.toContain("litellm-preflight rules");
    const rulesHelp = await runCli(["rules", "--help"]);
    expect(rulesHelp.stdout.startsWith("Usage: litellm-preflight rules")).toBe(true);
    expect(rulesHelp.stdout).not.toContain("--litellm-url");
    // -n takes a value like --namespace: the next argument is not linted as a values file.
    const dir = scratch({ "values.yaml": BUDGET });
    expect((await runCli(["lint", "values.yaml", "-n", "prod"], { cwd: dir })).code).toBe(0);
  });
});

describe("6. config errors", () => {
  it("lists every problem, one line each in file order, with allowed values and did-you-mean", async () => {
    const dir = scratch({
      "values.yaml": DUPLICATE,
      ".litellm-preflight.yaml": "rules:\n  env-value-type: wrong\n  env-duplicat: error\ncodemie: maybe\nbudgetIdEnv: []\n",
    });
    const run = await runCli(["lint", "values.yaml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      "litellm-preflight: .litellm-preflight.yaml:2:19: rules.env-value-type must be one of off, note, warning, error",
      'litellm-preflight: .litellm-preflight.yaml:3:3: unknown rule "env-duplicat" in rules; did you mean "env-duplicate"?',
      "litellm-preflight: .litellm-preflight.yaml:4:10: codemie must be one of auto, on, off",
      "litellm-preflight: .litellm-preflight.yaml:5:14: budgetIdEnv must NOT have fewer than 1 items",
    ]);
  });

  it("accepts ESLint's warn for warning", async () => {
    const dir = scratch({ "values.yaml": "extraEnv:\n  - {name: PROXY_TLS_ENABLED, value: true}\n", ".litellm-preflight.yaml": "rules:\n  env-value-type: warn\n" });
    const run = await runCli(["lint", "values.yaml", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string }[] }).findings).toEqual([expect.objectContaining({ ruleId: "env-value-type", severity: "warning" })]);
  });

  it("a file-level # litellm-preflight-disable RULE -- reason silences that rule in that file only", async () => {
    const dir = scratch({
      "legacy-values.yaml": `# litellm-preflight-disable env-duplicate -- replaced in Q3 (PLAT-140)\n${DUPLICATE}`,
      "other-values.yaml": DUPLICATE,
    });
    const legacy = await runCli(["lint", "legacy-values.yaml"], { cwd: dir });
    expect(legacy.code).toBe(0);
    expect(legacy.stdout).toContain("✔ no problems");
    expect(legacy.stdout).toContain("1 suppressed by inline directives");
    expect((await runCli(["lint", "other-values.yaml"], { cwd: dir })).stdout).toContain("env-duplicate");
  });
});

describe("7. what is printed", () => {
  it("an absolute input path is printed as given", async () => {
    const dir = scratch({ "values.yaml": DUPLICATE });
    const absolute = join(dir, "values.yaml");
    const run = await runCli(["lint", absolute], { cwd: ROOT });
    expect(run.stdout.split("\n")[0]).toBe(absolute);
    expect(run.stdout).toContain(`see ${absolute}:3:`);
    const missing = await runCli(["lint", join(dir, "missing.yaml")], { cwd: ROOT });
    expect(oneLine(missing.stderr)).toBe(`litellm-preflight: cannot read values file ${join(dir, "missing.yaml")}: no such file`);
  });

  it("a huge budget id is clipped to 200 characters with its length, in stylish, the job summary and messages", async () => {
    const id = `b${"x".repeat(299_999)}`;
    const dir = scratch({ "values.yaml": `extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: ${id}}\n  - {name: LITELLM_BUDGET_ID, value: ${id}}\n`, summary: "" });
    const run = await runCli(["lint", "values.yaml"], { cwd: dir });
    expect(run.stdout.length).toBeLessThan(5_000);
    // The ellipsis inside the quotes, as the README shows it.
    expect(run.stdout).toContain(`Budget id ${JSON.stringify(`${id.slice(0, 200)}…`)} (300000 characters)`);
    const github = await runCli(["lint", "values.yaml", "--format", "github"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, "summary") } });
    expect(github.stdout.length).toBeLessThan(5_000);
  });

  it("the masked key's underline does not tell its length", async () => {
    const underline = async (key: string) => {
      const dir = scratch({ "values.yaml": `extraEnv:\n  - name: LITELLM_API_KEY\n    value: ${key}\n` });
      const run = await runCli(["lint", "values.yaml"], { cwd: dir });
      expect(run.stdout).not.toContain(key);
      const frame = run.stdout.split("\n").findIndex((line) => line.includes("value: ****"));
      expect(frame, run.stdout).toBeGreaterThan(0);
      return run.stdout.split("\n")[frame + 1]!;
    };
    const short = await underline("sk-abcdefghij");
    const long = await underline(`sk-${"q".repeat(60)}`);
    expect(short).toBe(long);
    expect(short).toMatch(/\| +\^{4}$/);
  });
});

describe("12. how to fix, docs, and the rule list as data", () => {
  it("stylish --verbose adds the rule's remediation and docs link under each finding", async () => {
    const dir = scratch({ "values.yaml": DUPLICATE });
    const plain = await runCli(["lint", "values.yaml"], { cwd: dir });
    expect(plain.stdout).not.toContain("how to fix");
    const verbose = await runCli(["lint", "values.yaml", "--verbose"], { cwd: dir });
    const remediation = rules.find((rule) => rule.meta.id === "env-duplicate")!.meta.remediation;
    expect(verbose.stdout).toContain(`how to fix: ${remediation}`);
    expect(verbose.stdout).toContain("docs: https://github.com/litellm-preflight/litellm-preflight/blob/main/docs/rules/env-duplicate.md");
  });

  it("rules --format json lists id, severity, description, docsUrl, fixable and optionsSchema", async () => {
    const run = await runCli(["rules", "--format", "json"]);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(list.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const [index, rule] of list.entries()) {
      const { meta } = rules[index]!;
      expect(rule).toEqual({
        id: meta.id,
        severity: meta.defaultSeverity,
        input: meta.input,
        description: meta.description,
        docsUrl: `https://github.com/litellm-preflight/litellm-preflight/blob/main/docs/rules/${meta.id}.md`,
        fixable: meta.fixable ?? false,
        optionsSchema: meta.optionsSchema ?? null,
      });
    }
    expect(list.some((rule) => rule.optionsSchema !== null)).toBe(true);
  });
});
