/** Runs the built CLI (dist/cli.js) as a user would, with its own cwd, env and stdin. */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import type { CliIO } from "../../src/cli/run.ts";
import { ROOT } from "./fixtures.ts";

export const CLI = join(ROOT, "dist", "cli.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...options.env };
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 15_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    // A run that stops reading stdin early (a size limit, binary input) closes the pipe: not a test error.
    child.stdin.on("error", () => {});
    child.stdin.end(options.stdin ?? "");
  });
}

/** A scratch directory with the given files (paths relative to it). */
export function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "litellm-preflight-test-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** An in-process CliIO (for `runCli` of src/cli/run.ts) that keeps what is written to stdout and stderr. */
export function capturingIO(cwd: string, env: NodeJS.ProcessEnv, offload?: CliIO["offload"]): CliIO & { stdin: PassThrough; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => (out += chunk));
  stderr.on("data", (chunk) => (err += chunk));
  return { cwd, env, stdout, stderr, stdin: new PassThrough(), ...(offload ? { offload } : {}), out: () => out, err: () => err };
}
