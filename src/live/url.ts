import { UsageError } from "../core/errors.ts";

/** The live phase's default deadline (--timeout), here so that offline runs need not load the client. */
export const DEFAULT_TIMEOUT_MS = 10_000;

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

/** The proxy variables undici's EnvHttpProxyAgent honours, taken from an environment. */
export function proxyEnvOf(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy } = env;
  return { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy };
}
