import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/format/xml.ts
var NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function xmlText(text) {
  return text.replace(NOT_XML_CHAR, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttribute(text) {
  return xmlText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
function xmlAttributes(attributes) {
  return Object.entries(attributes).filter((entry) => entry[1] !== void 0).map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`).join("");
}
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export {
  xmlText,
  xmlAttributes,
  XML_DECLARATION
};
