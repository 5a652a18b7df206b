/**
 * Layer `kube`: Kubernetes semantics: container environments as the kubelet resolves them. May
 * import core and yaml.
 *
 * Environment resolution exactly as the kubelet does it: `envFrom` sources first (later sources
 * override earlier ones, `prefix` prepended), then `env` entries in order (the last duplicate wins),
 * `$(VAR)` expanded against what is defined so far (`$$` escapes, unknown references stay literal),
 * and `valueFrom` looked up in the ConfigMaps and Secrets the inputs contain.
 */
import { isRecord } from "../core/guards.ts";
import type { NodeRef } from "../core/source.ts";

export interface EnvEntry {
  name: string;
  /** The literal `value`, as written (may be a non-string by mistake). */
  value?: unknown;
  valueFrom?: unknown;
  /** The list item or map pair. */
  at: NodeRef;
  /** The `value` node (or the entry when there is none). */
  valueAt: NodeRef;
}

export interface EnvFromEntry {
  kind: "ConfigMap" | "Secret";
  name: string;
  prefix: string;
  optional: boolean;
  at: NodeRef;
  /** Why the source is missing, when a cluster lookup says (not found, forbidden). */
  unresolved?: string;
}

export interface ObjectData {
  data: Map<string, string>;
  /** Where a key's value is written. */
  keyAt(key: string): NodeRef;
  sensitive: boolean;
  /** Read from the cluster: findings point at the reference, and messages name the object by this label. */
  external?: string;
}

export interface ObjectIndex {
  find(kind: "ConfigMap" | "Secret", name: string, namespace: string | undefined): ObjectData | undefined;
  /** Human description of where objects were looked for, for messages. */
  readonly searched: string;
  /** Why an object that `find` did not return is missing (cluster lookups: not found, forbidden). */
  why?(kind: "ConfigMap" | "Secret", name: string, namespace: string | undefined): string | undefined;
}

export type VarOrigin = "value" | "configMapKeyRef" | "secretKeyRef" | "envFrom" | "fieldRef" | "resourceFieldRef" | "fileKeyRef" | "none";

export interface ResolvedVar {
  name: string;
  /** The value the container sees; undefined when it cannot be known from the inputs. */
  value: string | undefined;
  origin: VarOrigin;
  sensitive: boolean;
  /** The env entry that defined it (null for envFrom). */
  entry: EnvEntry | null;
  /** Where the effective text is written: the value node, or the ConfigMap/Secret key. */
  valueAt: NodeRef | null;
  /** Why the value is unknown, for messages. */
  unresolved?: string;
  /** The referenced object that is not in the inputs (a cluster lookup may find it). */
  missing?: { kind: "ConfigMap" | "Secret"; name: string; namespace: string | undefined };
  /** With `missing`: the reference is `optional: true`, so the pod starts either way (without the object the kubelet skips the entry). */
  optional?: boolean;
  /** Of an envFrom value: sources the kubelet applies after the one that set it which are not in the inputs (any may set it instead). */
  unreadLater?: readonly EnvFromEntry[];
  /** Of a `value` (origin "value"): the first `$(NAME)` kept as written, NAME not defined before it (`$$(NAME)` is no such). */
  undefinedReference?: string;
}

/**
 * A scope's `env` entries by index. Manifests make an entry (with its positions) only when it is
 * asked for: a 50 MB manifest has hundreds of thousands of entries and rules read a few.
 */
export interface EnvEntries {
  readonly length: number;
  nameAt(index: number): string;
  /** The entry's `value` as written, without making the entry. */
  valueOf(index: number): unknown;
  entryAt(index: number): EnvEntry;
}

export function envEntries(entries: readonly EnvEntry[]): EnvEntries {
  return { length: entries.length, nameAt: (index) => entries[index]!.name, valueOf: (index) => entries[index]!.value, entryAt: (index) => entries[index]! };
}

/**
 * A container's environment, resolved per variable on demand: large manifests ask for a few
 * names (the budget id) in thousands of containers, so nothing is computed for the others.
 */
export class ResolvedEnv {
  private readonly entries: EnvEntries;
  readonly envFrom: readonly EnvFromEntry[];
  private readonly namespace: string | undefined;
  private readonly objects: ObjectIndex;
  /** While one variable is resolved: definitions by position, so chains of $(VAR) references are resolved once each. */
  private expanding: Map<string, ResolvedVar | null> | undefined;

  constructor(entries: EnvEntries, envFrom: readonly EnvFromEntry[], namespace: string | undefined, objects: ObjectIndex) {
    this.entries = entries;
    this.envFrom = envFrom;
    this.namespace = namespace;
    this.objects = objects;
  }

  /**
   * The variable as the container sees it: the last definition wins. Nothing is kept between calls
   * (each call returns a new object): thousands of containers are asked for a few names each.
   */
  get(name: string): ResolvedVar | undefined {
    try {
      return this.definitionBefore(name, this.entries.length);
    } finally {
      this.expanding = undefined;
    }
  }

