/**
 * Layer `inputs`: the inputs as Helm and Kubernetes read them: values layers, --set, manifests,
 * workloads. May import core, yaml and kube.
 *
 * Values layers as Helm sees them: `-f a -f b` merged deeply (maps merge, lists, scalars and nulls
 * replace), then `--set` / `--set-string` applied on those user values, and only then the chart's
 * defaults coalesced under them (a user null deletes a key the chart has, and stays null where the
 * chart has none). Every effective node keeps the NodeRef of the layer that supplied it.
 */
import { isMap, isScalar, parseAllDocuments, parseDocument, Scalar, visit, type Document } from "yaml";
import { LineIndex } from "../yaml/line-index.ts";
import { SECRET_KIND_LINE } from "../core/secrets.ts";
import type { NodeRef, SourceHandle, RangePart, ResolvedRange } from "../core/source.ts";
import type { HelmMajor, Position, YamlPath } from "../core/types.ts";
import { rangeOfOffsets, resolveRange } from "../yaml/locate.ts";
import { buildTree, mergeMaps, parseProblems, type BuildLimits, type ParseProblem, type VMap, type VNode } from "../yaml/vnode.ts";
import { applySetLayers, parseSetArgument, type SetAssignment, type SetFlag } from "./set-parser.ts";

export interface TextInput {
  /** Display name, relative to the working directory. */
  name: string;
  text: string;
  /**
   * A manifest's UTF-8 bytes that `text` was decoded from, when the reader kept them: the documents of
   * an ASCII one are copied out of them in one step (DocumentSlice.copy).
   */
  bytes?: Uint8Array;
  /**
   * Where an ASCII manifest's text holds control characters other than LF, or DEL, in order, when
   * the reader looked (controlBytesIn): documents without any are read without looking again.
   */
  controlCharacters?: readonly number[];
}

