import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/source.ts
function documentPath(ref) {
  return ref.source.prefix ? ref.source.prefix.concat(ref.path) : ref.path;
}
function placeKey(ref) {
  return `${ref.source.file}\0${ref.source.doc ?? ""}\0${JSON.stringify(documentPath(ref))}`;
}
function toLocation(ref) {
  const range = ref.source.locate(ref.path, ref.part ?? "value", ref.offsets);
  const location = { file: ref.source.file, path: documentPath(ref), start: range.start, end: range.end };
  if (ref.source.doc !== void 0) location.doc = ref.source.doc;
  if (ref.source.object) location.object = ref.source.object;
  if (ref.sensitive || ref.source.sensitive) location.sensitive = true;
  return location;
}
function isPseudoFile(file) {
  return file.startsWith("<") || file.startsWith("--");
}
function formatPath(path) {
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? dottedOrQuoted(segment) : plainOrQuoted(segment);
  }
  return out;
}
var SEGMENT_FORMS = /* @__PURE__ */ new Map();
var PLAIN_SEGMENT = /^[A-Za-z_][\w-]*$/;
function dottedOrQuoted(segment) {
  let form = SEGMENT_FORMS.get(segment);
  if (form === void 0) {
    form = PLAIN_SEGMENT.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
    if (SEGMENT_FORMS.size < 4096) SEGMENT_FORMS.set(segment, form);
  }
  return form;
}
function plainOrQuoted(segment) {
  const form = dottedOrQuoted(segment);
  return form.charCodeAt(0) === 46 ? segment : form;
}

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
  quotable,
  placeKey,
  toLocation,
  isPseudoFile,
  formatPath
};
