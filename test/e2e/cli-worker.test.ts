/**
 * Big inputs run on a worker thread (src/cli/worker.ts). The built CLI's answer for a manifest
 * over the threshold must be the in-process answer, exit code included; the decision itself is
 * checked in-process with a stand-in for the worker.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderedManifest } from "../../scripts/bench-inputs.ts";
import { runCli as runInProcess, type CliIO } from "../../src/cli/run.ts";
import { WORKER_MIN_BYTES } from "../../src/cli/offload.ts";
import { capturingIO, CLI, runCli, scratch } from "../support/cli.ts";

/** A workload with findings: a duplicate variable, a literal credential and an empty budget id (unlike the others'). */
const FLAWED = `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: flawed, namespace: codemie}
spec:
  template:
    spec:
      containers:
        - name: api
          env:
            - {name: LOG_LEVEL, value: info}
            - {name: LOG_LEVEL, value: debug}
            - {name: LITE_LLM_MASTER_KEY, value: sk-worker-test-0001}
            - {name: LITELLM_BUDGET_ID, value: ""}
`;

const io = (cwd: string, offload?: CliIO["offload"]) => capturingIO(cwd, { NO_COLOR: "1" }, offload);

describe("big inputs on a worker", () => {
  const big = renderedManifest(WORKER_MIN_BYTES + 512 * 1024).text + FLAWED;

  it.each([
    ["a file", ["lint", "-m", "big.yaml", "--format", "json"]],
    ["stdin", ["lint", "-m", "-", "--format", "json"]],
  ])("the built CLI answers %s over the threshold exactly as the linter does in-process", async (_, args) => {
    const dir = scratch({});
    writeFileSync(join(dir, "big.yaml"), big);
    const fromStdin = args.includes("-");

    const built = await runCli(args, { cwd: dir, timeoutMs: 60_000, ...(fromStdin ? { stdin: big } : {}) });
    const local = io(dir);
    if (fromStdin) local.stdin.end(big);
    const code = await runInProcess(args, local);

    expect(built.stderr).toBe("");
    expect(built.code).toBe(1);
    expect(code).toBe(1);
    const fromWorker = JSON.parse(built.stdout);
    expect(fromWorker.findings.map((finding: { ruleId: string }) => finding.ruleId).sort()).toEqual(["budget-id-invalid", "budget-id-mismatch", "env-duplicate", "plaintext-credential"]);
    expect(fromWorker).toEqual(JSON.parse(local.out()));
    expect(built.stdout).not.toContain("sk-worker-test-0001");
  }, 120_000);

  // util-linux `script` gives the CLI a terminal; without it this case cannot be set up.
  it.skipIf(!existsSync("/usr/bin/script"))("colours follow the terminal behind the main thread", () => {
    const dir = scratch({});
    writeFileSync(join(dir, "big.yaml"), big);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} lint -m big.yaml`;
    const run = spawnSync("/usr/bin/script", ["-qec", command, "/dev/null"], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH ?? "", NODE_DEBUG: "worker", TERM: "xterm" }, timeout: 60_000 });
    expect(run.stdout).toMatch(/^WORKER \d+: /m);
    expect(run.stdout).toContain("\u001b[31merror  \u001b[39m");
  }, 60_000);

  it.each([
    ["in-process", 2_000_000],
    ["on a worker", WORKER_MIN_BYTES + 512 * 1024],
  ])("a reader that closes the pipe early (| head) ends the run %s with its exit code and no trace", async (_, bytes) => {
    // Every Deployment repeats LOG_LEVEL: thousands of findings, far more output than a pipe holds.
    const manifest = renderedManifest(bytes).text.replaceAll("            - name: LOG_LEVEL\n", "            - name: LOG_LEVEL\n              value: x\n            - name: LOG_LEVEL\n");
    const dir = scratch({});
    writeFileSync(join(dir, "m.yaml"), manifest);
    const child = spawn(process.execPath, [CLI, "lint", "-m", "m.yaml", "--max-warnings", "0"], { cwd: dir, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    // Only the gate's reason, no trace.
    expect(stderr).toMatch(/^litellm-preflight: too many warnings \(\d+, maximum 0\)\n$/);
    expect(code).toBe(1);
  }, 60_000);

  it("a worker made early for big named files ends without a word when the run does not go to it", async () => {
    const dir = scratch({});
    writeFileSync(join(dir, "big.yaml"), big);
    const started = performance.now();
    const run = await runCli(["lint", "-m", "big.yaml", "--format", "bogus"], { cwd: dir, env: { NODE_DEBUG: "worker" }, timeoutMs: 20_000 });
    expect(run.code).toBe(2);
    // NODE_DEBUG=worker shows that a worker was made before the run refused its arguments.
    expect(run.stderr).toMatch(/^WORKER \d+: .*create new worker/m);
    expect(run.stderr.split("\n").filter((line) => line.startsWith("litellm-preflight:"))).toEqual(['litellm-preflight: --format must be one of stylish, json, sarif, github, gitlab, junit, checkstyle, not "bogus"']);
    expect(run.stdout).toBe("");
    // The process does not wait for the worker it did not use (which never reads big.yaml).
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it("a worker that refuses stdin ends the run at once, whatever is still coming", async () => {
    const dir = scratch({});
    const binary = await runCli(["lint", "-m", "-"], { cwd: dir, stdin: "\0".repeat(WORKER_MIN_BYTES + 1024), env: { NODE_DEBUG: "worker" }, timeoutMs: 20_000 });
    expect(binary.code).toBe(2);
    // NODE_DEBUG=worker shows that the run went to a worker (Node's own debug lines).
    expect(binary.stderr).toMatch(/^WORKER \d+: /m);
    expect(binary.stderr.split("\n").filter((line) => line.startsWith("litellm-preflight:"))).toEqual(["litellm-preflight: stdin is binary (it contains NUL bytes)"]);
    writeFileSync(join(dir, ".litellm-preflight.yaml"), `limits:\n  maxFileBytes: ${WORKER_MIN_BYTES + 100}\n`);
    const tooBig = await runCli(["lint", "-m", "-"], { cwd: dir, stdin: "a: b\n".repeat(WORKER_MIN_BYTES / 4), timeoutMs: 20_000 });
    expect(tooBig).toMatchObject({ code: 2, stdout: "", stderr: `litellm-preflight: stdin has more than ${WORKER_MIN_BYTES + 100} bytes (limits.maxFileBytes in the config)\n` });
  }, 60_000);

  it("takes stdin that keeps coming after the worker was made, and gives the same answer", async () => {
    const dir = scratch({});
    const child = spawn(process.execPath, [CLI, "lint", "-m", "-", "--format", "json"], { cwd: dir, env: { PATH: process.env.PATH ?? "", NODE_DEBUG: "worker" }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    // The head that decides (WORKER_MIN_BYTES) first, then the rest in pieces, some while the worker starts.
    const bytes = Buffer.from(big);
    child.stdin.write(bytes.subarray(0, WORKER_MIN_BYTES + 1));
    for (let at = WORKER_MIN_BYTES + 1, piece = 0; at < bytes.length; at += 64 * 1024 + 7, piece++) {
      if (piece % 2 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      child.stdin.write(bytes.subarray(at, at + 64 * 1024 + 7));
    }
    child.stdin.end();
    const code = await closed;

    const local = io(dir);
    local.stdin.end(big);
    expect(await runInProcess(["lint", "-m", "-", "--format", "json"], local)).toBe(1);
    expect(stderr).toMatch(/^WORKER \d+: /m);
    expect(stderr.split("\n").filter((line) => line.startsWith("litellm-preflight:"))).toEqual([]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(local.out()));
  }, 120_000);

  it("says in one line that stdin could not be read, with or without a worker to decide for", async () => {
    const dir = scratch({});
    for (const offload of [undefined, { minBytes: 1 << 30, run: async () => 7, dispose: () => {} }]) {
      const handle = io(dir, offload);
      const failing = runInProcess(["lint", "-m", "-"], handle);
      handle.stdin.write("kind: List\n");
      // Failed once something reads it (an error nobody listens for would end the test run).
      while (handle.stdin.listenerCount("error") === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      handle.stdin.destroy(Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" }));
      expect(await failing).toBe(2);
      expect(handle.err()).toBe("litellm-preflight: cannot read stdin: EIO\n");
    }
  });

  it("offloads when files and stdin together reach the threshold, handing stdin over", async () => {
    const dir = scratch({ "m.yaml": FLAWED, "values.yaml": "extraEnv: []\n" });
    const calls: string[] = [];
    const offload = (minBytes: number): CliIO["offload"] => ({
      minBytes,
      run: async (stdin) => (calls.push(`${minBytes}: ${stdin ? `${stdin.head.toString("utf8")}${stdin.ended ? "(ended)" : "…"}` : "no stdin"}`), 7),
      // A run that stays in-process lets a worker made early for it go.
      dispose: () => calls.push("stays"),
    });
    const withStdin = (minBytes: number) => {
      const handle = io(dir, offload(minBytes));
      handle.stdin.end("kind: List\n");
      return handle;
    };

    expect(await runInProcess(["lint", "-m", "m.yaml", "values.yaml"], io(dir, offload(FLAWED.length)))).toBe(7);
    expect(await runInProcess(["lint", "-m", "m.yaml", "values.yaml"], io(dir, offload(FLAWED.length + 1_000)))).toBe(1);
    // Values (13 bytes), manifests and stdin (11 bytes) count together.
    expect(await runInProcess(["lint", "-m", "m.yaml", "-m", "-", "values.yaml"], withStdin(FLAWED.length + 24))).toBe(7);
    // Below the threshold, the stdin already read is linted in-process.
    const small = withStdin(FLAWED.length + 1_000);
    expect(await runInProcess(["lint", "-m", "m.yaml", "-m", "-", "--format", "json"], small)).toBe(1);
    expect(JSON.parse(small.out()).stats.manifestDocuments).toBe(2);
    // The size limit holds for what was read to decide.
    const limited = scratch({ ".litellm-preflight.yaml": "limits:\n  maxFileBytes: 5\n" });
    const tooBig = io(limited, offload(1_000));
    tooBig.stdin.end("kind: List\n");
    expect(await runInProcess(["lint", "-m", "-"], tooBig)).toBe(2);
    expect(tooBig.err()).toBe("litellm-preflight: stdin has more than 5 bytes (limits.maxFileBytes in the config)\n");
    // A missing file is not offloaded: reading it reports, exit 2.
    expect(await runInProcess(["lint", "-m", "missing.yaml"], io(dir, offload(1)))).toBe(2);
    // Environments are linted in-process.
    const withEnvironments = scratch({ "m.yaml": FLAWED, ".litellm-preflight.yaml": "environments:\n  prod:\n    manifests: [m.yaml]\n" });
    expect(await runInProcess(["lint"], io(withEnvironments, offload(1)))).toBe(1);
    expect(calls).toEqual([`${FLAWED.length}: no stdin`, "stays", `${FLAWED.length + 24}: kind: List\n…`, "stays", "stays", "stays", "stays"]);
  });

  it("a lint below the threshold does not load the worker's machinery; one over it still goes to a worker", () => {
    const dir = scratch({ "m.yaml": FLAWED, "big.yaml": big });
    // Reports at exit whether node:worker_threads was loaded (about 2 ms that a small lint does without).
    const probe = `data:text/javascript,process.on("exit",()=>process.stderr.write("worker_threads:"+process.moduleLoadList.includes("NativeModule worker_threads")+"\\n"))`;
    const loaded = (args: string[]) => {
      const run = spawnSync(process.execPath, ["--import", probe, CLI, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" }, input: FLAWED, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(1);
      return /worker_threads:(\w+)/.exec(run.stderr)?.[1];
    };
    expect(loaded(["lint", "-m", "m.yaml"])).toBe("false");
    expect(loaded(["lint", "-m", "-"])).toBe("false");
    expect(loaded(["lint", "-m", "big.yaml"])).toBe("true");
  });
});
