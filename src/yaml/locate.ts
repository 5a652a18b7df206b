/**
 * The one place that turns a YAML path into a source range. Rules report paths; this module walks
 * the `yaml` AST, falls back to the closest existing ancestor for a path that is not there, and
 * converts offsets to 1-based lines and UTF-16 columns once.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import type { LineIndex } from "./line-index.ts";
import type { Span } from "./fast-reader.ts";
import type { RangePart, ResolvedRange } from "../core/source.ts";
import type { PathSegment, Position, YamlPath } from "../core/types.ts";


interface Walked {
  node: Node | null;
  pair: Pair | null;
  path: YamlPath;
}

function keyText(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function childOf(node: Node, segment: PathSegment): { node: Node | null; pair: Pair | null } | undefined {
  if (isMap(node)) {
    // The last occurrence wins, like Helm does with duplicate keys.
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i]!;
      if (keyText(pair) === String(segment)) return { node: (pair.value as Node | null) ?? null, pair };
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === undefined) return undefined;
    return { node: isPair(item) ? null : (item as Node | null), pair: null };
  }
  return undefined;
}

export function walk(doc: Document, path: YamlPath): Walked {
  let node = doc.contents as Node | null;
  let pair: Pair | null = null;
  const found: YamlPath = [];
  for (const segment of path) {
    if (node && isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
    if (!node) break;
    const child = childOf(node, segment);
    if (!child) break;
    found.push(segment);
    node = child.node;
    pair = child.pair;
  }
  return { node, pair: found.length === path.length ? pair : (found.length === 0 ? null : pair), path: found };
}

function rangeOfNode(node: Node | null | undefined): [number, number] | null {
  if (!node || !node.range) return null;
  return [node.range[0], node.range[1]];
}

/** What a path lookup needs of a document read with positions: a `yaml` Document, or the fast reader's spans. */
interface PositionTree<N> {
  root: N | null;
  /** The node a step descends from: an alias's anchored node. */
  deref(node: N): N | null;
  /** The node under `segment`, with its key's range when it is a mapping entry. */
  child(node: N, segment: PathSegment): { node: N | null; key: [number, number] | null } | undefined;
  range(node: N | null): [number, number] | null;
}

function yamlTree(doc: Document): PositionTree<Node> {
  return {
    root: doc.contents as Node | null,
    deref: (node) => (isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? null) : node),
    child(node, segment) {
      const child = childOf(node, segment);
      return child && { node: child.node, key: child.pair ? rangeOfNode(child.pair.key as Node) : null };
    },
    range: rangeOfNode,
  };
}

function spanTree(root: Span): PositionTree<Span> {
  return {
    root,
    deref: (node) => node,
    child(node, segment) {
      if (node.entries) {
        const entry = node.entries.get(String(segment));
        return entry && { node: entry.value, key: entry.key };
      }
      const item = typeof segment === "number" ? node.items?.[segment] : undefined;
      return item && { node: item, key: null };
    },
    range: (node) => (node ? [node.start, node.end] : null),
  };
}

/** Offsets of the requested part; the closest existing ancestor when the path is missing. */
function offsetsIn<N>(tree: PositionTree<N>, path: YamlPath, part: RangePart): { start: number; end: number; path: YamlPath } {
  let node = tree.root;
  let key: [number, number] | null = null;
  const found: YamlPath = [];
  for (const segment of path) {
    if (node) node = tree.deref(node);
    if (!node) break;
    const child = tree.child(node, segment);
    if (!child) break;
    found.push(segment);
    node = child.node;
    key = child.key;
  }
  const complete = found.length === path.length;
  let range: [number, number] | null = null;
  if ((part === "key" || !complete) && key) range = key;
  else if (part === "pair" && key) {
    const value = tree.range(node);
    range = value ? [key[0], value[1]] : key;
  }
  range ??= tree.range(node) ?? key ?? tree.range(tree.root) ?? [0, 0];
  let [start, end] = range;
  if (end <= start) end = start;
  return { start, end, path: found };
}

/** 1-based position of a character offset; `lineOffset` shifts documents cut out of a stream. */
function positionAt(lineCounter: LineIndex, offset: number, lineOffset = 0): Position {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + lineOffset, column: pos.col };
}

/** The range between explicit offsets (a parse error, one of two duplicate keys). */
export function rangeOfOffsets(lineCounter: LineIndex, [start, end]: [number, number], path: YamlPath, lineOffset = 0): ResolvedRange {
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path };
}

/**
 * The range of a path in a document read with positions (a `yaml` Document or the fast reader's
 * spans); `text` is the read text: the end is moved back over trailing white space and comments'
 * newlines.
 */
export function resolveRange(doc: Document | Span, lineCounter: LineIndex, text: string, path: YamlPath, part: RangePart, lineOffset = 0): ResolvedRange {
  const { start, end: rawEnd, path: found } = isSpan(doc) ? offsetsIn(spanTree(doc), path, part) : offsetsIn(yamlTree(doc), path, part);
  let end = rawEnd;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path: found };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function isSpan(doc: Document | Span): doc is Span {
  return typeof (doc as Span).start === "number";
}
