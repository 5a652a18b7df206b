/**
 * The runner's side of a JavaScript action, without `@actions/core`: inputs arrive as `INPUT_<NAME>`
 * environment variables (name upper-cased, spaces → `_`, hyphens kept; the runner fills in the
 * defaults from action.yml), outputs go to the file named by `GITHUB_OUTPUT`, the job summary to
 * `GITHUB_STEP_SUMMARY`, and masks and annotations are workflow commands on stdout.
 *
 * Why not `@actions/core`: the protocol is these few lines, the toolkit adds ≈ 90 ms of start-up
 * (it bundles its own undici) and a dependency to the committed bundle, and its `setFailed` exits
 * 0 unless the caller also sets the exit code. Reading and writing the files directly keeps the
 * adapter testable in-process (everything goes through an injected env and file writer).
 */
import { randomUUID } from "node:crypto";
import { escapeData } from "../format/github.ts";

/** Every input action.yml declares; `getInput` accepts nothing else (a test compares the two). */
export const INPUTS = [
  "values",
  "set",
  "manifests",
  "chart",
  "release",
  "namespace",
  "config",
  "litellm-url",
  "key-alias",
  "offline",
  "require-live",
  "fail-on",
  "max-warnings",
  "environment",
  "baseline",
  "sarif-file",
  "sarif-category",
] as const;
export type InputName = (typeof INPUTS)[number];

/** Every output action.yml declares; `setOutput` accepts nothing else. */
export const OUTPUTS = ["sarif-file", "errors", "warnings", "budget-ids", "live-status"] as const;
export type OutputName = (typeof OUTPUTS)[number];

export type Env = Readonly<Record<string, string | undefined>>;

/** Thrown for bad inputs: one line, exit 2 (the step fails either way). */
export class InputError extends Error {
  override name = "InputError";
}

function inputVariable(name: InputName): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** Like `core.getInput`: trimmed, "" when unset. */
export function getInput(env: Env, name: InputName): string {
  return (env[inputVariable(name)] ?? "").trim();
}

/** Like `core.getMultilineInput`, minus its quirk of keeping lines that are only white space. */
export function getMultilineInput(env: Env, name: InputName): string[] {
  return getInput(env, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** Like `core.getBooleanInput` (YAML 1.2 core schema booleans); "" gives `fallback`. */
export function getBooleanInput(env: Env, name: InputName, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${value}"`);
}

/** `::add-mask::` lines for a secret: the whole value and each of its lines. */
export function maskCommands(secret: string): string[] {
  const values = new Set([secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())]);
  return [...values].filter((value) => value !== "").map((value) => `::add-mask::${escapeData(value)}`);
}

/** One `name<<delimiter` block of the GITHUB_OUTPUT file format. */
export function outputBlock(name: OutputName, value: string): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
