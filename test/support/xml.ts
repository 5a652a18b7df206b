/**
 * A strict little XML reader for the reports' tests: enough of XML 1.0 to reject what a CI system's
 * parser would (mismatched or unclosed tags, a bare `<` or `&`, unknown entities, duplicate or
 * unquoted attributes, forbidden characters, more than one root) and to hand back the tree.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (/[<]/.test(raw)) throw new Error(`bare < at ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, body: string) => {
    if (!match.endsWith(";")) throw new Error(`bare & at ${where}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const code = /^#x([0-9a-f]+)$/i.exec(body) ? parseInt(body.slice(2), 16) : /^#\d+$/.test(body) ? Number(body.slice(1)) : NaN;
    if (Number.isNaN(code)) throw new Error(`unknown entity &${body}; at ${where}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(text: string): XmlElement {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(text)) throw new Error("a character XML 1.0 forbids");
  let at = 0;
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n?/.exec(text);
  if (declaration) at = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    const lt = text.indexOf("<", at);
    const chunk = lt < 0 ? text.slice(at) : text.slice(at, lt);
    if (stack.length > 0) stack[stack.length - 1]!.text += decode(chunk, at);
    else if (chunk.trim() !== "") throw new Error(`text outside the root at ${at}`);
    if (lt < 0) break;
    at = lt;
    if (text.startsWith("</", at)) {
      const close = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(text.slice(at));
      const open = stack.pop();
      if (!close || !open || close[1] !== open.name) throw new Error(`mismatched closing tag at ${at}`);
      at += close[0].length;
      continue;
    }
    const name = NAME.exec(text.slice(at + 1))?.[0];
    if (!name) throw new Error(`bad tag at ${at}`);
    if (root && stack.length === 0) throw new Error(`second root element <${name}>`);
    at += 1 + name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: "" };
    for (;;) {
      const attribute = /^\s+([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(text.slice(at));
      if (!attribute) break;
      if (attribute[1]! in element.attributes) throw new Error(`duplicate attribute ${attribute[1]} at ${at}`);
      element.attributes[attribute[1]!] = decode(attribute[2]!, at);
      at += attribute[0].length;
    }
    const end = /^\s*(\/?)>/.exec(text.slice(at));
    if (!end) throw new Error(`bad attribute or tag end at ${at}`);
    at += end[0].length;
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else root = element;
    if (!end[1]) stack.push(element);
  }
  if (stack.length > 0 || !root) throw new Error("unclosed element or no root");
  return root;
}
