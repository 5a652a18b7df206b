import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  maskKeyTokens
} from "./chunk-UAKUUDY6.js";

// src/core/snippet.ts
var MAX_SNIPPET = 240;
var MASK = "****";
var MAX_SHOWN = 200;
function clip(text, show = (shown) => shown) {
  if (text.length <= MAX_SHOWN) return show(text);
  const end = /[\ud800-\udbff]/.test(text[MAX_SHOWN - 1]) ? MAX_SHOWN - 1 : MAX_SHOWN;
  return `${show(`${text.slice(0, end)}\u2026`)} (${text.length} characters)`;
}
var SECRET_PAIR = /\b((?:[\w-]{0,64}(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)[^\s,}#][^,}#]*/gi;
var SECRET_NAME = /\b[A-Z0-9_]{0,64}(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)\b/;
var ANY_VALUE = /((?:["']?value["']?\s*:\s*)|=)("[^"]*"|'[^']*'|[^\s,}]+)/g;
var NAME_LINE = /^[ \t]*(?:- +)?["']?name["']?[ \t]*:/;
function maskLine(line, beside) {
  line = maskKeyTokens(line, MASK).replace(SECRET_PAIR, (_, name) => `${name}${MASK}`);
  const secretBeside = beside.some((text) => text !== void 0 && NAME_LINE.test(text) && SECRET_NAME.test(text));
  return SECRET_NAME.test(line) || secretBeside ? line.replace(ANY_VALUE, (_, lead) => `${lead}${MASK}`) : line;
}
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
  const number = location.start.line;
  line = maskLine(line, [number - 1, number + 1].map((beside) => beside > 0 ? source.lineText(beside)?.slice(0, MAX_SNIPPET) : void 0));
  return cut ? `${line}\u2026` : line;
}

export {
  MASK,
  clip,
  maskLine,
  snippetOf
};
