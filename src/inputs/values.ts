/**
 * Layer `inputs`: the inputs as Helm and Kubernetes read them: values layers, --set, manifests,
 * workloads. May import core, yaml and kube.
 *
 * Values layers as Helm sees them: `-f a -f b` merged deeply (maps merge, lists and scalars
 * replace, `null` deletes a key), then `--set` / `--set-string` applied last. Every effective node
 * keeps the NodeRef of the layer that supplied it.
 */
import { isScalar, parseAllDocuments, type Document } from "yaml";
import { LineIndex } from "../yaml/line-index.ts";
import type { NodeRef, SourceHandle, RangePart, ResolvedRange } from "../core/source.ts";
import type { Position, YamlPath } from "../core/types.ts";
import { rangeOfOffsets, resolveRange } from "../yaml/locate.ts";
import { buildTree, childAt, type BuildLimits, type ParseProblem, type VMap, type VNode } from "../yaml/vnode.ts";
import { applySetLayers, parseSetArgument, type SetAssignment } from "./set-parser.ts";

export interface TextInput {
  /** Display name, relative to the working directory. */
  name: string;
  text: string;
}

export interface SetInput {
  flag: "--set" | "--set-string";
  arg: string;
  /** 0-based occurrence among all --set and --set-string flags. */
  index: number;
}

export class YamlFileSource implements SourceHandle {
  readonly kind: "values" | "config";
  readonly file: string;
  readonly text: string;
  readonly lineCounter: LineIndex;
  readonly documents: Document[];

  constructor(input: TextInput, kind: "values" | "config" = "values") {
    this.kind = kind;
    this.file = input.name;
    this.text = input.text;
    this.lineCounter = new LineIndex(input.text);
    this.documents = parseAllDocuments(input.text, {
      // Helm reads values with a YAML 1.1 parser (`yes` and `on` are booleans); our config is YAML 1.2.
      version: kind === "values" ? "1.1" : "1.2",
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false,
    }) as Document[];
  }

  get document(): Document | undefined {
    return this.documents[0];
  }

  positioned(): { doc: Document | undefined; lineCounter: LineIndex } {
    return { doc: this.document, lineCounter: this.lineCounter };
  }

  toOuter(position: Position): Position {
    return position;
  }

  locate(path: YamlPath, part: RangePart, offsets?: [number, number]): ResolvedRange {
    if (offsets) return this.rangeOfOffsets(offsets, path);
    const doc = this.document;
    if (!doc) return this.rangeOfOffsets([0, 0], []);
    return resolveRange(doc, this.lineCounter, this.text, path, part);
  }

  rangeOfOffsets([start, end]: [number, number], path: YamlPath): ResolvedRange {
    while (end > start && /\s/.test(this.text[end - 1] ?? "")) end--;
    return rangeOfOffsets(this.lineCounter, [start, end], path);
  }

  lineText(line: number): string | undefined {
    return this.lineCounter.lineText(line);
  }
}

export class SetSource implements SourceHandle {
  readonly kind = "set";
  readonly file: string;
  readonly input: SetInput;
  readonly assignments: SetAssignment[];

  constructor(input: SetInput, assignments: SetAssignment[]) {
    this.file = input.flag;
    this.input = input;
    this.assignments = assignments;
  }

  /** Line = which flag (1-based occurrence), columns = the assignment inside the argument. */
  locate(path: YamlPath, part: RangePart): ResolvedRange {
    const line = this.input.index + 1;
    let best: SetAssignment | undefined;
    for (const assignment of this.assignments) {
      if (isPrefix(assignment.path, path) || isPrefix(path, assignment.path)) best = assignment;
    }
    if (!best) return { start: { line, column: 1 }, end: { line, column: this.input.arg.length + 1 }, path: [] };
    const [from, to] = part === "value" ? [best.valueStart, best.valueEnd] : [best.start, best.end];
    return { start: { line, column: from + 1 }, end: { line, column: to + 1 }, path };
  }

  /** The argument itself: columns count inside it. */
  lineText(): string | undefined {
    return this.input.arg;
  }
}

function isPrefix(prefix: YamlPath, path: YamlPath): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, i) => segment === path[i]);
}

