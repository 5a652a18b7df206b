/**
 * The one place that turns a YAML path into a source range. Rules report paths; this module walks
 * the `yaml` AST, falls back to the closest existing ancestor for a path that is not there, and
 * converts offsets to 1-based lines and UTF-16 columns once.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { LineIndex } from "./line-index.ts";
import { explicitKeysFirst, isMergeKey } from "./vnode.ts";
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

function childOf(doc: Document, node: Node, segment: PathSegment, merges = 0): { node: Node | null; pair: Pair | null } | undefined {
  if (isMap(node)) {
    // The last occurrence wins, like Helm does with duplicate keys; a merge key (`<<`) is an occurrence
    // of each key its maps hold, except where explicit keys win wherever they are (see explicitKeysFirst).
    const { lastPlain, mergeKeys } = keysOf(node);
    const plain = lastPlain.get(String(segment)) ?? -1;
    const explicitFirst = explicitKeysFirst.has(doc);
    if (!(explicitFirst && plain >= 0)) {
      for (let m = mergeKeys.length - 1; m >= 0 && (explicitFirst || mergeKeys[m]! > plain); m--) {
        const pair = node.items[mergeKeys[m]!]!;
        const merged = merges < MAX_MERGE_DEPTH ? mergedChild(doc, pair.value as Node | null, segment, merges + 1) : undefined;
        if (merged) return merged;
      }
    }
    if (plain < 0) return undefined;
    const pair = node.items[plain]!;
    return { node: (pair.value as Node | null) ?? null, pair };
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === undefined) return undefined;
    return { node: isPair(item) ? null : (item as Node | null), pair: null };
  }
  return undefined;
}

/** A mapping's keys: the index of each plain key's last pair, and of its merge keys in order. */
interface MapKeys {
  items: readonly unknown[];
  count: number;
  lastPlain: Map<string, number>;
  mergeKeys: number[];
}

/**
 * Made once per mapping a lookup goes through, so that a lookup is not a walk over its keys: a
 * values file with 12,000 top-level keys, each with a finding, took 5.6 s. Made again if its
 * items change.
 */
const mapKeys = new WeakMap<YAMLMap, MapKeys>();

function keysOf(node: YAMLMap): MapKeys {
  const known = mapKeys.get(node);
  if (known && known.items === node.items && known.count === node.items.length) return known;
  const keys: MapKeys = { items: node.items, count: node.items.length, lastPlain: new Map(), mergeKeys: [] };
  node.items.forEach((pair, index) => {
    if (isMergeKey(pair)) keys.mergeKeys.push(index);
    else keys.lastPlain.set(keyText(pair), index);
  });
  mapKeys.set(node, keys);
  return keys;
}

/** Merge keys within merged maps are followed this deep (an anchor's map may merge itself). */
const MAX_MERGE_DEPTH = 50;

/** The child under `segment` that a merge key's value gives: of a list of maps, the first that holds it. */
function mergedChild(doc: Document, value: Node | null, segment: PathSegment, merges: number): { node: Node | null; pair: Pair | null } | undefined {
  const resolved = value && isAlias(value) ? ((value.resolve(doc) as Node | undefined) ?? null) : value;
  const maps = resolved && isSeq(resolved) ? (resolved.items as (Node | null)[]) : [resolved];
  for (const item of maps) {
    const map = item && isAlias(item) ? ((item.resolve(doc) as Node | undefined) ?? null) : item;
    const child = map && isMap(map) ? childOf(doc, map, segment, merges) : undefined;
    if (child) return child;
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
    const child = childOf(doc, node, segment);
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

/** Offsets of the requested part in a `yaml` Document; the closest existing ancestor when the path is missing. */
function offsetsInDocument(doc: Document, path: YamlPath, part: RangePart): { start: number; end: number; path: YamlPath } {
  const { node, pair, path: found } = walk(doc, path);
  const key = pair ? rangeOfNode(pair.key as Node) : null;
  return partOf(part, found.length === path.length, key, rangeOfNode(node), rangeOfNode(doc.contents as Node | null), found);
}

/**
 * The same for the fast reader's spans, without a step object per segment: a finding-dense run
 * locates each finding several times, and these objects were a large share of what it allocated.
 */
function offsetsInSpans(root: Span, path: YamlPath, part: RangePart): { start: number; end: number; path: YamlPath } {
  let node = root;
  let key: [number, number] | null = null;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const segment = path[depth]!;
    if (node.entries) {
      const entry = node.entries.get(String(segment));
      if (entry === undefined) break;
      node = entry.value;
      key = entry.key;
    } else {
      const item = typeof segment === "number" ? node.items?.[segment] : undefined;
      if (item === undefined) break;
      node = item;
      key = null;
    }
  }
  return partOf(part, depth === path.length, key, [node.start, node.end], [root.start, root.end], path.slice(0, depth));
}

/** The range of `part` given what a lookup found: the node's range and its key's (of a mapping entry). */
function partOf(part: RangePart, complete: boolean, key: [number, number] | null, value: [number, number] | null, root: [number, number] | null, found: YamlPath): { start: number; end: number; path: YamlPath } {
  let range: [number, number] | null = null;
  if ((part === "key" || !complete) && key) range = key;
  else if (part === "pair" && key) range = value ? [key[0], value[1]] : key;
  range ??= value ?? key ?? root ?? [0, 0];
  // By index: destructuring goes through an iterator, an object per step in Maglev's code.
  const start = range[0];
  const end = range[1] <= start ? start : range[1];
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
  const { start, end: rawEnd, path: found } = isSpan(doc) ? offsetsInSpans(doc, path, part) : offsetsInDocument(doc, path, part);
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
