/**
 * YAML held inside a YAML string (a ConfigMap's `budgets-config.yaml: |`, an `extraObjects` item
 * written as a string). Positions inside the embedded text map back to the file a person edits:
 * for a literal block scalar line by line and column by column, otherwise to the string itself.
 */
import { isScalar, parseDocument, Scalar, type Document } from "yaml";
import { LineIndex } from "./line-index.ts";
import type { SourceHandle, SourceKind, RangePart, ResolvedRange } from "../core/source.ts";
import type { ObjectIdentity, Position, YamlPath } from "../core/types.ts";
import { rangeOfOffsets, resolveRange, walk } from "./locate.ts";
import { buildTree, type VNode } from "./vnode.ts";

/** A source that can be parsed with positions and maps its own positions to the outer file. */
export interface ParsedSource extends SourceHandle {
  readonly text: string;
  positioned(): { doc: Document | undefined; lineCounter: LineIndex };
  toOuter(position: Position): Position;
  /** Its text's lines are not the reported file's (a rendering reported in its template): what it embeds is placed by path. */
  readonly placedByPath?: boolean;
}

export function isParsedSource(source: SourceHandle): source is ParsedSource {
  return typeof (source as Partial<ParsedSource>).positioned === "function" && typeof (source as Partial<ParsedSource>).toOuter === "function";
}

let lastParsed: { text: string; doc: Document; lineCounter: LineIndex } | undefined;

export class EmbeddedYamlSource implements ParsedSource {
  readonly kind: SourceKind;
  readonly file: string;
  readonly doc?: number;
  readonly object?: ObjectIdentity;
  readonly sensitive?: boolean;
  readonly text: string;
  private readonly parent: ParsedSource;
  private readonly scalarPath: YamlPath;
  /**
   * Where the string is in the parent: its first position, and for a literal block the
   * parent-relative line of the content's first line and the block's indentation. Found on first
   * use: a rendered manifest is parsed with positions only when a finding needs them.
   */
  private placement: { anchor: Position; mapping: { firstLine: number; indent: number } | null } | undefined;
  private parsed: { doc: Document; lineCounter: LineIndex } | undefined;

  constructor(parent: ParsedSource, scalarPath: YamlPath, text: string) {
    this.parent = parent;
    this.scalarPath = scalarPath;
    this.kind = parent.kind;
    this.file = parent.file;
    if (parent.doc !== undefined) this.doc = parent.doc;
    if (parent.object) this.object = parent.object;
    if (parent.sensitive) this.sensitive = parent.sensitive;
    this.text = text;
  }

  private placed(): NonNullable<EmbeddedYamlSource["placement"]> {
    if (!this.placement && this.parent.placedByPath) {
      // A rendering's lines are not the template's: everything inside is placed where the template writes the string.
      this.placement = { anchor: this.parent.locate(this.scalarPath, "value").start, mapping: null };
    }
    if (!this.placement) {
      const { parent, scalarPath } = this;
      const { doc, lineCounter } = parent.positioned();
      const node = doc ? walk(doc, parent.prefix ? [...parent.prefix, ...scalarPath] : scalarPath).node : null;
      const start = node?.range?.[0] ?? 0;
      const at = lineCounter.linePos(start);
      const mapping = node && isScalar(node) && node.type === Scalar.BLOCK_LITERAL ? blockMapping(parent.text, start, lineCounter, this.text) : null;
      this.placement = { anchor: parent.toOuter({ line: at.line, column: at.col }), mapping };
    }
    return this.placement;
  }

  positioned(): { doc: Document; lineCounter: LineIndex } {
    if (!this.parsed) {
      // A render repeats one file in many ConfigMaps (a release each): the same text is parsed once
      // (the Document is only read). One entry, so nothing accumulates in a long-lived process.
      if (lastParsed?.text !== this.text) {
        // CodeMie and Kubernetes tooling read these with YAML 1.1 parsers (PyYAML, go-yaml v2).
        const doc = parseDocument(this.text, { version: "1.1", uniqueKeys: false, prettyErrors: false }) as Document;
        lastParsed = { text: this.text, doc, lineCounter: new LineIndex(this.text) };
      }
      this.parsed = { doc: lastParsed.doc, lineCounter: lastParsed.lineCounter };
    }
    return this.parsed;
  }

  toOuter(position: Position): Position {
    const { anchor, mapping } = this.placed();
    if (!mapping) return anchor;
    return this.parent.toOuter({ line: mapping.firstLine + position.line - 1, column: mapping.indent + position.column });
  }

  locate(path: YamlPath, part: RangePart, offsets?: [number, number]): ResolvedRange {
    const { doc, lineCounter } = this.positioned();
    const inner = offsets ? rangeOfOffsets(lineCounter, offsets, path) : resolveRange(doc, lineCounter, this.text, path, part);
    return { start: this.toOuter(inner.start), end: this.toOuter(inner.end), path: inner.path };
  }

  lineText(line: number): string | undefined {
    return this.parent.lineText(line);
  }
}

/**
 * Where a literal block's content starts and how far it is indented: the first non-blank line's
 * indentation, less the spaces its value keeps (`|2` under a key at column 6 keeps what lies past
 * column 8).
 */
function blockMapping(text: string, headerOffset: number, lineCounter: LineIndex, value: string): { firstLine: number; indent: number } | null {
  const headerEnd = text.indexOf("\n", headerOffset);
  if (headerEnd === -1) return null;
  const kept = /^(?:[ \t]*\n)*( *)/.exec(value)![1]!.length;
  for (let lineStart = headerEnd + 1; lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    if (line.trim() !== "") return { firstLine: lineCounter.linePos(headerEnd + 1).line, indent: line.length - line.trimStart().length - kept };
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return null;
}

/**
 * The tree of YAML written inside a string (a chart renders such strings with `tpl`); null when it
 * is not YAML. Template actions (`{{ .Release.Name }}`) are not YAML: each is read as a placeholder
 * of the same length (positions stay right), and string values get their actions back.
 */
export function embeddedTree(node: VNode): VNode | null {
  if (node.kind !== "scalar" || typeof node.value !== "string" || !isParsedSource(node.origin.source)) return null;
  const actions: string[] = [];
  const masked = node.value.replace(TEMPLATE_ACTION, (action) => {
    const lead = `${ACTION_LEAD}${actions.length}`;
    actions.push(action);
    return lead.length <= action.length ? lead + ACTION_PAD.repeat(action.length - lead.length) : action;
  });
  const source = new EmbeddedYamlSource(node.origin.source, node.origin.path, masked);
  const { doc } = source.positioned();
  if (doc.errors.length > 0) return null;
  const tree = buildTree(doc, source, []);
  if (tree && actions.length > 0) restoreActions(tree, actions);
  return tree;
}

const TEMPLATE_ACTION = /\{\{[^\n]*?\}\}/g;
const ACTION_LEAD = "\u00a7";
const ACTION_PAD = "\u00a4";
const PLACEHOLDER = /\u00a7(\d+)\u00a4*/g;

function restoreActions(node: VNode, actions: string[]): void {
  if (node.kind === "scalar") {
    if (typeof node.value === "string" && node.value.includes(ACTION_LEAD)) node.value = node.value.replace(PLACEHOLDER, (placeholder, index: string) => actions[Number(index)] ?? placeholder);
  } else if (node.kind === "seq") node.items.forEach((item) => restoreActions(item, actions));
  else for (const child of node.entries.values()) restoreActions(child, actions);
}
