/**
 * The GitLab CI/CD template, run as a GitLab runner runs a job: its `script:` lines as one script in
 * bash with `set -eo pipefail`, in a git checkout (CI_PROJECT_DIR), with the CI_* variables, the
 * template's job variables and the project's CI/CD variables set; the tool from this checkout
 * (LITELLM_PREFLIGHT_VERSION = a directory, so the built dist/cli.js runs and nothing is installed).
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.ts";
import { codeQualityProblems } from "../support/gitlab.ts";
import { fake, MASTER } from "../support/live.ts";

const TEMPLATE = join(ROOT, "ci", "gitlab", "litellm-preflight.gitlab-ci.yml");
const REPORT = "gl-code-quality-report.json";

interface Job {
  stage: string;
  image: string;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; reports: { codequality: string }; paths: string[] };
}

const job = () => (parse(readFileSync(TEMPLATE, "utf8")) as Record<string, Job>)["litellm-preflight"]!;

/** A checkout with one commit, as the runner leaves it in CI_PROJECT_DIR. */
function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "litellm-preflight-gitlab-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.com", ...args], { cwd: dir });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "values");
  return dir;
}

/** Runs the job's script; `variables` are the project's CI/CD variables (they override the job's). */
function runJob(dir: string, variables: Record<string, string>): Promise<{ code: number | null; log: string }> {
  const sha = execFileSync("git", ["rev-parse", "HEAD"], { cwd: dir, encoding: "utf8" }).trim();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    CI: "true",
    GITLAB_CI: "true",
    CI_SERVER_URL: "https://gitlab.example.com",
    CI_PROJECT_DIR: dir,
    CI_PROJECT_PATH: "platform/codemie-deploy",
    CI_JOB_NAME: "litellm-preflight",
    CI_JOB_STAGE: job().stage,
    CI_COMMIT_SHA: sha,
    CI_PIPELINE_SOURCE: "merge_request_event",
    CI_MERGE_REQUEST_IID: "7",
    ...job().variables,
    LITELLM_PREFLIGHT_VERSION: ROOT,
    ...variables,
  };
  // The runner's bash shell: the script lines in order, in one shell, stopping at the first failure.
  const script = ["set -eo pipefail", ...job().script].join("\n");
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk) => (log += chunk));
    child.stderr.on("data", (chunk) => (log += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, log });
    });
  });
}

const plain = (log: string) => log.replace(/\u001b\[[0-9;]*m/g, "");
const report = (dir: string) => JSON.parse(readFileSync(join(dir, REPORT), "utf8")) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];

const BROKEN = ["extraEnv:", "  - {name: LITELLM_BUDGET_ID, value: '%%BUDGET_ID%%'}", "  - {name: A, value: '1'}", "  - {name: A, value: '2'}", ""].join("\n");
const CLEAN = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n";