  /**
   * Sets `into[name]` to get(name) for each of `names` this environment defines, leaving the others
   * as they are. Without envFrom sources only a name an entry sets can be defined: one pass over the
   * entries' names finds them (a rule asks a dozen names of thousands of containers that set few of
   * them; a get() per name went over every entry for each).
   */
  getInto<Name extends string>(names: ReadonlySet<Name>, into: Partial<Record<Name, ResolvedVar>>): void {
    if (this.envFrom.length > 0) {
      for (const name of names) {
        const variable = this.get(name);
        if (variable !== undefined) into[name] = variable;
      }
      return;
    }
    const count = this.entries.length;
    for (let index = 0; index < count; index++) {
      const name = this.entries.nameAt(index) as Name;
      // Resolved at its last entry only (the one get() starts from), so once per name.
      if (!names.has(name) || this.lastIndexOf(name, count) !== index) continue;
      const variable = this.get(name);
      if (variable !== undefined) into[name] = variable;
    }
  }

  /** Whether the inputs hold the object (in the pod's namespace): cheaper than resolving what reads it. */
  holds(kind: "ConfigMap" | "Secret", name: string): boolean {
    return this.objects.find(kind, name, this.namespace) !== undefined;
  }

  private lastIndexOf(name: string, before: number): number {
    let index = before - 1;
    while (index >= 0 && this.entries.nameAt(index) !== name) index--;
    return index;
  }

  /**
   * The definition of `name` in effect before env entry `before`: the last entry that sets it (an
   * optional reference to a key its object lacks sets nothing, as the kubelet skips it), or the
   * envFrom sources (index -1).
   */
  private definitionBefore(name: string, before: number): ResolvedVar | undefined {
    for (let index = this.lastIndexOf(name, before); index >= 0; index = this.lastIndexOf(name, index)) {
      const resolved = this.resolveEntry(this.entries.entryAt(index), index);
      if (resolved !== SETS_NOTHING) return resolved;
    }
    return this.fromEnvFrom(name);
  }

  /** What `$(name)` in entry `index` expands to: the definition before it, resolved once per get(). */
  private referenced(name: string, index: number): ResolvedVar | undefined {
    const key = `${index}\0${name}`;
    this.expanding ??= new Map();
    let found = this.expanding.get(key);
    if (found === undefined) {
      found = this.definitionBefore(name, index) ?? null;
      this.expanding.set(key, found);
    }
    return found ?? undefined;
  }

  private fromEnvFrom(name: string): ResolvedVar | undefined {
    let unreadLater: EnvFromEntry[] | undefined;
    for (let index = this.envFrom.length - 1; index >= 0; index--) {
      const source = this.envFrom[index]!;
      if (!name.startsWith(source.prefix)) continue;
      const key = name.slice(source.prefix.length);
      const object = this.objects.find(source.kind, source.name, this.namespace);
      if (!object) {
        if (!source.optional) (unreadLater ??= []).unshift(source);
        continue;
      }
      const value = object.data.get(key);
      if (value !== undefined) {
        return { name, value, origin: "envFrom", sensitive: object.sensitive, entry: null, valueAt: object.external ? source.at : object.keyAt(key), unreadLater };
      }
    }
    return undefined;
  }

  private resolveEntry(entry: EnvEntry, index: number): ResolvedVar | typeof SETS_NOTHING {
    if (entry.valueFrom !== undefined && entry.valueFrom !== null) return resolveValueFrom(entry, this.namespace, this.objects);
    const raw = entry.value;
    // A map or list is no env value at all: Kubernetes rejects the workload (env-value-type says so).
    if (typeof raw === "object" && raw !== null) {
      return { name: entry.name, value: undefined, origin: "value", sensitive: false, entry, valueAt: entry.valueAt, unresolved: `the value of ${entry.name} is a ${Array.isArray(raw) ? "list" : "map"}, not a string` };
    }
    const text = raw === undefined || raw === null ? "" : typeof raw === "string" ? raw : String(raw);
    let sensitive = false;
    let undefinedReference: string | undefined;
    let unknown: ResolvedVar | undefined;
    const value = expand(text, (reference) => {
      const referenced = this.referenced(reference, index);
      if (referenced?.sensitive) sensitive = true;
      if (referenced === undefined) undefinedReference ??= reference;
      // Defined, but known only to the kubelet (a fieldRef, an object not in the inputs): so is this value.
      else if (referenced.value === undefined) unknown ??= referenced;
      // Kubernetes expands once: a referenced value's own unexpanded $(NAME) stays in this one too.
      else if (referenced.undefinedReference !== undefined) undefinedReference ??= referenced.undefinedReference;
      return referenced?.value;
    });
    if (unknown) {
      // An optional reference's object missing: the kubelet skips that variable, and the reference stays as written here.
      const why = unknown.optional && unknown.unresolved ? `${unknown.unresolved.replace(OPTIONAL_SKIPPED, "")}; the reference is optional, so without the object the kubelet skips that ${unknown.name} and $(${unknown.name}) reads an earlier one, or stays as written` : unknown.unresolved;
      const unresolved = `${entry.name} expands $(${unknown.name}), and ${why ?? `the value of ${unknown.name} is not known from the inputs`}`;
      return { name: entry.name, value: undefined, origin: "value", sensitive, entry, valueAt: entry.valueAt, unresolved, ...(unknown.missing ? { missing: unknown.missing } : {}) };
    }
    return new ValueVar(entry, value, sensitive, undefinedReference);
  }

}

