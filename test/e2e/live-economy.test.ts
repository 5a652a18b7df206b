/** The number of requests does not grow with workloads, values files or budget ids. */
import { describe, expect, it } from "vitest";
import { fake, lintLive, manifestsText, valuesText } from "../support/live.ts";

const CONSEQUENCE =
  "; creating an end user with it fails on the database's foreign key (POST /customer/new answers 500), and LiteLLM then creates the end user on its first request without a budget: uncapped unless litellm_settings.max_end_user_budget_id is set";

function requestLine(server: { requests: { method: string; path: string }[] }): string[] {
  return server.requests.map((request) => `${request.method} ${request.path}`).sort();
}

describe("request economy", () => {
  it("1 vs 1000 workloads: the same requests", async () => {
    const counts: number[] = [];
    const lines: string[][] = [];
    for (const workloads of [1, 1000]) {
      const server = await fake({ fixture: "demo" });
      const result = await lintLive({
        url: server.url,
        values: [{ name: "values.yaml", text: valuesText("prod-budget") }],
        manifests: [{ name: "rendered.yaml", text: manifestsText(workloads, "prod-budget") }],
      });
      expect(result.stats.workloads).toBe(workloads);
      counts.push(result.live.requests);
      lines.push(requestLine(server));
      expect(result.live.requests).toBe(server.requests.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(lines[0]).toEqual(lines[1]);
    // readiness, one batched budget lookup, one key lookup, its team, the global-budget row.
    expect(lines[0]).toEqual(["GET /health/readiness", "GET /key/info", "GET /team/info", "GET /user/info", "POST /budget/info"]);
  });

  it("1 vs 20 values files: the same requests", async () => {
    const counts: number[] = [];
    for (const files of [1, 20]) {
      const server = await fake({ fixture: "demo" });
      const values = Array.from({ length: files }, (_, i) => ({ name: `values-${i}.yaml`, text: valuesText(i % 2 === 0 ? "default" : "prod-budget") }));
      const result = await lintLive({ url: server.url, values });
      counts.push(result.live.requests);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("1000 workloads with 1000 distinct missing ids: one /budget/info, one /budget/list", async () => {
    const server = await fake({ fixture: "demo" });
    const docs = Array.from({ length: 1000 }, (_, i) => manifestsText(1, `missing-${i}`).replace("worker-0", `worker-${i}`));
    const result = await lintLive({ url: server.url, manifests: [{ name: "rendered.yaml", text: docs.join("---\n") }] });
    expect(server.count("/budget/info")).toBe(1);
    expect(server.count("/budget/list")).toBe(1);
    expect((server.requests.find((r) => r.path === "/budget/info")?.json as { budgets: string[] }).budgets).toHaveLength(1000);
    expect(result.findings.filter((f) => f.ruleId === "litellm-budget-exists")).toHaveLength(1000);
    expect(result.live.requests).toBe(6);
  });

  it("the same id in many places is one finding with related locations", async () => {
    const server = await fake({ fixture: "demo" });
    const result = await lintLive({ url: server.url, manifests: [{ name: "rendered.yaml", text: manifestsText(50, "nope") }] });
    const findings = result.findings.filter((f) => f.ruleId === "litellm-budget-exists");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe('budget "nope" does not exist in LiteLLM (set in 50 places); existing budgets: "default", "prod-budget"' + CONSEQUENCE);
    expect(findings[0]?.related).toHaveLength(10);
  });

  it("items of a kind: List are places of their own", async () => {
    const server = await fake({ fixture: "demo" });
    const item = (name: string) => `  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: ${name}}\n    spec:\n      template:\n        spec:\n          containers:\n            - name: app\n              env: [{name: LITELLM_BUDGET_ID, value: nope}]\n`;
    const result = await lintLive({ url: server.url, manifests: [{ name: "list.yaml", text: `apiVersion: v1\nkind: List\nitems:\n${item("a")}${item("b")}` }] });
    const [finding] = result.findings.filter((f) => f.ruleId === "litellm-budget-exists");
    expect(finding?.message).toBe('budget "nope" does not exist in LiteLLM (set in 2 places); existing budgets: "default", "prod-budget"' + CONSEQUENCE);
    expect([finding?.location, ...(finding?.related ?? [])].map((location) => `${location!.start.line}:${location!.path.join(".")}`)).toEqual([
      "12:items.0.spec.template.spec.containers.0.env.0.value",
      "21:items.1.spec.template.spec.containers.0.env.0.value",
    ]);
  });

  it("a key capped at key level stops before the linked lookups; a team cap costs the same as none", async () => {
    const lines: Record<string, string[]> = {};
    for (const fixture of ["demo", "capped-team", "key-cap", "key-budget-limits", "key-model-budget"]) {
      const server = await fake({ fixture });
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("prod-budget") }] });
      expect(result.live.requests).toBe(server.requests.length);
      lines[fixture] = requestLine(server);
    }
    expect(lines.demo).toEqual(["GET /health/readiness", "GET /key/info", "GET /team/info", "GET /user/info", "POST /budget/info"]);
    expect(lines["capped-team"]).toEqual(lines.demo);
    for (const fixture of ["key-cap", "key-budget-limits", "key-model-budget"]) expect(lines[fixture], fixture).toEqual(["GET /health/readiness", "GET /key/info", "GET /user/info", "POST /budget/info"]);
  });

  it("reports the live-phase time against the fake", async () => {
    const server = await fake({ fixture: "demo" });
    const values = [{ name: "values.yaml", text: valuesText("prod-budgt") }];
    await lintLive({ url: server.url, values }); // warm-up: undici import, JIT
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const result = await lintLive({ url: server.url, values });
      runs.push(performance.now() - started);
      expect(result.live.requests).toBe(6);
    }
    runs.sort((a, b) => a - b);
    const median = runs[2]!;
    console.log(`live phase against the fake (demo, 6 requests): median ${median.toFixed(1)} ms of lint() incl. static rules`);
    expect(median).toBeLessThan(1000);
  });
});
