/** The CLI end to end: a spawned `node src/cli/main.ts lint … --litellm-url …` against the fake proxy. */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP, fake, LIVE_RULES, MASTER, valuesText } from "../support/live.ts";
import { httpsFront, selfSignedCertificate } from "../../tools/fakes/tls.ts";

const MAIN = resolve(fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url)));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "preflight-cli-"));
  await writeFile(join(dir, "values.yaml"), valuesText("prod-budget"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    // A clean environment: no LITELLM_* or proxy variables from the machine running the tests.
    const childEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", ...env };
    execFile(process.execPath, [MAIN, "lint", "values.yaml", ...args], { cwd: dir, env: childEnv, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
      done({ code, stdout, stderr });
    });
  });
}

describe("CLI with live checks", () => {
  it("happy path: the demo's unlimited key and an existing budget id, live passed, exit 0 (JSON)", async () => {
    const server = await fake({ fixture: "demo" });
    const { code, stdout, stderr } = await run(["--litellm-url", server.url, "--format", "json"], { LITELLM_MASTER_KEY: MASTER, LITELLM_API_KEY: APP });
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as { live: { status: string; requests: number; litellmVersion: string }; findings: { ruleId: string; severity: string }[] };
    expect(report.live).toMatchObject({ status: "passed", requests: 5, litellmVersion: "1.80.12" });
    // No live finding at all, and nothing above a note from the static rules.
    expect(report.findings.filter((finding) => LIVE_RULES.includes(finding.ruleId) || finding.severity !== "note")).toEqual([]);
    expect(code).toBe(0);
  });

  it("failure: a key capped by its team, exit 1 (stylish), URL from LITELLM_URL", async () => {
    const server = await fake({ fixture: "capped-team" });
    const { code, stdout } = await run([], { LITELLM_URL: server.url, LITELLM_MASTER_KEY: MASTER, LITELLM_API_KEY: APP });
    expect(stdout).toContain('error    integration key "codemie-back" is capped by team "codemie": max_budget 500 per 30d; when that is spent, every LLM call of the platform fails');
    expect(stdout).toContain("Live checks failed (5 requests, LiteLLM 1.80.12)");
    expect(stdout).not.toContain(APP);
    expect(code).toBe(1);
  });

  it("--offline skips live checks even with a URL", async () => {
    const server = await fake({ fixture: "demo" });
    const { code, stdout } = await run(["--offline", "--litellm-url", server.url], { LITELLM_MASTER_KEY: MASTER });
    expect(stdout).toContain("Live checks skipped: --offline given");
    expect(server.requests).toEqual([]);
    expect(code).toBe(0);
  });

  it("a private CA via NODE_EXTRA_CA_CERTS is trusted (TLS verification on)", async () => {
    const server = await fake({ fixture: "demo" });
    const tls = selfSignedCertificate();
    const front = await httpsFront(server.origin, tls);
    try {
      await writeFile(join(dir, "ca.pem"), tls.cert);
      const trusted = await run(["--litellm-url", front.url, "--format", "json"], { LITELLM_MASTER_KEY: MASTER, LITELLM_API_KEY: APP, NODE_EXTRA_CA_CERTS: join(dir, "ca.pem") });
      // Without it the same front is refused (faults.test.ts).
      expect((JSON.parse(trusted.stdout) as { live: { status: string } }).live.status).toBe("passed");
    } finally {
      await front.close();
    }
  });

  it("--require-live: neither a directive, an ignore glob nor a baseline from the reviewed files opens the gate", async () => {
    const server = await fake({ fixture: "demo" });
    const gated = await mkdtemp(join(tmpdir(), "preflight-gate-"));
    try {
      // No LITELLM_API_KEY: the integration key's check cannot complete.
      await writeFile(join(gated, "values.yaml"), valuesText("prod-budget"));
      const lintIn = (args: string[]) =>
        new Promise<{ code: number; stdout: string }>((done) =>
          execFile(process.execPath, [MAIN, "lint", "values.yaml", "--litellm-url", server.url, "--format", "json", ...args], { cwd: gated, env: { PATH: process.env.PATH ?? "", LITELLM_MASTER_KEY: MASTER }, timeout: 20_000 }, (error, stdout) =>
            done({ code: error ? (typeof error.code === "number" ? error.code : 99) : 0, stdout }),
          ),
        );
      const unverifiedOf = (stdout: string) => (JSON.parse(stdout) as { findings: { ruleId: string; severity: string; suppressed?: unknown; baseline?: string }[] }).findings.filter((finding) => finding.ruleId === "litellm-unverified");
      const expectClosed = async (args: string[]) => {
        const strict = await lintIn(["--require-live", ...args]);
        expect(strict.code, args.join(" ")).toBe(1);
        const [finding] = unverifiedOf(strict.stdout);
        expect(finding).toMatchObject({ severity: "error" });
        expect(finding?.suppressed).toBeUndefined();
        expect(finding?.baseline).not.toBe("unchanged");
      };
      expect(unverifiedOf((await lintIn(["--write-baseline", "baseline.json"])).stdout)).toHaveLength(1);
      await expectClosed(["--baseline", "baseline.json"]);
      // A directive and an ignore glob: without the flag the repository's own choices stand.
      await writeFile(join(gated, "values.yaml"), `# litellm-preflight-disable litellm-unverified -- the pull request silences the gate\n${valuesText("prod-budget")}`);
      const lenient = await lintIn([]);
      expect(lenient.code).toBe(0);
      expect(unverifiedOf(lenient.stdout)[0]?.suppressed).toBeDefined();
      await expectClosed([]);
      await writeFile(join(gated, ".litellm-preflight.yaml"), "ignore: [values.yaml]\n");
      expect(unverifiedOf((await lintIn([])).stdout)).toEqual([]);
      await expectClosed([]);
    } finally {
      await rm(gated, { recursive: true, force: true });
    }
  });

  it("rejects bad live flags with exit 2 (in process)", async () => {
    const { runCli } = await import("../../src/cli/run.ts");
    const { PassThrough } = await import("node:stream");
    const cases: [string[], string, Record<string, string>?][] = [
      [["--litellm-url", "ftp://x"], "--litellm-url must be an http:// or https:// URL"],
      [["--litellm-url", "http://127.0.0.1:1/?key=x"], "--litellm-url must not have a query or a fragment"],
      [["--timeout", "0", "--offline"], "--timeout takes a whole number of milliseconds"],
      [["--litellm-key-header", "bad header", "--offline"], "--litellm-key-header must be an HTTP header name"],
      // Numbers only in the digits they are read in: 0x10 is no 16 ms, 1e3 no 1000.
      ...["0x10", "1e3", " 5", "5.0"].map((timeout): [string[], string] => [["--timeout", timeout, "--offline"], "--timeout takes a whole number of milliseconds"]),
      [["--litellm-key-header", "Host", "--offline"], "--litellm-key-header Host is a header HTTP itself uses"],
      [["--litellm-key-header", "cookie", "--offline"], "--litellm-key-header cookie is a header HTTP itself uses"],
      // A malformed proxy variable is named, and its value (it may hold credentials) is not shown.
      [["--litellm-url", "http://127.0.0.1:1"], "HTTPS_PROXY is not an http:// or https:// URL, so no request can go through it", { HTTPS_PROXY: "proxy.example:3128 user:pw" }],
      [["--litellm-url", "http://127.0.0.1:1"], "https_proxy is not an http:// or https:// URL", { https_proxy: "user:pw@proxy", HTTPS_PROXY: "http://proxy.example:3128" }],
    ];
    for (const [args, message, env = {}] of cases) {
      let err = "";
      const sink = { write: (chunk: string) => ((err += chunk), true) } as unknown as NodeJS.WritableStream;
      const code = await runCli(["lint", "values.yaml", ...args], { cwd: dir, env, stdout: sink, stderr: sink, stdin: new PassThrough() });
      expect(err).not.toContain("user:pw");
      expect(code).toBe(2);
      expect(err).toContain(message);
    }
    // The transport takes the lower-case variable when both are set: a malformed upper-case one is not in the way.
    let shadowed = "";
    const shadowSink = { write: (chunk: string) => ((shadowed += chunk), true) } as unknown as NodeJS.WritableStream;
    await runCli(["lint", "values.yaml", "--litellm-url", "http://127.0.0.1:1", "--timeout", "300"], { cwd: dir, env: { HTTP_PROXY: "not a url", http_proxy: "" }, stdout: shadowSink, stderr: shadowSink, stdin: new PassThrough() });
    expect(shadowed).not.toContain("is not an http:// or https:// URL");
    let out = "";
    const sink = { write: (chunk: string) => ((out += chunk), true) } as unknown as NodeJS.WritableStream;
    await runCli(["lint", "values.yaml"], { cwd: dir, env: {}, stdout: sink, stderr: sink, stdin: new PassThrough() });
    expect(out).toContain("Live checks skipped: no LiteLLM URL given (--litellm-url or LITELLM_URL)");
  });
});
