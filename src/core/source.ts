/** Source handles: every input knows how to turn a YAML path into a range. */
import type { Location, ObjectIdentity, Position, YamlPath } from "./types.ts";

/** Which part of a node a range covers: its value, its key, or the whole `key: value` pair. */
export type RangePart = "value" | "key" | "pair";

export interface ResolvedRange {
  start: Position;
  end: Position;
  /** The part of the requested path that exists (shorter when an ancestor was used). */
  path: YamlPath;
}

export type SourceKind = "values" | "set" | "manifest" | "config";

export interface SourceHandle {
  readonly kind: SourceKind;
  /** Display name: relative path, `<stdin>`, `--set` or `--set-string`. */
  readonly file: string;
  readonly doc?: number;
  readonly object?: ObjectIdentity;
  /** The whole source must never be shown (a Secret object). */
  readonly sensitive?: boolean;
  /** Where the source's paths start in its document: an item of a `kind: List` is `items.<n>`. */
  readonly prefix?: YamlPath;
  locate(path: YamlPath, part: RangePart, offsets?: [number, number]): ResolvedRange;
  /** Text of a 1-based line for code frames; undefined when it must not be shown. */
  lineText(line: number): string | undefined;
}

/** What rules report: a node of an input, by path. */
export interface NodeRef {
  source: SourceHandle;
  path: YamlPath;
  part?: RangePart;
  /** Exact offsets when the path alone is ambiguous (the first of two duplicate keys). */
  offsets?: [number, number];
  /** The range holds a credential: formatters must not show it. */
  sensitive?: boolean;
}

/** The node's path in its document (an item of a `kind: List` adds `items.<n>`). */
function documentPath(ref: NodeRef): YamlPath {
  return ref.source.prefix ? ref.source.prefix.concat(ref.path) : ref.path;
}

/** One string per place: file, document and path, for telling places apart without positioning them. */
export function placeKey(ref: NodeRef): string {
  return `${ref.source.file}\0${ref.source.doc ?? ""}\0${JSON.stringify(documentPath(ref))}`;
}

export function toLocation(ref: NodeRef): Location {
  const range = ref.source.locate(ref.path, ref.part ?? "value", ref.offsets);
  const location: Location = { file: ref.source.file, path: documentPath(ref), start: range.start, end: range.end };
  if (ref.source.doc !== undefined) location.doc = ref.source.doc;
  if (ref.source.object) location.object = ref.source.object;
  if (ref.sensitive || ref.source.sensitive) location.sensitive = true;
  return location;
}

/**
 * Locations that are not files: `<stdin>` (manifests piped in), `--set` / `--set-string` (a flag:
 * the line is the flag's 1-based occurrence, the columns are inside its argument) and `<none>`.
 */
export function isPseudoFile(file: string): boolean {
  return file.startsWith("<") || file.startsWith("--");
}

export function formatPath(path: YamlPath): string {
  let out = "";
  // Indexed, and each key's form worked out once: reports format two paths per finding (thousands).
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? dottedOrQuoted(segment) : plainOrQuoted(segment);
  }
  return out;
}

/** `.key`, or `["key"]` for a key that is not a plain identifier, by key. */
const SEGMENT_FORMS = new Map<string, string>();
const PLAIN_SEGMENT = /^[A-Za-z_][\w-]*$/;

function dottedOrQuoted(segment: string): string {
  let form = SEGMENT_FORMS.get(segment);
  if (form === undefined) {
    form = PLAIN_SEGMENT.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
    // Bounded: keys of any YAML can come here, and a run keeps at most this many.
    if (SEGMENT_FORMS.size < 4096) SEGMENT_FORMS.set(segment, form);
  }
  return form;
}

function plainOrQuoted(segment: string): string {
  const form = dottedOrQuoted(segment);
  return form.charCodeAt(0) === 46 ? segment : form;
}