/**
 * A variable its env entry's `value` defines. Its place is the entry's value, made when asked
 * (thousands of containers, few findings), by a getter on a class: an object literal with a
 * getter costs several times as much to make.
 */
class ValueVar implements ResolvedVar {
  readonly name: string;
  readonly value: string;
  readonly origin = "value";
  readonly sensitive: boolean;
  readonly entry: EnvEntry;
  readonly undefinedReference: string | undefined;

  constructor(entry: EnvEntry, value: string, sensitive: boolean, undefinedReference: string | undefined) {
    this.name = entry.name;
    this.value = value;
    this.sensitive = sensitive;
    this.entry = entry;
    this.undefinedReference = undefinedReference;
  }

  get valueAt(): NodeRef {
    return this.entry.valueAt;
  }
}

const OPTIONAL_SKIPPED = "; the reference is optional, so without it the kubelet skips the entry and an earlier value stays";

/** An env entry the kubelet passes over: `optional: true` on a reference to a key its object does not have. */
const SETS_NOTHING = Symbol("sets nothing");

function resolveValueFrom(entry: EnvEntry, namespace: string | undefined, objects: ObjectIndex): ResolvedVar | typeof SETS_NOTHING {
  const from = isRecord(entry.valueFrom) ? entry.valueFrom : {};
  if ("configMapKeyRef" in from) return resolveKeyRef(entry, from.configMapKeyRef, "ConfigMap", namespace, objects);
  if ("secretKeyRef" in from) return resolveKeyRef(entry, from.secretKeyRef, "Secret", namespace, objects);
  const origin: VarOrigin = "resourceFieldRef" in from ? "resourceFieldRef" : "fieldRef" in from ? "fieldRef" : "fileKeyRef" in from ? "fileKeyRef" : "none";
  // fileKeyRef (EnvFiles): a key of a file in a volume, read when the container starts.
  return fromVar(entry, origin, false, undefined, entry.valueAt, origin === "none" ? "its valueFrom names no source (Kubernetes rejects it)" : `${origin} is only known at run time`);
}

/** A configMapKeyRef or secretKeyRef: the key's value in the object the inputs hold, or why it is not known. */
function resolveKeyRef(entry: EnvEntry, reference: unknown, kind: "ConfigMap" | "Secret", namespace: string | undefined, objects: ObjectIndex): ResolvedVar | typeof SETS_NOTHING {
  const key = kind === "ConfigMap" ? "configMapKeyRef" : "secretKeyRef";
  const sensitive = kind === "Secret";
  const spec = isRecord(reference) ? reference : {};
  const name = typeof spec.name === "string" ? spec.name : "";
  const dataKey = typeof spec.key === "string" ? spec.key : "";
  const object = objects.find(kind, name, namespace);
  if (!object) {
    const unresolved = objects.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${objects.searched}`;
    const resolved = fromVar(entry, key, sensitive, undefined, entry.valueAt, spec.optional === true ? `${unresolved}${OPTIONAL_SKIPPED}` : unresolved, { kind, name, namespace });
    if (spec.optional === true) resolved.optional = true;
    return resolved;
  }
  const value = object.data.get(dataKey);
  if (value === undefined && spec.optional === true) return SETS_NOTHING;
  if (value === undefined) return fromVar(entry, key, sensitive, undefined, entry.valueAt, `${object.external ?? `${kind} "${name}"`} has no key "${dataKey}"`);
  return fromVar(entry, key, sensitive, value, object.external ? entry.valueAt : object.keyAt(dataKey));
}

/** A variable a `valueFrom` defines, written field by field in one order: spreading a shared base made each one several times slower. */
function fromVar(entry: EnvEntry, origin: VarOrigin, sensitive: boolean, value: string | undefined, valueAt: NodeRef, unresolved?: string, missing?: ResolvedVar["missing"]): ResolvedVar {
  return { name: entry.name, entry, value, origin, sensitive, valueAt, unresolved, missing };
}

/** Kubernetes `$(VAR)` expansion (k8s.io/kubernetes third_party/forked/golang/expansion). */
export function expand(input: string, lookup: (name: string) => string | undefined): string {
  if (!input.includes("$")) return input;
  let out = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== "$" || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === "$") {
      out += "$";
    } else if (next === "(") {
      const close = input.indexOf(")", cursor + 2);
      if (close === -1) {
        out += "$(";
      } else {
        const name = input.slice(cursor + 2, close);
        out += lookup(name) ?? `$(${name})`;
        advance = close - cursor;
      }
    } else {
      out += `$${next}`;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}

/** Secret `data` as the kubelet hands it to the container. */
export function decodeBase64(text: string): string {
  return Buffer.from(text, "base64").toString("utf8");
}