export interface ValuesModel {
  files: YamlFileSource[];
  /** Each file's own tree, by index of `files` (null when it has errors or no map). */
  trees: (VMap | null)[];
  sets: SetSource[];
  /** The coalesced values. */
  root: VMap;
  problems: ParseProblem[];
}

export function loadValues(files: TextInput[], sets: SetInput[], limits?: BuildLimits): ValuesModel {
  const problems: ParseProblem[] = [];
  const sources = files.map((input) => new YamlFileSource(input));
  const trees = sources.map((source) => readLayer(source, problems, limits));
  // A SetSyntaxError is a usage error: the adapters turn it into exit 2.
  const setSources = sets.map((input) => new SetSource(input, parseSetArgument(input.arg, input.flag, input.index)));
  return { ...coalesceValues(sources, trees, setSources), problems };
}

/**
 * Parsed layers merged in order, then the --set sources applied (Helm's order: every --set before
 * every --set-string). The applier reports conflicts with the files' values (a key under a scalar)
 * exactly as Helm would, as a SetApplyError.
 */
export function coalesceValues(files: YamlFileSource[], trees: (VMap | null)[], sets: SetSource[]): Omit<ValuesModel, "problems"> {
  let root: VMap = emptyMap({ source: files[0] ?? nullSource, path: [] });
  for (const tree of trees) if (tree) root = mergeMaps(root, tree);
  if (sets.length > 0) root = dropSetNulls(applySetLayers(root, sets.map((source) => ({ source, assignments: source.assignments }))), sets);
  return { files, trees, sets, root };
}

/** `--set a=null` removes the key `a` (the values model's reading of null, as for files). */
function dropSetNulls(root: VMap, sets: SetSource[]): VMap {
  for (const source of sets) {
    for (const { path, value } of source.assignments) {
      if (value !== null) continue;
      let parent: VNode | undefined = root;
      for (const segment of path.slice(0, -1)) parent = childAt(parent, segment);
      const key = path.at(-1);
      const node = parent?.kind === "map" && typeof key === "string" ? parent.entries.get(key) : undefined;
      // Only the null this flag wrote: a later flag may have set the key again.
      if (parent?.kind === "map" && node?.kind === "scalar" && node.value === null && node.origin.source === source) parent.entries.delete(key as string);
    }
  }
  return root;
}

/** One values file as a layer: its first document's map, or null (problems say why). */
export function readLayer(source: YamlFileSource, problems: ParseProblem[], limits?: BuildLimits): VMap | null {
  const [doc, ...rest] = source.documents;
  if (!doc) return null;
  const errors = doc.errors;
  if (errors.length > 0) {
    for (const error of errors) {
      problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
    }
    return null;
  }
  for (const extra of rest) {
    // A trailing `---` leaves an empty document (a null scalar): nothing Helm would ignore.
    if (extra.contents === null || (isScalar(extra.contents) && extra.contents.value === null)) continue;
    const start = extra.range?.[0] ?? 0;
    problems.push({
      kind: "syntax",
      message: "a values file holds one YAML document; Helm reads only the first and ignores this one",
      at: { source, path: [], offsets: [start, start] },
    });
    break;
  }
  const tree = buildTree(doc, source, problems, limits);
  if (tree === null || (tree.kind === "scalar" && tree.value === null)) return null;
  if (tree.kind !== "map") {
    problems.push({ kind: "syntax", message: `a values file must be a map of keys, not a ${tree.kind === "seq" ? "list" : "scalar"}`, at: { source, path: [] } });
    return null;
  }
  return tree;
}

function emptyMap(origin: NodeRef): VMap {
  return { kind: "map", entries: new Map(), origin };
}

function isNull(node: VNode): boolean {
  return node.kind === "scalar" && node.value === null;
}

/** Helm's merge of user values layers: maps merge deeply, anything else replaces, null deletes. */
function mergeMaps(base: VMap, over: VMap): VMap {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    if (isNull(value)) {
      entries.delete(key);
      continue;
    }
    const previous = entries.get(key);
    entries.set(key, previous?.kind === "map" && value.kind === "map" ? mergeMaps(previous, value) : value);
  }
  return { kind: "map", entries, origin: base.entries.size > 0 ? base.origin : over.origin };
}

const nullSource: SourceHandle = {
  kind: "values",
  file: "<none>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => undefined,
};
