/**
 * Layer `live`: live checks against the LiteLLM proxy: client, session, and the live-rule contract.
 * May import core, yaml, kube, inputs, chart, facts, codemie, litellm, engine, format and io.
 *
 * The live phase: one readiness probe, then the network rules in parallel over one shared session
 * (so the number of requests does not depend on the number of workloads or values files), then the
 * rules that only read the session's outcome (`litellm-unverified`). One deadline bounds it all.
 *
 * The adapter passes the URL and the credentials it read from flags and the environment; nothing
 * here reads a URL or a key from the linted files.
 */
import type { LivePhase, Reporter } from "../engine/engine.ts";
import type { LintModel } from "../engine/model.ts";
import type { Finding, LiveReport, LiveStatus } from "../core/types.ts";
import { LiteLLMClient, type Credential } from "./client.ts";
import { createUndiciTransport, type HttpFunction, type HttpTransport } from "../io/http.ts";
import { Scrubber } from "./scrub.ts";
import { LiveSession } from "./session.ts";
import { mergeReadiness, parseReadiness, unhealthyReadiness, type Readiness } from "./shapes.ts";
import { DEFAULT_TIMEOUT_MS, type LiveConfig } from "./config.ts";
import { urlAnchor } from "./url.ts";
import type { LiveRule } from "./rule.ts";

export function createLivePhase(config: LiveConfig): LivePhase<LiveRule> {
  return (model, report, rules) => runLivePhase(config, model, report, rules);
}

