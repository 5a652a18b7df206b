/** Every fault mode, over real HTTP: the live phase ends inconclusive with a clear reason, never passed. */
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { LintResult } from "../../src/core/types.ts";
import { fake, lintLive, liveFindings } from "../support/live.ts";
import { httpsFront, selfSignedCertificate } from "../../tools/fakes/tls.ts";

function unverified(result: LintResult): string[] {
  return liveFindings(result, "litellm-unverified").map((finding) => finding.message);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

const fronts: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(fronts.splice(0).map((front) => front.close()));
});

describe("unreachable proxies", () => {
  it("connection refused: retried with the default jittered backoff, then inconclusive for every check", async () => {
    const port = await closedPort();
    const started = Date.now();
    const result = await lintLive({ url: `http://127.0.0.1:${port}`, config: { backoffMs: 200 } });
    // 100–200 ms, then 200–400 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(result.live.status).toBe("inconclusive");
    expect(result.live.requests).toBe(3);
    expect(unverified(result)).toEqual([
      `litellm-budget-exists, litellm-budget-limits, litellm-budget-soft, litellm-global-budget, litellm-key-unlimited, litellm-version-advisory could not be completed: http://127.0.0.1:${port}: GET /health/readiness: connection refused (ECONNREFUSED)`,
    ]);
  });

  it("DNS failure", async () => {
    const result = await lintLive({ url: "http://litellm.preflight-test.invalid:4000", timeoutMs: 3000 });
    expect(result.live.status).toBe("inconclusive");
    expect(unverified(result)[0]).toMatch(/GET \/health\/readiness: the host name (does not resolve|could not be resolved)/);
  });

  it("TLS failure: a self-signed certificate is refused (verification stays on)", async () => {
    const server = await fake({ fixture: "demo" });
    const front = await httpsFront(server.origin, selfSignedCertificate());
    fronts.push(front);
    const result = await lintLive({ url: front.url });
    expect(result.live.status).toBe("inconclusive");
    expect(result.live.requests).toBe(1);
    expect(unverified(result)[0]).toContain("GET /health/readiness: the TLS connection failed");
    expect(server.requests).toEqual([]);
  });
});

describe("slow proxies: one deadline bounds the whole phase", () => {
  it("a hanging proxy ends at --timeout", async () => {
    const server = await fake({ fixture: "demo", faults: { global: { hang: true } } });
    const started = Date.now();
    const result = await lintLive({ url: server.url, timeoutMs: 400 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.live.status).toBe("inconclusive");
    expect(unverified(result)[0]).toContain("GET /health/readiness: no answer within the live-check timeout (--timeout)");
  });

  it("a hang after the readiness probe ends at --timeout too", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { hang: true }, "/key/info": { hang: true } } } });
    const started = Date.now();
    const result = await lintLive({ url: server.url, timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.live.status).toBe("inconclusive");
    expect(unverified(result).join("\n")).toContain("POST /budget/info: no answer within the live-check timeout");
    expect(unverified(result).join("\n")).toContain("GET /key/info: no answer within the live-check timeout");
  });

  it("a slow drip is cut at the deadline", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { slowDripMs: 40 } } } });
    const started = Date.now();
    const result = await lintLive({ url: server.url, timeoutMs: 600 });
    expect(Date.now() - started).toBeLessThan(1700);
    expect(unverified(result).join("\n")).toContain("POST /budget/info: no answer within the live-check timeout");
  });

  it("a small delay within the timeout passes", async () => {
    const server = await fake({ fixture: "demo", faults: { global: { delayMs: 50 } } });
    expect((await lintLive({ url: server.url, timeoutMs: 3000 })).live.status).toBe("passed");
  });
});

