import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/secrets.ts
var LITELLM_CREDENTIAL_ENV = [
  "LITE_LLM_APP_KEY",
  "LITE_LLM_MASTER_KEY",
  "LITE_LLM_PROXY_APP_KEY",
  "LITELLM_API_KEY",
  "LITELLM_MASTER_KEY",
  "LITELLM_SALT_KEY",
  "PROXY_MASTER_KEY"
];
var SECRET_KIND_LINE = /^[ \t]*(?:- +)?["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/m;
var KEY_TOKEN = /\b(sk|pk)-[A-Za-z0-9_-]{3,}/g;
function maskKeyTokens(text, replacement) {
  return text.includes("k-") ? text.replace(KEY_TOKEN, replacement) : text;
}
function maskKeys(text) {
  return maskKeyTokens(text, "$1-****");
}
var SENSITIVE_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)$/i;
function mayBeSecretName(name) {
  return LITELLM_CREDENTIAL_ENV.includes(name) || SENSITIVE_NAME.test(name);
}
function quotable(name, value) {
  if (mayBeSecretName(name) || typeof value !== "string") return void 0;
  return value.length <= 60 && /^[\w .:/@{}%$()-]*$/.test(value) ? value : void 0;
}

export {
  LITELLM_CREDENTIAL_ENV,
  SECRET_KIND_LINE,
  maskKeyTokens,
  maskKeys,
  mayBeSecretName,
  quotable
};