export async function runLivePhase(config: LiveConfig, model: LintModel, report: Reporter, rules: readonly LiveRule[]): Promise<LiveReport> {
  const now = config.now ?? (() => new Date());
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = now().getTime();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  timer.unref?.();
  const scrubber = new Scrubber();
  scrubber.add(config.masterKey);
  scrubber.add(config.apiKey);
  scrubber.add(config.proxyAppKey);

  let transport: HttpTransport | undefined;
  const http: HttpFunction = config.http ?? (async (request) => {
    transport ??= await createUndiciTransport(config.proxyEnv ?? {});
    return transport.request(request);
  });
  const client = new LiteLLMClient({
    baseUrl: config.url,
    http,
    masterKey: config.masterKey,
    apiKey: config.apiKey,
    proxyAppKey: config.proxyAppKey,
    keyHeader: config.keyHeader,
    signal: controller.signal,
    deadline: started + timeoutMs,
    now: () => now().getTime(),
    ...(config.retries !== undefined ? { retries: config.retries } : {}),
    ...(config.backoffMs !== undefined ? { backoffMs: config.backoffMs } : {}),
    ...(config.maxBytes !== undefined ? { maxBytes: config.maxBytes } : {}),
  });

  const errors: Finding[] = [];
  const scrubbed: Reporter = (rule, raw) => {
    const data = raw.data ? Object.fromEntries(Object.entries(raw.data).map(([name, value]) => [name, typeof value === "string" ? scrubber.scrub(value) : value])) : undefined;
    // Remediations carry ids only, but they pass the same scrubber as messages.
    const remediation = raw.remediation ? (JSON.parse(scrubber.scrub(JSON.stringify(raw.remediation))) as typeof raw.remediation) : undefined;
    const finding = report(rule, { ...raw, ...(data ? { data } : {}), ...(remediation ? { remediation } : {}) });
    if (finding && rule.meta.requiresNetwork && finding.severity === "error") errors.push(finding);
    return finding;
  };

  try {
    // One probe: version and database state; a dead or wrong URL stops everything here.
    const probe = await client.call({ method: "GET", path: "/health/readiness", credential: "none" });
    let readiness: Readiness | null = null;
    let fatal: string | undefined;
    const notices: string[] = [];
    if (probe.ok) {
      readiness = parseReadiness(probe.data);
      if (!readiness) fatal = `GET /health/readiness: unexpected answer (not LiteLLM's readiness object; is ${client.displayUrl} the proxy?)`;
      else if (readiness.version === undefined) readiness = await readinessDetails(client, readiness, notices);
    } else if (probe.failure.status === 503 && probe.failure.error?.unhealthy) {
      // Newest proxies: a configured database that is down fails the probe itself.
      readiness = unhealthyReadiness();
    } else if (probe.failure.status === 404) {
      // A separate health port (separateHealthApp) or a gateway that hides it: carry on without.
      notices.push("no /health/readiness at this URL (a separate health port?); version and database state unknown");
    } else {
      fatal = probe.failure.reason;
    }
    const session = new LiveSession({
      client,
      model,
      readiness,
      scrubber,
      now: now(),
      budgetIdEnv: config.budgetIdEnv ?? "LITELLM_BUDGET_ID",
      apiKey: config.apiKey,
      keyAlias: config.keyAlias,
      proxyAppKey: config.proxyAppKey,
      proxyKeyAlias: config.proxyKeyAlias,
    });
    for (const notice of notices) session.notice(notice);
    if (readiness?.db === "none") session.notice("the proxy has no database (readiness: db \"Not connected\"): it cannot hold budgets or virtual keys");

    const network = rules.filter((rule) => rule.meta.requiresNetwork);
    const readers = rules.filter((rule) => !rule.meta.requiresNetwork);
    if (fatal !== undefined) {
      // The proxy cannot be reached or is not LiteLLM: the cause is the URL, so the finding points at where it was given.
      const at = config.urlFrom ? urlAnchor(config.urlFrom, config.url) : undefined;
      for (const rule of network) session.inconclusive(rule.meta.id, "incomplete", `${client.displayUrl}: ${fatal}`, at);
    } else {
      await Promise.all(
        network.map(async (rule) => {
          try {
            await rule.check({ model, report: (raw) => scrubbed(rule, raw), live: session });
          } catch (error) {
            session.inconclusive(rule.meta.id, "incomplete", `internal error: ${(error as Error).message ?? String(error)}`);
          }
        }),
      );
    }
    for (const rule of readers) await rule.check({ model, report: (raw) => scrubbed(rule, raw), live: session });

    const status: LiveStatus = errors.length > 0 ? "failed" : session.problems.length > 0 ? "inconclusive" : "passed";
    const live: LiveReport = { status, requests: client.requests, notices: session.notices };
    if (readiness?.version) live.litellmVersion = scrubber.scrub(readiness.version);
    if (status === "inconclusive") live.reason = scrubber.scrub(summarise(session.problems.map((problem) => problem.reason)));
    return live;
  } finally {
    clearTimeout(timer);
    controller.abort();
    // Every request has finished or been aborted by now: drop the sockets at once.
    await transport?.close().catch(() => undefined);
  }
}

/**
 * Newest proxies keep the version (and, without the public-details setting, more) on the
 * authenticated `/health/readiness/details`; older ones have no such route. One call, with the
 * strongest credential there is; without one the version stays unknown.
 */
async function readinessDetails(client: LiteLLMClient, readiness: Readiness, notices: string[]): Promise<Readiness> {
  const credential: Credential | undefined = client.has("master") ? "master" : client.has("api") ? "api" : undefined;
  if (!credential) {
    notices.push("the proxy does not publish its version on /health/readiness and no key is set to read /health/readiness/details: version-dependent checks assume the worst");
    return readiness;
  }
  const result = await client.call({ method: "GET", path: "/health/readiness/details", credential });
  if (result.ok) {
    const details = parseReadiness(result.data, "readiness details");
    if (details) return mergeReadiness(readiness, details);
  } else if (result.failure.status === 503 && result.failure.error?.unhealthy) {
    return mergeReadiness(readiness, unhealthyReadiness());
  }
  notices.push(`the proxy's version is unknown (${result.ok ? "GET /health/readiness/details: unexpected answer" : result.failure.reason}): version-dependent checks assume the worst`);
  return readiness;
}

function summarise(reasons: string[]): string {
  const unique = [...new Set(reasons)];
  const first = unique[0] ?? "a live check could not complete";
  return unique.length > 1 ? `${first} (and ${unique.length - 1} more)` : first;
}
