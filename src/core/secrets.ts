/** Which names carry credentials. Values under these names never appear in any output. */

/** LiteLLM credentials by env name, across CodeMie, the LiteLLM chart and LiteLLM itself. */
export const LITELLM_CREDENTIAL_ENV = [
  "LITE_LLM_APP_KEY",
  "LITE_LLM_MASTER_KEY",
  "LITE_LLM_PROXY_APP_KEY",
  "LITELLM_API_KEY",
  "LITELLM_MASTER_KEY",
  "LITELLM_SALT_KEY",
  "PROXY_MASTER_KEY",
];

/**
 * A `kind: Secret` line at any depth (an item of `extraObjects`, of a List): in a text that does not
 * parse, which lines belong to a Secret cannot be told, so such a text shows none of its lines.
 */
export const SECRET_KIND_LINE = /^[ \t]*(?:- +)?["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/m;

/** Tokens shaped like LiteLLM / OpenAI keys, masked wherever text is shown. */
const KEY_TOKEN = /\b(sk|pk)-[A-Za-z0-9_-]{3,}/g;

/**
 * `text` with each key-shaped token replaced (`$1` is its `sk` or `pk`). The pattern has no literal
 * start a search can jump to, so text without `k-` (nearly all) is not searched with it: a
 * finding-dense SARIF report masked each of its 50,000 messages in half the time.
 */
export function maskKeyTokens(text: string, replacement: string): string {
  return text.includes("k-") ? text.replace(KEY_TOKEN, replacement) : text;
}

/** Key-shaped tokens as `sk-****`: in every message and budget id, whatever the format (a key pasted into the budget-id variable). */
export function maskKeys(text: string): string {
  return maskKeyTokens(text, "$1-****");
}

const SENSITIVE_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)$/i;

/** Conservative: a name that might hold a secret, so its value is never quoted in messages. */
export function mayBeSecretName(name: string): boolean {
  return LITELLM_CREDENTIAL_ENV.includes(name) || SENSITIVE_NAME.test(name);
}

/** A short value that is safe to quote in a message (never for secret-looking names). */
export function quotable(name: string, value: unknown): string | undefined {
  if (mayBeSecretName(name) || typeof value !== "string") return undefined;
  return value.length <= 60 && /^[\w .:/@{}%$()-]*$/.test(value) ? value : undefined;
}