describe("ci/gitlab/litellm-preflight.gitlab-ci.yml", () => {
  it("runs on node:24 and uploads the report it writes as artifacts:reports:codequality, also when the job fails", () => {
    const { image, artifacts, variables } = job();
    expect(image).toBe("node:24");
    expect(artifacts).toMatchObject({ when: "always", reports: { codequality: REPORT }, paths: [REPORT] });
    expect(Object.keys(variables).sort()).toEqual(["LITELLM_PREFLIGHT_ARGS", "LITELLM_PREFLIGHT_MANIFESTS", "LITELLM_PREFLIGHT_VALUES", "LITELLM_PREFLIGHT_VERSION"]);
    // The URL and keys are the project's variables, never the template's.
    expect(readFileSync(TEMPLATE, "utf8")).not.toMatch(/^\s*LITELLM_(URL|MASTER_KEY|API_KEY):/m);
  });

  it("fails on error findings, shows them in the log, and leaves a Code Quality report with paths from the repository root", async () => {
    const dir = checkout({ "deploy/values.yaml": "image: {tag: '2.42.0'}\n", "deploy/values-prod.yaml": BROKEN, "deploy/rendered.yaml": "" });
    const { code, log } = await runJob(dir, { LITELLM_PREFLIGHT_VALUES: "deploy/values.yaml deploy/values-prod.yaml" });
    expect(code, log).toBe(1);
    const text = plain(log);
    expect(text).toMatch(/^litellm-preflight \d+\.\d+\.\d+; live checks off \(no LITELLM_URL variable\)$/m);
    expect(text).toContain("deploy/values-prod.yaml");
    expect(text).toMatch(/2:\d+\s+error\s+LITELLM_BUDGET_ID "%%BUDGET_ID%%" still holds the placeholder/);
    const issues = report(dir);
    expect(codeQualityProblems(issues)).toEqual([]);
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin])).toEqual(
      expect.arrayContaining([
        ["budget-id-invalid", "major", "deploy/values-prod.yaml", 2],
        ["env-duplicate", "minor", "deploy/values-prod.yaml", 3],
      ]),
    );
  });

  it("passes a clean checkout with an empty report; globs and manifests from the variables", async () => {
    const manifest = ["apiVersion: apps/v1", "kind: Deployment", "metadata: {name: api}", "spec:", "  template:", "    spec:", "      containers:", "        - name: api", "          env: [{name: LITELLM_BUDGET_ID, value: prod-budget}]", ""].join("\n");
    const dir = checkout({ "deploy/a-values.yaml": CLEAN, "deploy/b-values.yaml": "replicaCount: 2\n", "out/rendered.yaml": manifest });
    const { code, log } = await runJob(dir, { LITELLM_PREFLIGHT_VALUES: "deploy/*-values.yaml", LITELLM_PREFLIGHT_MANIFESTS: "out/rendered.yaml", LITELLM_PREFLIGHT_ARGS: "--fail-on warning" });
    expect(code, log).toBe(0);
    expect(plain(log)).toMatch(/no problems/i);
    expect(report(dir)).toEqual([]);
  });

  it("checks live against the CI/CD variable LITELLM_URL only, and no key reaches the log or the report", async () => {
    const proxy = await fake({ fixture: "demo" });
    const elsewhere = await fake({ fixture: "demo" });
    const values = ["api:", "  extraEnv:", `    - {name: LITE_LLM_URL, value: '${elsewhere.url}'}`, "    - {name: LITELLM_BUDGET_ID, value: no-such-budget}", ""].join("\n");
    const dir = checkout({ "values.yaml": values });
    const { code, log } = await runJob(dir, { LITELLM_PREFLIGHT_VALUES: "values.yaml", LITELLM_URL: proxy.url, LITELLM_MASTER_KEY: MASTER });
    expect(code, log).toBe(1);
    expect(plain(log)).toContain("live checks against the CI/CD variable LITELLM_URL");
    expect(proxy.count()).toBeGreaterThan(0);
    expect(elsewhere.count()).toBe(0);
    expect(report(dir).map((issue) => issue.check_name)).toContain("litellm-budget-exists");
    expect(log).not.toContain(MASTER);
    expect(readFileSync(join(dir, REPORT), "utf8")).not.toContain(MASTER);
  });

  it("installs from a git URL with a ref (LITELLM_PREFLIGHT_VERSION=git+URL#ref): the clone's committed dist/ runs", async () => {
    const tool = mkdtempSync(join(tmpdir(), "litellm-preflight-tool-"));
    cpSync(join(ROOT, "dist"), join(tool, "dist"), { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.com", ...args], { cwd: tool });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "release");
    git("tag", "v9.9.9");
    const dir = checkout({ "values.yaml": CLEAN });
    const { code, log } = await runJob(dir, { LITELLM_PREFLIGHT_VALUES: "values.yaml", LITELLM_PREFLIGHT_VERSION: `git+file://${tool}#v9.9.9` });
    expect(code, log).toBe(0);
    expect(plain(log)).toMatch(/^litellm-preflight \d+\.\d+\.\d+; live checks off/m);
    expect(report(dir)).toEqual([]);
  });

  it("stops with the tool's one-line message when an input is missing (and leaves no report)", async () => {
    const dir = checkout({ "values.yaml": CLEAN });
    const { code, log } = await runJob(dir, { LITELLM_PREFLIGHT_VALUES: "missing.yaml" });
    expect(code).toBe(2);
    expect(plain(log)).toMatch(/^litellm-preflight: .*missing\.yaml/m);
    expect(existsSync(join(dir, REPORT))).toBe(false);
  });
});
