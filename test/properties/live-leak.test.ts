/**
 * Keys never appear in any output: every output format, every outcome and error path, with
 * distinctive keys, including a proxy that echoes the presented key in its error bodies.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.ts";
import { sha256Hex } from "../../src/core/sha256.ts";
import { fixtureWithKeys, type FaultConfig, type FakeStateInput } from "../../tools/fakes/litellm/server.ts";
import { fake, valuesText } from "../support/live.ts";

const MASTER = "sk-LEAKCANARY-master-q7Zr91vT";
const APP = "sk-LEAKCANARY-app-Xw33p0Lm";
const FORBIDDEN = [MASTER, APP, sha256Hex(MASTER), sha256Hex(APP), "LEAKCANARY", MASTER.slice(-8), APP.slice(-8)];
/** Formats the CLI may offer; those it does not know yet are skipped (exit 2 "--format must be one of"). */
const FORMATS = ["stylish", "json", "sarif", "github"];

const canaryState = (fixture = "demo", change?: (state: FakeStateInput) => void): FakeStateInput => fixtureWithKeys(fixture, { master: MASTER, app: APP }, change);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "preflight-leak-"));
  await writeFile(join(dir, "values.yaml"), valuesText("prod-budgt"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  let out = "";
  const sink = { write: (chunk: string | Uint8Array) => ((out += String(chunk)), true) } as unknown as NodeJS.WritableStream;
  const code = await runCli(["lint", "values.yaml", ...args], { cwd: dir, env, stdout: sink, stderr: sink, stdin: new PassThrough() });
  return { code, out };
}

interface Scenario {
  name: string;
  state?: FakeStateInput;
  faults?: FaultConfig;
  env?: Record<string, string>;
  args?: string[];
}

const ECHO: FaultConfig = { global: { echoKeyInErrors: true } };

const scenarios: Scenario[] = [
  { name: "unlimited key (passes), missing budget" },
  { name: "key capped by its team (limited error)", state: canaryState("capped-team") },
  { name: "key capped at several levels (team member and member budget)", state: canaryState("team-member-budget") },
  {
    name: "user cap on a team key (warning), key with rate limits (notices)",
    state: canaryState("demo", (state) => {
      state.keys![0]!.user_id = "svc";
      state.keys![0]!.rpm_limit = 600;
      state.users = [{ user_id: "svc", user_role: "internal_user", max_budget: 7 }];
    }),
  },
  { name: "echoing proxy, 500 on every management call", faults: { global: { echoKeyInErrors: true }, routes: { "/budget/info": { status: 500 }, "/key/info": { status: 500 } } } },
  { name: "echoing proxy, wrong master key (401)", faults: ECHO, env: { LITELLM_MASTER_KEY: "sk-LEAKCANARY-wrong-master-1" } },
  { name: "echoing proxy, unknown integration key without master (401 with the hash)", faults: ECHO, env: { LITELLM_MASTER_KEY: "", LITELLM_API_KEY: "sk-LEAKCANARY-unknown-app-2" } },
  { name: "echoing proxy, integration key alone, admin-only org lookup", state: canaryState("org-cap"), faults: ECHO, env: { LITELLM_MASTER_KEY: "" } },
  { name: "429 naming the key hash", faults: { routes: { "/budget/info": { status429: { retryAfter: 60 } }, "/key/info": { status429: { retryAfter: 60 } } } } },
  { name: "echoing proxy, key in a custom header", faults: ECHO, args: ["--litellm-key-header", "x-litellm-api-key"] },
  { name: "malformed JSON", faults: { routes: { "/budget/info": { malformedJson: true }, "/key/info": { malformedJson: true } } } },
  { name: "HTML in front", faults: { global: { html: true } } },
  { name: "blocked key", state: canaryState("blocked-key") },
  { name: "blocked key, integration key alone (401 from the proxy)", state: canaryState("blocked-key"), faults: ECHO, env: { LITELLM_MASTER_KEY: "" } },
  { name: "by alias (the key's hash comes from /key/list)", args: ["--key-alias", "codemie-back"], env: { LITELLM_API_KEY: "" } },
  { name: "timeout", faults: { routes: { "/key/info": { hang: true } } }, args: ["--timeout", "300"] },
];

describe("no key in any output", () => {
  it.each(scenarios)("$name", async (scenario) => {
    const server = await fake({ state: scenario.state ?? canaryState(), ...(scenario.faults ? { faults: scenario.faults } : {}) });
    const env = { LITELLM_MASTER_KEY: MASTER, LITELLM_API_KEY: APP, NO_COLOR: "1", ...scenario.env };
    let ran = 0;
    for (const format of FORMATS) {
      const { code, out } = await cli(["--litellm-url", server.url, "--format", format, ...(scenario.args ?? [])], env);
      if (code === 2 && out.includes("--format must be one of")) continue;
      ran++;
      expect(out.length).toBeGreaterThan(0);
      for (const secret of FORBIDDEN) expect(out, `${format} output contains a secret`).not.toContain(secret);
    }
    expect(ran).toBeGreaterThanOrEqual(2);
  });

  it("the echoing proxy really echoes the key (the test has teeth)", async () => {
    const server = await fake({ state: canaryState(), faults: { global: { echoKeyInErrors: true }, routes: { "/budget/info": { status: 500 } } } });
    const response = await fetch(`${server.url}/budget/info`, { method: "POST", headers: { authorization: `Bearer ${MASTER}`, "content-type": "application/json" }, body: '{"budgets":["x"]}' });
    expect(await response.text()).toContain(MASTER);
  });

  it("a usage error about the URL does not echo credentials in it", async () => {
    const { code, out } = await cli(["--litellm-url", `http://admin:${MASTER}@127.0.0.1:1`], { NO_COLOR: "1" });
    expect(code).toBe(2);
    expect(out).not.toContain(MASTER);
  });
});
