import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  maskKeyTokens
} from "./chunk-MLDY5ZZJ.js";
import {
  HOME_URL
} from "./chunk-PZGEJKJL.js";

// src/core/snippet.ts
var MAX_SNIPPET = 240;
var MASK = "****";
var MAX_SHOWN = 200;
function clip(text, show = (shown) => shown) {
  if (text.length <= MAX_SHOWN) return show(text);
  const end = /[\ud800-\udbff]/.test(text[MAX_SHOWN - 1]) ? MAX_SHOWN - 1 : MAX_SHOWN;
  return `${show(text.slice(0, end))}\u2026 (${text.length} characters)`;
}
var SECRET_PAIR = /\b((?:[\w-]{0,64}(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)[^\s,}#][^,}#]*/gi;
var SECRET_NAME = /\b[A-Z0-9_]{0,64}(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)\b/;
var ANY_VALUE = /((?:["']?value["']?\s*:\s*)|=)("[^"]*"|'[^']*'|[^\s,}]+)/g;
function secretNameBeside(source, line) {
  return [line - 1, line + 1].some((beside) => {
    const text = beside > 0 ? source.lineText(beside)?.slice(0, MAX_SNIPPET) : void 0;
    return text !== void 0 && NAME_LINE.test(text) && SECRET_NAME.test(text);
  });
}
var NAME_LINE = /^[ \t]*(?:- +)?["']?name["']?[ \t]*:/;
function snippetOf(source, location) {
  if (location.object?.kind === "Secret") return void 0;
  const text = source.lineText(location.start.line);
  if (text === void 0) return void 0;
  let line = text;
  if (location.sensitive) {
    const from = location.start.column - 1;
    const to = location.end.line === location.start.line ? location.end.column - 1 : line.length;
    line = line.slice(0, from) + MASK + line.slice(to);
  }
  const cut = line.length > MAX_SNIPPET;
  if (cut) line = line.slice(0, MAX_SNIPPET);
  line = maskKeyTokens(line, "****").replace(SECRET_PAIR, (_, name) => `${name}****`);
  if (SECRET_NAME.test(line) || secretNameBeside(source, location.start.line)) line = line.replace(ANY_VALUE, (_, lead) => `${lead}****`);
  return cut ? `${line}\u2026` : line;
}

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
  MASK,
  clip,
  snippetOf,
  isLiveRule,
  defineRule,
  DOCS_BASE_URL,
  docsUrl,
  renderMessage
};
