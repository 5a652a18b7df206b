/** The live phase's settings, light enough for offline runs to import without the client. */
import type { HttpFunction, ProxyEnv } from "../io/http.ts";

/** The live phase's default deadline (--timeout). */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface LiveConfig {
  /** Base URL of the proxy (http or https), from --litellm-url or LITELLM_URL. */
  url: string;
  /** Where the URL was given (`--litellm-url`, `LITELLM_URL`, `input "litellm-url"`): findings about an unreachable proxy point there. */
  urlFrom?: string;
  /** LITELLM_MASTER_KEY: admin; budgets, teams, users, organizations, keys. */
  masterKey?: string | undefined;
  /** LITELLM_API_KEY: the platform's integration key. */
  apiKey?: string | undefined;
  /** --key-alias: find the integration key by alias (needs the master key). */
  keyAlias?: string | undefined;
  /** LITELLM_PROXY_APP_KEY: CodeMie's second platform key (LITE_LLM_PROXY_APP_KEY, coding agents). */
  proxyAppKey?: string | undefined;
  /** --proxy-key-alias: find that key by alias (needs the master key). */
  proxyKeyAlias?: string | undefined;
  /** Bound for the whole live phase, in ms (default 10000). */
  timeoutMs?: number;
  /** general_settings.litellm_key_header_name of the proxy; default Authorization. */
  keyHeader?: string | undefined;
  /** The budget-id variable name, for messages about the default id. */
  budgetIdEnv?: string;
  /** HTTP(S)_PROXY / NO_PROXY, from the adapter's environment. */
  proxyEnv?: ProxyEnv;
  /** An injected HTTP function (tests); default: undici, loaded on first use. */
  http?: HttpFunction;
  now?: () => Date;
  /** Retries after a first attempt (default 2). */
  retries?: number;
  /** First backoff step in ms (default 200). */
  backoffMs?: number;
  maxBytes?: number;
}
