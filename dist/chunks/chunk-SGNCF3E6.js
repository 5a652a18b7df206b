import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/format/safe-text.ts
function printable(text) {
  return noWorkflowCommand(text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, escaped));
}
function printableButLineBreaks(text) {
  return noWorkflowCommand(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, escaped));
}
function noWorkflowCommand(text) {
  const bracketed = text.includes("##[") ? text.replaceAll("##[", "##\\u005b") : text;
  return /^\s*::/.test(bracketed) ? bracketed.replace(/^(\s*):/, "$1\\u003a") : bracketed;
}
function escaped(char) {
  const code = char.charCodeAt(0);
  return code === 10 ? "\\n" : code === 13 ? "\\r" : `\\u${code.toString(16).padStart(4, "0")}`;
}

export {
  printable,
  printableButLineBreaks
};
