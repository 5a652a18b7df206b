import { UsageError } from "../core/errors.ts";
import type { LiveConfig } from "./config.ts";
import type { NodeRef, ResolvedRange, SourceHandle } from "../core/source.ts";

/**
 * The proxy base URL as given by a flag, an env var or an Action input (`from` names it): http(s)
 * only, no credentials (keys travel in headers, from the environment), no query or fragment.
 */
export function parseLiteLLMUrl(url: string, from: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${from} is not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new UsageError(`${from} must be an http:// or https:// URL`);
  if (parsed.username || parsed.password) throw new UsageError(`${from} must not contain credentials; use LITELLM_MASTER_KEY and LITELLM_API_KEY`);
  if (parsed.search || parsed.hash) throw new UsageError(`${from} must not have a query or a fragment`);
  return parsed;
}

/**
 * The live phase's settings as every adapter takes them: the URL checked (`from` names where it was
 * given), the keys and the proxy variables undici's EnvHttpProxyAgent honours from the environment,
 * never from the linted files. `more` adds what only some adapters offer.
 */
export function liveConfig(url: string, from: string, env: Record<string, string | undefined>, budgetIdEnv: string | undefined, more: Pick<LiveConfig, "masterKey" | "keyAlias" | "proxyKeyAlias" | "timeoutMs" | "keyHeader"> = {}): LiveConfig {
  const { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy } = env;
  // The variables the transport takes (the lower-case one wins, as in io/http.ts), checked up front, by name and
  // without the value (it may hold credentials): the HTTP client's own error names neither.
  const used: [string, string | undefined][] = [http_proxy !== undefined ? ["http_proxy", http_proxy] : ["HTTP_PROXY", HTTP_PROXY], https_proxy !== undefined ? ["https_proxy", https_proxy] : ["HTTPS_PROXY", HTTPS_PROXY]];
  for (const [name, value] of used) {
    if (value && !isProxyUrl(value)) throw new UsageError(`${name} is not an http:// or https:// URL, so no request can go through it`);
  }
  return {
    url: parseLiteLLMUrl(url, from).href,
    urlFrom: from,
    masterKey: env.LITELLM_MASTER_KEY || undefined,
    apiKey: env.LITELLM_API_KEY || undefined,
    proxyAppKey: env.LITELLM_PROXY_APP_KEY || undefined,
    ...(budgetIdEnv ? { budgetIdEnv } : {}),
    proxyEnv: { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy },
    ...Object.fromEntries(Object.entries(more).filter(([, value]) => value !== undefined)),
  };
}

function isProxyUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Where a proxy that cannot be reached is reported: the flag, variable or input that named the URL,
 * not a line of the values (the values are not the cause of "connection refused"). A pseudo file
 * (`--litellm-url`, `<env LITELLM_URL>`, `<input litellm-url>`) whose one line is the URL.
 */
export function urlAnchor(from: string, url: string): NodeRef {
  const file = from.startsWith("--") ? from : /^input "(.*)"$/.test(from) ? `<input ${from.slice(7, -1)}>` : `<env ${from}>`;
  const range: ResolvedRange = { start: { line: 1, column: 1 }, end: { line: 1, column: url.length + 1 }, path: [] };
  const source: SourceHandle = { kind: "config", file, locate: () => range, lineText: () => undefined };
  return { source, path: [] };
}
