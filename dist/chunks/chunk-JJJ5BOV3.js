import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  clip
} from "./chunk-NQUIDX5X.js";
import {
  HOME_URL
} from "./chunk-PZGEJKJL.js";

// src/engine/rule.ts
function isLiveRule(rule) {
  return rule.meta.input === "live";
}
function defineRule(rule) {
  return rule;
}
var DOCS_BASE_URL = `${HOME_URL}/blob/main/docs/rules/`;
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
function renderMessage(template, data = {}) {
  let out = "";
  let copied = 0;
  for (let open = template.indexOf("{{"); open !== -1; open = template.indexOf("{{", open + 1)) {
    let i = open + 2;
    while (isSpace(template.charCodeAt(i))) i++;
    const keyStart = i;
    while (isWordChar(template.charCodeAt(i))) i++;
    const key = template.slice(keyStart, i);
    while (isSpace(template.charCodeAt(i))) i++;
    if (key === "" || !template.startsWith("}}", i) || !(key in data)) continue;
    out += template.slice(copied, open) + clip(String(data[key]));
    copied = i + 2;
    open = i + 1;
  }
  return copied === 0 ? template : out + template.slice(copied);
}
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160 || code === 65279 || code === 8232 || code === 8233 || code === 5760 || code >= 8192 && code <= 8202 || code === 8239 || code === 8287 || code === 12288;
}
function isWordChar(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}

export {
  isLiveRule,
  defineRule,
  DOCS_BASE_URL,
  docsUrl,
  renderMessage
};