export interface SetInput {
  flag: SetFlag;
  arg: string;
  /** --set-file: the text of each file the argument names, by the path as written (the adapter reads them). */
  files?: Record<string, string>;
  /** 0-based occurrence among all --set, --set-string, --set-json and --set-file flags. */
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
    this.hidesLines ??= this.documents.some((doc) => doc.errors.length > 0) && SECRET_KIND_LINE.test(this.text);
    return this.hidesLines ? undefined : this.lineCounter.lineText(line);
  }

  /** It does not parse and may hold a Secret object (see SECRET_KIND_LINE). */
  private hidesLines: boolean | undefined;
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
    const inside = path.length > best.path.length ? this.insideJson(best, path.slice(best.path.length), part) : undefined;
    const [from, to] = inside ?? (part === "value" ? [best.valueStart, best.valueEnd] : [best.start, best.end]);
    return { start: { line, column: from + 1 }, end: { line, column: to + 1 }, path };
  }

  /** A --set-json value's node at `rest` (`extraEnv=[{"name":…,"value":""}]`, path `extraEnv[0].value`): its offsets in the argument. */
  private insideJson(assignment: SetAssignment, rest: YamlPath, part: RangePart): [number, number] | undefined {
    if (this.input.flag !== "--set-json") return undefined;
    const json = this.input.arg.slice(assignment.valueStart, assignment.valueEnd);
    // JSON is YAML: the yaml library gives the ranges. One line only, as the argument's columns count.
    if (json.includes("\n")) return undefined;
    const inJson = [...(assignment.jsonPrefix ?? []), ...rest];
    const range = resolveRange(parseDocument(json) as Document, new LineIndex(json), json, inJson, part);
    if (range.path.length !== inJson.length) return undefined;
    return [assignment.valueStart + range.start.column - 1, assignment.valueStart + range.end.column - 1];
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

export function loadValues(files: TextInput[], sets: SetInput[], limits?: BuildLimits, helmMajor: HelmMajor = 3): ValuesModel {
  const problems: ParseProblem[] = [];
  const sources = files.map((input) => new YamlFileSource(input));
  const trees = sources.map((source) => readLayer(source, problems, limits, helmMajor));
  // A SetSyntaxError is a usage error: the adapters turn it into exit 2.
  const setSources = sets.map((input) => new SetSource(input, withFileTexts(input, parseSetArgument(input.arg, input.flag, input.index, helmMajor, limits?.maxDepth))));
  return { ...coalesceValues(sources, trees, setSources), problems };
}

/** --set-file: each value names a file, and its text is the value (`key=` at the end stays ""). */
function withFileTexts(input: SetInput, assignments: SetAssignment[]): SetAssignment[] {
  if (input.flag !== "--set-file") return assignments;
  return assignments.map((assignment) =>
    assignment.terminal === "value" && typeof assignment.value === "string" ? { ...assignment, value: input.files?.[assignment.value] ?? "" } : assignment,
  );
}

/**
 * Helm's order: the user's files merged, every --set then every --set-string applied on them (the
 * applier reports conflicts with the files' values, a key under a scalar, exactly as Helm would, as
 * a SetApplyError), and then the chart's defaults, when given, coalesced under the result.
 */
export function coalesceValues(
  files: YamlFileSource[],
  trees: (VMap | null)[],
  sets: SetSource[],
  chartDefaults?: { source: YamlFileSource; tree: VMap | null },
): Omit<ValuesModel, "problems"> {
  let root: VMap = emptyMap({ source: files[0] ?? chartDefaults?.source ?? nullSource, path: [] });
  for (const tree of trees) if (tree) root = mergeMaps(root, tree);
  if (sets.length > 0) root = applySetLayers(root, sets.map((source) => ({ source, assignments: source.assignments })));
  if (!chartDefaults) return { files, trees, sets, root };
  if (chartDefaults.tree) root = coalesceWithDefaults(root, chartDefaults.tree);
  return { files: [chartDefaults.source, ...files], trees: [chartDefaults.tree, ...trees], sets, root };
}

/**
 * One values file as a layer, or null (problems say why). Helm 3 reads the first document only;
 * helm 4 merges every document, later ones winning.
 */
export function readLayer(source: YamlFileSource, problems: ParseProblem[], limits?: BuildLimits, helmMajor: HelmMajor = 3): VMap | null {
  const documents = source.documents.filter((doc, index) => index === 0 || !isEmptyDocument(doc));
  const [first, ...rest] = documents;
  if (!first) return null;
  if (helmMajor === 4) {
    const separator = badSeparator(source.text);
    if (separator) {
      problems.push({ kind: "syntax", message: `helm 4 cannot read this line: invalid Yaml document separator: ${separator.rest}`, at: { source, path: [], offsets: [separator.index, separator.index + separator.length] } });
      return null;
    }
  }
  // helm 4 reads the first document of each part between --- lines: one after a `...` alone is passed over.
  const read = helmMajor === 4 ? documents.filter((doc, index) => index === 0 || startsPart(source.text, documents[index - 1]!, doc)) : [first];
  if (helmMajor === 4 && read.length < documents.length) {
    const passed = documents.find((doc) => !read.includes(doc))!;
    const start = passed.range?.[0] ?? 0;
    problems.push({ kind: "ignored", message: "helm 4 reads only the first document between two --- lines and ignores this one (after ...)", at: { source, path: [], offsets: [start, start] } });
  }
  const unreadable = CONTROL_CHARACTER.exec(source.text.slice(0, helmMajor === 4 ? undefined : first.range?.[2]));
  if (unreadable) {
    const code = unreadable[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    problems.push({ kind: "syntax", message: `helm cannot read U+${code} here: control characters are not allowed (go-yaml)`, at: { source, path: [], offsets: [unreadable.index, unreadable.index + 1] } });
    return null;
  }
  const escape = unreadEscape(source.text, read);
  if (escape) {
    problems.push({ kind: "syntax", message: escape.message, at: { source, path: [], offsets: [escape.index, escape.index + escape.length] } });
    return null;
  }
  const directive = unreadDirective(source.text.slice(0, first.range?.[0] ?? 0), helmMajor);
  if (directive) {
    problems.push({ kind: "syntax", message: directive.message, at: { source, path: [], offsets: [directive.index, directive.index + directive.length] } });
    return null;
  }
  let layer: VMap | null = null;
  for (const doc of read) {
    if (doc.errors.length > 0) {
      problems.push(...parseProblems(doc, source, limits));
      return null;
    }
    const tree = buildTree(doc, source, problems, limits, "helm", doc !== first);
    if (tree === null || (tree.kind === "scalar" && tree.value === null)) continue;
    if (tree.kind !== "map") {
      // In a later document (helm 4 reads them all) the place is that document's content: paths alone would find the first.
      const start = doc.contents?.range?.[0] ?? 0;
      const at: NodeRef = doc === first ? { source, path: [] } : { source, path: [], offsets: [start, doc.contents?.range?.[1] ?? start] };
      problems.push({ kind: "syntax", message: `a values file must be a map of keys, not a ${tree.kind === "seq" ? "list" : "scalar"}`, at });
      return null;
    }
    layer = layer ? mergeMaps(layer, tree) : tree;
  }
  // Of the documents helm reads: a later one helm 3 passes over is no values it takes.
  const manifest = read.map(kubernetesKind).find((kind) => kind !== undefined);
  if (manifest) {
    problems.push({
      kind: "manifest",
      message: `this values file looks like a rendered Kubernetes manifest (kind: ${manifest.kind}): helm would read its keys as values, and nothing in it is checked as a workload; pass rendered manifests with -m`,
      at: { source, path: [], offsets: manifest.offsets },
    });
    return layer;
  }
  const ignored = rest[0];
  if (helmMajor === 3 && ignored) {
    const start = ignored.range?.[0] ?? 0;
    problems.push({
      kind: "ignored",
      message: "a values file holds more than one YAML document: helm 3 reads only the first and ignores this one (helm 4 merges them all)",
      at: { source, path: [], offsets: [start, start] },
    });
  }
  return layer;
}

/**
 * apimachinery's YAMLReader, which helm 4 splits values files with: a line that starts with `---`
 * separates documents, and anything after it but a comment is an error (even inside a quoted value).
 */
function badSeparator(text: string): { rest: string; index: number; length: number } | undefined {
  for (const match of text.matchAll(/^---([^\n]*)/gm)) {
    const rest = match[1]!.trim();
    if (rest !== "" && !rest.startsWith("#")) return { rest, index: match.index, length: match[0].length };
  }
  return undefined;
}

/** Whether a `---` line comes between two documents (not only a `...`). */
function startsPart(text: string, before: Document, doc: Document): boolean {
  return /^---/m.test(text.slice(before.range?.[1] ?? 0, (doc.range?.[0] ?? 0) + 3));
}

/**
 * A directive before the first document that helm refuses: go-yaml reads %YAML 1.1 and %TAG only,
 * and helm 4 splits the file at `---` lines, so the directives alone are a document it cannot read.
 */
function unreadDirective(prefix: string, helmMajor: HelmMajor): { message: string; index: number; length: number } | undefined {
  for (const match of prefix.matchAll(/^%([^\s]*)[^\n]*/gm)) {
    const [line, name] = match as unknown as [string, string];
    const version = /^%YAML[ \t]+(\S+)/.exec(line)?.[1];
    const problem =
      name === "" || name.startsWith("%") ? "could not find expected directive name"
      : name !== "YAML" && name !== "TAG" ? "found unknown directive name"
      : name === "YAML" && version !== "1.1" ? "found incompatible YAML document (go-yaml reads YAML 1.1)"
      : helmMajor === 4 ? "did not find expected <document start> (helm 4 splits the file at --- lines, so the directive is a document alone)"
      : undefined;
    if (problem) return { message: `helm cannot read ${line.trim()}: ${problem}`, index: match.index, length: line.length };
  }
  return undefined;
}

/**
 * An escape in a double-quoted scalar that go-yaml v2 refuses (yaml_parser_scan_flow_scalar): YAML
 * 1.2's `\/`, and a `\u`/`\U` code that is a surrogate or past U+10FFFF. The yaml library reads both.
 */
function unreadEscape(text: string, documents: readonly Document[]): { message: string; index: number; length: number } | undefined {
  if (!/\\(\/|[uU])/.test(text)) return undefined;
  let found: { message: string; index: number; length: number } | undefined;
  for (const doc of documents) {
    visit(doc, {
      Scalar(_key, node) {
        if (node.type !== Scalar.QUOTE_DOUBLE || !node.range) return undefined;
        const start = node.range[0];
        const quoted = text.slice(start, node.range[1]);
        for (const match of quoted.matchAll(/\\(?:(\/)|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|.)/gs)) {
          const code = match[2] ?? match[3];
          const point = code === undefined ? undefined : Number.parseInt(code, 16);
          const problem = match[1] ? "found unknown escape character" : point !== undefined && ((point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) ? "found invalid Unicode character escape code" : undefined;
          if (problem) {
            found = { message: `helm cannot read ${match[0]} in a double-quoted value: ${problem} (go-yaml)`, index: start + match.index, length: match[0].length };
            return visit.BREAK;
          }
        }
        return undefined;
      },
    });
    if (found) return found;
  }
  return undefined;
}

/** What go-yaml's reader refuses (yaml_parser_update_buffer): C0 and C1 controls but tab, LF, CR and NEL; DEL; U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/**
 * A document that is a Kubernetes object rather than values: `apiVersion` (`v1`, `apps/v1`,
 * `example.com/v1beta1`), a capitalised `kind` and a `metadata` map at the top. Charts do have
 * top-level `kind:` switches (`kind: DaemonSet`), never all three.
 */
function kubernetesKind(doc: Document): { kind: string; offsets: [number, number] } | undefined {
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const apiVersion = doc.contents.get("apiVersion", true);
  const kind = doc.contents.get("kind", true);
  if (!isScalar(apiVersion) || !isScalar(kind) || !isMap(doc.contents.get("metadata", true))) return undefined;
  if (typeof apiVersion.value !== "string" || !/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion.value)) return undefined;
  if (typeof kind.value !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(kind.value)) return undefined;
  const [start, end] = kind.range ?? [0, 0];
  return { kind: kind.value, offsets: [start, end] };
}

/** A trailing `---` leaves an empty document (a null scalar): nothing helm would read. */
function isEmptyDocument(doc: Document): boolean {
  return doc.errors.length === 0 && (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null));
}

function emptyMap(origin: NodeRef): VMap {
  return { kind: "map", entries: new Map(), origin };
}

function isNull(node: VNode): boolean {
  return node.kind === "scalar" && node.value === null;
}

/**
 * Helm's coalescing of the user's values over the chart's defaults (chartutil coalesceValues /
 * coalesceTablesFullKey): the user's value wins; maps on both sides coalesce deeply; a user null
 * deletes the key when the chart has it, and stays a null where the chart has no such key.
 */
function coalesceWithDefaults(user: VMap, defaults: VMap): VMap {
  const entries = new Map(user.entries);
  for (const [key, fallback] of defaults.entries) {
    const value = user.entries.get(key);
    if (value === undefined) entries.set(key, fallback);
    else if (isNull(value)) entries.delete(key);
    else if (value.kind === "map" && fallback.kind === "map") entries.set(key, coalesceWithDefaults(value, fallback));
  }
  return { kind: "map", entries, origin: user.entries.size > 0 ? user.origin : defaults.origin };
}

const nullSource: SourceHandle = {
  kind: "values",
  file: "<none>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => undefined,
};
