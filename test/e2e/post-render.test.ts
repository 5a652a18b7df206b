/**
 * `litellm-preflight post-render` inside real helm: helm 3.17.2 runs it as `--post-renderer`
 * (an executable), helm 4.1.4 as the post-renderer plugin in helm-plugin/helm4/, installed with
 * `helm plugin install` into a scratch HELM_PLUGINS. `helm template` needs no cluster.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { helmBinary, type HelmMajor } from "../../tools/helm.ts";
import { CLI, capturingIO, scratch } from "../support/cli.ts";
import { ROOT } from "../support/fixtures.ts";
import { runCli } from "../../src/cli/run.ts";
import { fake, MASTER } from "../support/live.ts";

const CHART = ["template", "codemie", "fixtures/charts/codemie-lite", "-f", "fixtures/charts/values/prod.yaml"];
const PLACEHOLDER = ["--set", "litellm.budgetId=%%BUDGET_ID%%"];
/** What the post-renderer is given: the same values file as helm, offline. */
const LINT_ARGS = ["-f", "fixtures/charts/values/prod.yaml", "--offline"];
const postRendererArgs = (args: string[]) => args.flatMap((arg) => [`--post-renderer-args=${arg}`]);

/** A scratch helm home; helm 4.1.4 installs plugins into $HELM_DATA_HOME/plugins whatever HELM_PLUGINS says, so both point there. */
function helmEnv(): Record<string, string> {
  const home = scratch({});
  return { PATH: process.env.PATH ?? "", HOME: home, HELM_CACHE_HOME: join(home, "cache"), HELM_CONFIG_HOME: join(home, "config"), HELM_DATA_HOME: join(home, "data"), HELM_PLUGINS: join(home, "data", "plugins"), NO_COLOR: "1" };
}

/**
 * Runs helm with its stderr on a file, as a terminal, a CI log pipe or `2>>log` give it (Node's own
 * stdio pipes are sockets, which a child cannot reopen through /proc: see the plugin's script).
 */
function helm(major: HelmMajor, args: string[], env: Record<string, string>) {
  const log = join(scratch({}), "stderr");
  const fd = openSync(log, "a");
  try {
    const run = spawnSync(helmBinary(major), args, { cwd: ROOT, env, stdio: ["ignore", "pipe", fd], timeout: 60_000 });
    return { code: run.status, stdout: run.stdout, stderr: readFileSync(log, "utf8") };
  } finally {
    closeSync(fd);
  }
}

describe("helm 3: --post-renderer litellm-preflight --post-renderer-args post-render", () => {
  const env = helmEnv();
  // What users put on PATH as `litellm-preflight` (the npm bin): here the built CLI.
  const bin = join(env.HOME!, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "litellm-preflight"), `#!/bin/sh\nexec node '${CLI}' "$@"\n`);
  chmodSync(join(bin, "litellm-preflight"), 0o755);
  const withTool = { ...env, PATH: `${bin}:${env.PATH}` };
  const postRender = ["--post-renderer", "litellm-preflight", ...postRendererArgs(["post-render", ...LINT_ARGS])];

  it("passes the manifests through byte for byte when clean", () => {
    const plain = helm(3, CHART, env);
    expect(plain.code, plain.stderr).toBe(0);
    const checked = helm(3, [...CHART, ...postRender], withTool);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout.equals(plain.stdout)).toBe(true);
    expect(plain.stdout.length).toBeGreaterThan(500);
  });

  it("stops the render on an error finding, with the finding on stderr and no manifest on stdout", () => {
    const checked = helm(3, [...CHART, ...PLACEHOLDER, ...postRender], withTool);
    expect(checked.code).toBe(1);
    expect(checked.stdout.length).toBe(0);
    expect(checked.stderr).toMatch(/error while running post render/);
    expect(checked.stderr).toMatch(/<stdin>\n\s+\d+:\d+\s+error\s+LITELLM_BUDGET_ID "%%BUDGET_ID%%" still holds the placeholder %%BUDGET_ID%%\s+budget-id-invalid/);
  });

  it("lets it through with --fail-on never, still reporting", () => {
    const plain = helm(3, [...CHART, ...PLACEHOLDER], env);
    const checked = helm(3, [...CHART, ...PLACEHOLDER, ...postRender, "--post-renderer-args=--fail-on", "--post-renderer-args=never"], withTool);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout.equals(plain.stdout)).toBe(true);
  });
});