describe("broken answers", () => {
  it("a connection reset mid-body is retried, then inconclusive", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { resetMidBody: true } } } });
    const result = await lintLive({ url: server.url });
    expect(server.count("/budget/info")).toBe(3);
    expect(unverified(result)[0]).toContain("POST /budget/info: the connection was closed before the answer was complete");
  });

  it("500 is not retried", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { status: 500 } } } });
    const result = await lintLive({ url: server.url });
    expect(server.count("/budget/info")).toBe(1);
    expect(unverified(result)[0]).toBe("litellm-budget-exists, litellm-budget-limits, litellm-budget-soft could not be completed: POST /budget/info: HTTP 500 (internal_server_error): server error");
  });

  it.each([502, 503, 504])("%i is retried with backoff, then inconclusive", async (status) => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { status } } } });
    const result = await lintLive({ url: server.url });
    expect(server.count("/budget/info")).toBe(3);
    expect(unverified(result)[0]).toBe(`litellm-budget-exists, litellm-budget-limits, litellm-budget-soft could not be completed: POST /budget/info: HTTP ${status}: an error page from a gateway in front of the proxy`);
  });

  it("other 4xx are not retried", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { status: 400 } } } });
    await lintLive({ url: server.url });
    expect(server.count("/budget/info")).toBe(1);
  });

  it("a flapping proxy (failFirst) recovers through retries", async () => {
    const server = await fake({ fixture: "demo", faults: { global: { failFirst: 2 } } });
    const result = await lintLive({ url: server.url });
    expect(result.live.status).toBe("passed");
    expect(server.count("/health/readiness")).toBe(3);
    expect(result.live.requests).toBe(server.requests.length);
  });

  it("429 with Retry-After is honoured within the deadline", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { status429: { retryAfter: 1 } } } } });
    const started = Date.now();
    const result = await lintLive({ url: server.url, timeoutMs: 5000, config: { retries: 1 } });
    const elapsed = Date.now() - started;
    expect(server.count("/budget/info")).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(unverified(result)[0]).toContain("POST /budget/info: HTTP 429: rate limited");
  });

  it("429 with a Retry-After beyond the deadline gives up at once", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { status429: { retryAfter: 30 } } } } });
    const started = Date.now();
    const result = await lintLive({ url: server.url, timeoutMs: 2000 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.count("/budget/info")).toBe(1);
    expect(unverified(result)[0]).toContain("POST /budget/info: HTTP 429: rate limited; Retry-After 30 s exceeds the time left");
  });

  it("429 without Retry-After backs off and retries", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { status429: true } } } });
    await lintLive({ url: server.url });
    expect(server.count("/budget/info")).toBe(3);
  });

  it("malformed JSON", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { malformedJson: true } } } });
    const result = await lintLive({ url: server.url });
    expect(unverified(result)[0]).toContain("POST /budget/info: answered with malformed JSON");
  });

  it("a wrong content type", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/key/info": { wrongContentType: true } } } });
    const result = await lintLive({ url: server.url });
    expect(unverified(result)[0]).toContain("GET /key/info: answered with an HTML page, not the LiteLLM API");
  });

  it("an HTML login page in front of the proxy stops the phase at the probe", async () => {
    const server = await fake({ fixture: "demo", faults: { global: { html: true } } });
    const result = await lintLive({ url: server.url });
    expect(server.requests.map((r) => r.path)).toEqual(["/health/readiness"]);
    expect(unverified(result)[0]).toContain("GET /health/readiness: answered with an HTML page");
  });

  it.each([false, true])("a 50 MB body is capped (Content-Length declared: %s)", async (withLength) => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { hugeBodyBytes: 50 * 1024 * 1024, hugeBodyWithLength: withLength } } } });
    const started = Date.now();
    const result = await lintLive({ url: server.url });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(server.count("/budget/info")).toBe(1);
    expect(unverified(result)[0]).toContain("POST /budget/info: the answer is larger than 8 MiB");
  });

  it("a 404 from a proxy without the endpoint is inconclusive, not 'not found'", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/key/info": { status: 404 } } } });
    const result = await lintLive({ url: server.url });
    expect(liveFindings(result, "litellm-key-unlimited")).toEqual([]);
    expect(unverified(result)[0]).toContain("GET /key/info: HTTP 404: this proxy version does not have the endpoint");
  });

  // A gateway's 404 page (a URL without the proxy's path prefix, a blocked route) says nothing about a row.
  it("a gateway's 404 page on /key/info is inconclusive, not 'the key does not exist'", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/key/info": { gatewayStatus: 404 } } } });
    const result = await lintLive({ url: server.url });
    expect(liveFindings(result, "litellm-key-unlimited")).toEqual([]);
    expect(result.live.status).toBe("inconclusive");
    expect(unverified(result)[0]).toContain("GET /key/info: HTTP 404: not found");
  });

  it("a gateway's 404 page on /organization/info leaves the organization's cap unverified, not absent", async () => {
    const server = await fake({ fixture: "org-cap", faults: { routes: { "/organization/info": { gatewayStatus: 404 } } } });
    const result = await lintLive({ url: server.url });
    expect(result.live.status).toBe("inconclusive");
    expect(unverified(result).join("\n")).toContain("GET /organization/info: HTTP 404: not found");
    expect(result.live.notices.join("\n")).not.toContain("was not found");
  });

  it("a gateway's 404 page on /user/info leaves the global budget unverified; LiteLLM's own 'not found' passes", async () => {
    const blocked = await fake({ fixture: "global-budget", faults: { routes: { "/user/info": { gatewayStatus: 404 } } } });
    const result = await lintLive({ url: blocked.url });
    expect(liveFindings(result, "litellm-global-budget")).toEqual([]);
    expect(unverified(result).join("\n")).toContain("GET /user/info: HTTP 404: not found");
    const withoutRow = await fake({ fixture: "demo" });
    const clean = await lintLive({ url: withoutRow.url });
    expect(withoutRow.requests.some((request) => request.path === "/user/info" && request.query.user_id === "litellm-proxy-budget")).toBe(true);
    expect(clean.live.status).toBe("passed");
  });

  it("a cap or switch in another shape than LiteLLM's database gives it is inconclusive, not 'no cap'", async () => {
    const { readFixture } = await import("../../tools/fakes/litellm/server.ts");
    for (const [where, change] of [
      ["team", (state: Record<string, unknown[]>) => Object.assign(state.teams![0] as object, { max_budget: "unlimited" })],
      ["key", (state: Record<string, unknown[]>) => Object.assign(state.keys![0] as object, { blocked: "true" })],
    ] as const) {
      const state = readFixture("demo") as unknown as Record<string, unknown[]>;
      change(state);
      const server = await fake({ state: state as never });
      const result = await lintLive({ url: server.url });
      expect(result.live.status, where).toBe("inconclusive");
      expect(unverified(result).join("\n")).toMatch(where === "team" ? /team "codemie": max_budget is not a number/ : /key: blocked is not true or false/);
    }
  });

  it("no readiness endpoint (separate health port): carries on with a notice", async () => {
    const server = await fake({ fixture: "demo", faults: { routes: { "/health/readiness": { status: 404 } } } });
    const result = await lintLive({ url: server.url });
    expect(result.live.status).toBe("passed");
    expect(result.live.litellmVersion).toBeUndefined();
    expect(result.live.notices[0]).toContain("no /health/readiness at this URL");
  });
});

