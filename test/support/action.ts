/**
 * Runs the bundled Action (dist/action.js) the way the GitHub runner does: `node dist/action.js`
 * with the workspace as cwd, every input as `INPUT_<NAME>` (defaults from action.yml filled in,
 * hyphens kept), and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY pointing at files the step appends to.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { rules } from "../../rules/registry.ts";
import { ROOT } from "./fixtures.ts";

/**
 * The rules these tests exercise. Every other rule of the registry is turned off in the workspace's
 * `.litellm-preflight.yaml`, so that rules added later do not change the expected findings.
 */
export const TESTED_RULES = [
  "budget-id-invalid",
  "budget-id-mismatch",
  "duplicate-key",
  "env-duplicate",
  "env-value-type",
  "plaintext-credential",
  "suppression-directive",
  "yaml-syntax",
  "litellm-budget-exists",
  "litellm-budget-limits",
  "litellm-key-unlimited",
  "litellm-unverified",
];

/** Config text: the given rule settings, every untested rule off. */
export function testConfig(settings: Record<string, string> = {}): string {
  const lines = ["rules:"];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? (TESTED_RULES.includes(rule.meta.id) ? undefined : "off");
    if (setting) lines.push(`  ${rule.meta.id}: ${setting}`);
  }
  return lines.length > 1 ? `${lines.join("\n")}\n` : "{}\n";
}

export const ACTION_BUNDLE = join(ROOT, "dist", "action.js");

export interface ActionYml {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function actionYml(): ActionYml {
  return parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as ActionYml;
}

/** The runner's variable name for an input: upper case, spaces → `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** Parses the GITHUB_OUTPUT file (`name=value` lines and `name<<DELIMITER` blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`output ${name} has no closing delimiter`);
      out[name!] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

/** A scratch workspace; `.litellm-preflight.yaml` is `testConfig()` unless `files` has one. */
export function workspace(files: Record<string, string>, options: { git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "litellm-preflight-action-"));
  for (const [path, text] of Object.entries({ ".litellm-preflight.yaml": testConfig(), ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  if (options.git) execFileSync("git", ["init", "-q", dir]);
  return dir;
}

export function runBundledAction(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  if (!existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing: run node scripts/build.ts`);
  const runnerDir = mkdtempSync(join(tmpdir(), "litellm-preflight-runner-"));
  const outputFile = join(runnerDir, "output");
  const summaryFile = join(runnerDir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml().inputs)) if (spec.default !== undefined) inputEnv[inputEnvName(name)] = spec.default;
  for (const [name, value] of Object.entries(inputs)) inputEnv[inputEnvName(name)] = value;
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
    ...inputEnv,
    ...env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: dir, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, "utf8")), summary: readFileSync(summaryFile, "utf8"), workspace: dir });
    });
  });
}
