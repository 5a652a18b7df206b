import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/engine/rule.ts
function isLiveRule(rule) {
  return rule.meta.input === "live";
}
function defineRule(rule) {
  return rule;
}
var DOCS_BASE_URL = "https://github.com/litellm-preflight/litellm-preflight/blob/main/docs/rules/";
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
function renderMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}

export {
  isLiveRule,
  defineRule,
  DOCS_BASE_URL,
  docsUrl,
  renderMessage
};