describe("redirects", () => {
  it("a cross-origin redirect is not followed: the other origin never sees a request or a key", async () => {
    const other = await fake({ fixture: "demo" });
    const server = await fake({ fixture: "demo", faults: { routes: { "/budget/info": { redirectTo: other.origin }, "/key/info": { redirectTo: other.origin } } } });
    const result = await lintLive({ url: server.url });
    expect(other.requests).toEqual([]);
    expect(result.live.status).toBe("inconclusive");
    expect(unverified(result)[0]).toBe(
      `litellm-budget-exists, litellm-budget-limits, litellm-budget-soft could not be completed: POST /budget/info: HTTP 302 redirect to ${other.origin}; redirects are not followed (point --litellm-url at the proxy itself)`,
    );
    expect(server.count("/budget/info")).toBe(1);
  });

  it("a redirect at the probe stops the phase", async () => {
    const other = await fake({ fixture: "demo" });
    const server = await fake({ fixture: "demo", faults: { global: { redirectTo: other.origin } } });
    const result = await lintLive({ url: server.url });
    expect(other.requests).toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(result.live.status).toBe("inconclusive");
  });
});

describe("proxy environment", () => {
  async function forwardProxy(): Promise<{ url: string; targets: string[]; close(): Promise<void> }> {
    const { createServer: createHttpServer } = await import("node:http");
    const { connect } = await import("node:net");
    const targets: string[] = [];
    // Plain http targets arrive in absolute form (undici does not tunnel them); https would CONNECT.
    const { request } = await import("node:http");
    const server = createHttpServer((req, res) => {
      const target = new URL(req.url ?? "/");
      targets.push(target.host);
      const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    });
    server.on("connect", (req, client, head) => {
      targets.push(req.url ?? "");
      const [host, port] = (req.url ?? "").split(":");
      const upstream = connect(Number(port), host, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as { port: number };
    return {
      url: `http://127.0.0.1:${port}`,
      targets,
      close: () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
    };
  }

  it("HTTP_PROXY is honoured, NO_PROXY bypasses it", async () => {
    const server = await fake({ fixture: "demo" });
    const proxy = await forwardProxy();
    fronts.push(proxy);
    const via = await lintLive({ url: server.url, config: { proxyEnv: { HTTP_PROXY: proxy.url } } });
    expect(via.live.reason ?? "").toBe("");
    expect(via.live.status).toBe("passed");
    expect(proxy.targets).toContain(`127.0.0.1:${server.port}`);
    proxy.targets.length = 0;
    const direct = await lintLive({ url: server.url, config: { proxyEnv: { HTTP_PROXY: proxy.url, NO_PROXY: "127.0.0.1" } } });
    expect(direct.live.status).toBe("passed");
    expect(proxy.targets).toEqual([]);
  });
});