describe("helm 4: the post-renderer plugin helm-plugin/helm4/litellm-preflight", () => {
  const env = helmEnv();
  const install = (dir: string) => {
    const run = helm(4, ["plugin", "install", dir], env);
    expect(run.code, run.stderr + run.stdout.toString()).toBe(0);
  };
  // Helm 4 re-serialises around post-renderers: "unchanged" is what an identity plugin yields.
  const identity = scratch({ "plugin.yaml": "apiVersion: v1\ntype: postrenderer/v1\nname: identity\nversion: 0.0.1\nruntime: subprocess\nruntimeConfig:\n  platformCommand:\n    - command: cat\n" });
  install(identity);
  install(join(ROOT, "helm-plugin", "helm4", "litellm-preflight"));
  const postRender = ["--post-renderer", "litellm-preflight", ...postRendererArgs(LINT_ARGS)];

  it("installs with helm plugin install and is listed as a postrenderer/v1 plugin", () => {
    const list = helm(4, ["plugin", "list"], env).stdout.toString();
    expect(list).toMatch(/litellm-preflight\s+0\.1\.0\s+postrenderer\/v1\s+v1/);
  });

  it("passes the manifests through as an identity post-renderer does when clean", () => {
    const same = helm(4, [...CHART, "--post-renderer", "identity"], env);
    expect(same.code, same.stderr).toBe(0);
    const checked = helm(4, [...CHART, ...postRender], env);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout.equals(same.stdout)).toBe(true);
    expect(checked.stdout.length).toBeGreaterThan(500);
  });

  it("stops the render on an error finding; the findings reach helm's stderr although helm 4 buffers the plugin's", () => {
    const checked = helm(4, [...CHART, ...PLACEHOLDER, ...postRender], env);
    expect(checked.code).toBe(1);
    expect(checked.stdout.length).toBe(0);
    expect(checked.stderr).toContain('failed to invoke post-renderer plugin "litellm-preflight": plugin "litellm-preflight" exited with error');
    expect(checked.stderr).toMatch(/\d+:\d+\s+error\s+LITELLM_BUDGET_ID "%%BUDGET_ID%%" still holds the placeholder/);
  });
});

describe("post-render in process", () => {
  it("writes the input unchanged (CRLF, no final newline) when clean, and nothing when not", async () => {
    const dir = scratch({});
    const clean = "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata: {name: a}\r\ndata: {LITELLM_BUDGET_ID: prod}";
    const io = capturingIO(dir, {});
    io.stdin.end(clean);
    expect(await runCli(["post-render", "--offline"], io)).toBe(0);
    expect(io.out()).toBe(clean);
    const broken = capturingIO(dir, {});
    broken.stdin.end("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          env: [{name: LITELLM_BUDGET_ID, value: '%%BUDGET_ID%%'}]\n");
    expect(await runCli(["post-render", "--offline"], broken)).toBe(1);
    expect(broken.out()).toBe("");
    expect(broken.err()).toContain("budget-id-invalid");
  });

  it("checks live when LITELLM_URL and the key are in the environment, and holds back a release whose budget the proxy lacks", async () => {
    const proxy = await fake({ fixture: "demo" });
    const deployment = (id: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env: [{name: LITELLM_BUDGET_ID, value: ${id}}]\n`;
    const env = { LITELLM_URL: proxy.url, LITELLM_MASTER_KEY: MASTER };
    const known = capturingIO(scratch({}), env);
    known.stdin.end(deployment("prod-budget"));
    expect(await runCli(["post-render"], known), known.err()).toBe(0);
    expect(known.out()).toBe(deployment("prod-budget"));
    const unknown = capturingIO(scratch({}), env);
    unknown.stdin.end(deployment("no-such-budget"));
    expect(await runCli(["post-render"], unknown)).toBe(1);
    expect(unknown.out()).toBe("");
    expect(unknown.err()).toContain("litellm-budget-exists");
    expect(unknown.err()).not.toContain(MASTER);
    expect(proxy.count()).toBeGreaterThan(0);
  });

  it("takes arguments from LITELLM_PREFLIGHT_POST_RENDER_ARGS, refuses -m, and passes an empty render through", async () => {
    const dir = scratch({ "v.yaml": "extraEnv:\n  - {name: A, value: '1'}\n  - {name: A, value: '2'}\n" });
    const io = capturingIO(dir, { LITELLM_PREFLIGHT_POST_RENDER_ARGS: " -f v.yaml  --fail-on warning " });
    io.stdin.end("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
    expect(await runCli(["post-render", "--offline"], io)).toBe(1);
    expect(io.err()).toContain("env-duplicate");
    const withM = capturingIO(dir, {});
    withM.stdin.end("");
    expect(await runCli(["post-render", "-m", "x.yaml"], withM)).toBe(2);
    expect(withM.err()).toContain("post-render reads the manifests from stdin");
    const empty = capturingIO(dir, {});
    empty.stdin.end("\n");
    expect(await runCli(["post-render"], empty)).toBe(0);
    expect(empty.out()).toBe("\n");
    // What helm renders for a template that is switched off but for a comment after its `{{- end }}`.
    const commentsOnly = "---\n# Source: chart/templates/cm.yaml\n# disabled by default\n";
    const comments = capturingIO(dir, {});
    comments.stdin.end(commentsOnly);
    expect(await runCli(["post-render"], comments)).toBe(0);
    expect(comments.out()).toBe(commentsOnly);
    expect(comments.err()).toBe("");
  });
});

describe.each([3, 4] as const)("helm %i: the CLI plugin `helm preflight`", (major) => {
  const env = helmEnv();
  const installed = helm(major, ["plugin", "install", join(ROOT, "helm-plugin", `helm${major}`, "preflight")], env);
  const preflight = (args: string[], extra: Record<string, string> = {}) => helm(major, ["preflight", ...CHART.slice(1), ...args], { ...env, ...extra });

  it("installs with helm plugin install, renders with that helm and lints the output and the values (exit 1 on an error)", () => {
    expect(installed.code, installed.stderr).toBe(0);
    const failing = preflight(PLACEHOLDER, { LITELLM_PREFLIGHT_ARGS: "--offline" });
    expect(failing.code, failing.stderr).toBe(1);
    expect(failing.stdout.toString()).toMatch(/<stdin>\n\s+\d+:\d+\s+error\s+LITELLM_BUDGET_ID "%%BUDGET_ID%%" still holds the placeholder/);
    const clean = preflight([], { LITELLM_PREFLIGHT_ARGS: "--offline --format json" });
    expect(clean.code, clean.stderr).toBe(0);
    const report = JSON.parse(clean.stdout.toString()) as { stats: { valuesFiles: number; manifestDocuments: number }; budgetIds: { id: string }[] };
    expect(report.stats.valuesFiles).toBe(1);
    expect(report.stats.manifestDocuments).toBeGreaterThan(0);
    expect(report.budgetIds.map((budget) => budget.id)).toContain("prod-budget");
  });

  it("lints the values files of pflag's attached -f forms (-fFILE, -f=FILE) at their own lines, as of -f FILE", () => {
    const values = join(scratch({ "dup.yaml": "extraEnv:\n  - {name: LOG_LEVEL, value: info}\n  - {name: LOG_LEVEL, value: debug}\n" }), "dup.yaml");
    const findings = (args: string[]) => {
      const run = helm(major, ["preflight", "codemie", "fixtures/charts/codemie-lite", ...args], { ...env, LITELLM_PREFLIGHT_ARGS: "--offline --format json" });
      const report = JSON.parse(run.stdout.toString()) as { findings: { ruleId: string; location: { file: string; line: number } }[] };
      return report.findings.map((finding) => [finding.ruleId, finding.location.file, finding.location.line]);
    };
    const spaced = findings(["-f", values]);
    expect(spaced).toContainEqual(["env-duplicate", values, 2]);
    expect(findings([`-f${values}`])).toEqual(spaced);
    expect(findings([`-f=${values}`])).toEqual(spaced);
  });

  it("lints with --set-literal as helm renders with it (applied last, commas kept)", () => {
    const run = preflight(["--set-literal", "litellm.budgetId=lit,budget"], { LITELLM_PREFLIGHT_ARGS: "--offline --format json" });
    expect(run.code, run.stderr.toString()).toBe(0);
    const report = JSON.parse(run.stdout.toString()) as { budgetIds: { id: string }[]; findings: { ruleId: string }[] };
    expect([...new Set(report.budgetIds.map((budget) => budget.id))]).toEqual(["lit,budget"]);
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain("budget-id-mismatch");
  });

  it("reads the values as the helm that runs it reads them: helm 4 merges a --set-json JSON object, helm 3 refuses it", () => {
    const run = preflight(["--set-json", '{"litellm":{"budgetId":"json-budget"}}'], { LITELLM_PREFLIGHT_ARGS: "--offline --format json" });
    if (major === 3) {
      expect(run.code).not.toBe(0);
      expect(run.stderr.toString()).toMatch(/--set-json/);
      return;
    }
    expect(run.code, run.stderr.toString()).toBe(0);
    const report = JSON.parse(run.stdout.toString()) as { budgetIds: { id: string }[]; helm: { major: number; from: string } };
    expect([...new Set(report.budgetIds.map((budget) => budget.id))]).toEqual(["json-budget"]);
    expect(report.helm).toMatchObject({ major: 4, from: "flag" });
  });

  it("passes helm's own failure through", () => {
    const broken = preflight(["--set", "replicaCount=[1"], { LITELLM_PREFLIGHT_ARGS: "--offline" });
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/Error/);
  });
});

it("helm 3 refuses helm 4's plugin format (hence one folder per major)", () => {
  const env = helmEnv();
  const run = helm(3, ["plugin", "install", join(ROOT, "helm-plugin", "helm4", "preflight")], env);
  expect(run.code).not.toBe(0);
});
