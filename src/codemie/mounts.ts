/**
 * How a budgets-config.yaml reaches the pod: a volumeMount at /app/config/budgets (or the
 * BUDGETS_CONFIG_DIR directory), a volume of that name, a ConfigMap of the volume's name, and the
 * key the mount's subPath names. CodeMie's chart takes mounts and volumes as YAML strings
 * (`extraVolumeMounts`, `extraVolumes`); rendered manifests have them as objects.
 */
import { posix } from "node:path";
import type { NodeRef, SourceHandle } from "../core/source.ts";
import type { YamlPath } from "../core/types.ts";
import { itemsOf, type PodContainer, type PodMount, type PodVolume, type VolumeConfigMap } from "../inputs/workload.ts";
import type { ManifestModel } from "../inputs/manifests.ts";
import type { ValuesModel } from "../inputs/values.ts";
import { embeddedTree } from "../yaml/embedded.ts";
import { toJS, type VNode } from "../yaml/vnode.ts";
import { BUDGETS_CONFIG_KEY, type BudgetsConfig } from "./budgets-config.ts";

export const DEFAULT_BUDGETS_DIR = "/app/config/budgets";

export interface Mount {
  name: string;
  mountPath: string;
  subPath: string | undefined;
  /** The container that mounts it (each sees only its own mounts); the values' mounts are the main container's. */
  container?: PodContainer;
  at: NodeRef;
  nameAt: NodeRef;
}

export interface Volume {
  name: string;
  /** The ConfigMaps it shows (`configMap`, or a projected volume's `configMap` sources). */
  configMaps: ShownConfigMap[];
  at: NodeRef;
}

export interface ShownConfigMap {
  name: string;
  /** `items`: the keys shown, each at its path; undefined shows every key under its own name. */
  items: readonly { key: string; path: string }[] | undefined;
  /** Where its name is written. */
  at: NodeRef;
}

export type WiringIssue =
  | { kind: "notMounted"; config: BudgetsConfig; dir: string }
  | { kind: "mountWithoutVolume"; mount: Mount }
  | { kind: "volumeOtherConfigMap"; volume: Volume; shown: ShownConfigMap; config: BudgetsConfig }
  /** The budgets ConfigMap is mounted, but budgets-config.yaml is not the file CodeMie reads (`file`: where the volume has it, if anywhere). */
  | { kind: "subPathMismatch" | "notInDirectory" | "wholeVolume"; mount: Mount; volume: Volume; shown: ShownConfigMap; config: BudgetsConfig; file: string | undefined; target: string };

/** Issues of a mount that does show the budgets ConfigMap: one workload's own mistake, whatever the others do. */
export function isWrongMount(issue: WiringIssue): boolean {
  return issue.kind === "subPathMismatch" || issue.kind === "notInDirectory" || issue.kind === "wholeVolume";
}

/** Mounts at the budgets directory itself or at the file (a volume there is meant for budgets). */
function budgetsMounts(mounts: Mount[], dir: string): Mount[] {
  const base = mountPoint(dir);
  return mounts.filter((mount) => {
    const at = mountPoint(mount.mountPath);
    return at === base || at === `${base}/${BUDGETS_CONFIG_KEY}`;
  });
}

/** Where a mount or directory is, as the runtime resolves it: `/app//config/` is `/app/config`. */
function mountPoint(path: string): string {
  return posix.normalize(path).replace(/(.)\/+$/, "$1");
}

/**
 * The path inside the mounted volume (after its subPath) at which `target` lies, when the mount
 * holds it: "" for a mount at the target itself, undefined for one elsewhere.
 */
function pathUnder(mount: Mount, target: string): string | undefined {
  const at = mountPoint(mount.mountPath);
  if (at === target) return "";
  const prefix = at === "/" ? "/" : `${at}/`;
  return target.startsWith(prefix) ? target.slice(prefix.length) : undefined;
}

/**
 * Whether each budgets file reaches `dir`/budgets-config.yaml: a mount there (of the directory, or
 * of the file with a subPath) of a volume that shows the file's ConfigMap, with the key at the path
 * the mount takes (a volume shows each key under its name, or where its `items` put it).
 */
export function checkWiring(configs: BudgetsConfig[], mounts: Mount[], volumes: Volume[], dir: string): WiringIssue[] {
  const issues: WiringIssue[] = [];
  const relevant = budgetsMounts(mounts, dir);
  const target = `${mountPoint(dir)}/${BUDGETS_CONFIG_KEY}`;
  // The mount that holds the file's path: the deepest one, which covers those above it (a mount above the
  // directory counts too: its volume's items may put the file there).
  const candidates = mounts.flatMap((mount) => {
    const under = pathUnder(mount, target);
    return under === undefined ? [] : [{ mount, under }];
  });
  // In each container: a sidecar's mounts do not cover the API container's.
  const depth = (under: string) => (under === "" ? 0 : under.split("/").length);
  const deepest = new Map<PodContainer | undefined, number>();
  for (const { mount, under } of candidates) deepest.set(mount.container, Math.min(deepest.get(mount.container) ?? Infinity, depth(under)));
  const holding = candidates.filter(({ mount, under }) => depth(under) === deepest.get(mount.container));
  let misrouted: { volume: Volume; shown: ShownConfigMap }[] | undefined;
  for (const config of configs) {
    if (!config.configMap) continue;
    const { name, key } = config.configMap;
    let wired = false;
    for (const { mount, under } of holding) {
      for (const volume of volumes) {
        if (volume.name !== mount.name) continue;
        const shown = volume.configMaps.find((configMap) => configMap.name === name);
        if (!shown) continue;
        wired = true;
        // Where the volume has the key: its own name, or each path its items give it (the kubelet writes them all).
        const files = shown.items ? shown.items.filter((item) => item.key === key).map((item) => clean(item.path)) : [key];
        const onDirectory = under !== "";
        // The path inside the volume that CodeMie's file is.
        const read = onDirectory ? (mount.subPath ? clean(`${mount.subPath}/${under}`) : under) : mount.subPath && clean(mount.subPath);
        if (read !== undefined && files.includes(read)) continue;
        const file = files[0];
        const kind = read === undefined ? "wholeVolume" : onDirectory ? "notInDirectory" : "subPathMismatch";
        issues.push({ kind, mount, volume, shown, config, file, target });
      }
    }
    if (wired) continue;
    misrouted ??= misroutedVolumes(configs, relevant, volumes);
    if (misrouted.length > 0) for (const { volume, shown } of misrouted) issues.push({ kind: "volumeOtherConfigMap", volume, shown, config });
    else issues.push({ kind: "notMounted", config, dir });
  }
  for (const mount of relevant) {
    if (!volumes.some((volume) => volume.name === mount.name)) issues.push({ kind: "mountWithoutVolume", mount });
  }
  return issues;
}

/** A path inside a volume as the kubelet writes it: `./a//b/` is `a/b`. */
function clean(path: string): string {
  return posix.normalize(path).replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}

/** ConfigMaps behind the budgets mounts that hold no budgets file: a volume of another budgets ConfigMap is that file's mount, not a wrong one. */
function misroutedVolumes(configs: BudgetsConfig[], relevant: Mount[], volumes: Volume[]): { volume: Volume; shown: ShownConfigMap }[] {
  let budgetMaps = budgetMapsOf.get(configs);
  if (!budgetMaps) budgetMapsOf.set(configs, (budgetMaps = new Set(configs.map((config) => config.configMap?.name))));
  const misrouted: { volume: Volume; shown: ShownConfigMap }[] = [];
  for (const mount of relevant) {
    for (const volume of volumes) {
      if (volume.name !== mount.name) continue;
      for (const shown of volume.configMaps) if (!budgetMaps.has(shown.name)) misrouted.push({ volume, shown });
    }
  }
  return misrouted;
}

/** The ConfigMap names of a list of budgets files, made once per list (a manifest's workloads are checked against the same list). */
const budgetMapsOf = new WeakMap<BudgetsConfig[], Set<string | undefined>>();

/** Mounts and volumes from the values' `extraVolumeMounts` / `extraVolumes` strings (or lists). */
export function valuesMountsAndVolumes(values: ValuesModel): { mounts: Mount[]; volumes: Volume[] } {
  const mounts: Mount[] = [];
  const volumes: Volume[] = [];
  const maps = [values.root, ...[...values.root.entries.values()].filter((child) => child.kind === "map")];
  for (const map of maps) {
    if (map.kind !== "map") continue;
    for (const item of listOf(map.entries.get("extraVolumeMounts"))) {
      const mount = mountOf(item);
      if (mount) mounts.push(mount);
    }
    for (const item of listOf(map.entries.get("extraVolumes"))) {
      const volume = volumeOf(item);
      if (volume) volumes.push(volume);
    }
  }
  return { mounts, volumes };
}

/** A list node, or the list inside a YAML string (the chart renders these strings with `tpl`). */
function listOf(node: VNode | undefined): VNode[] {
  if (!node) return [];
  if (node.kind === "seq") return node.items;
  const tree = embeddedTree(node);
  return tree?.kind === "seq" ? tree.items : [];
}


function text(node: VNode | undefined): string | undefined {
  return node?.kind === "scalar" && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function mountOf(item: VNode): Mount | undefined {
  if (item.kind !== "map") return undefined;
  const name = text(item.entries.get("name"));
  const mountPath = text(item.entries.get("mountPath"));
  if (!name || !mountPath) return undefined;
  return { name, mountPath, subPath: text(item.entries.get("subPath")), at: item.origin, nameAt: item.entries.get("name")!.origin };
}

function volumeOf(item: VNode): Volume | undefined {
  if (item.kind !== "map") return undefined;
  const name = text(item.entries.get("name"));
  if (!name) return undefined;
  const configMaps: ShownConfigMap[] = [];
  const add = (source: VNode | undefined) => {
    const configMapName = source?.kind === "map" ? source.entries.get("name") : undefined;
    const shownName = text(configMapName);
    if (source?.kind === "map" && shownName) configMaps.push({ name: shownName, items: itemsOf(toJS(source.entries.get("items"))), at: configMapName!.origin });
  };
  add(item.entries.get("configMap"));
  const projected = item.entries.get("projected");
  const sources = projected?.kind === "map" ? projected.entries.get("sources") : undefined;
  if (sources?.kind === "seq") for (const source of sources.items) add(source.kind === "map" ? source.entries.get("configMap") : undefined);
  return { name, configMaps, at: item.origin };
}

/** Per workload of the manifests, one at a time: its mounts (all containers) and volumes. */
export function* manifestMountsAndVolumes(manifests: ManifestModel): Generator<{ mounts: Mount[]; volumes: Volume[] }> {
  for (const { source, pod } of manifests.objects) {
    if (!pod) continue;
    const mounts: Mount[] = [];
    for (const container of pod.containers) for (const mount of container.volumeMounts) mounts.push(new ManifestMount(source, container, mount));
    yield { mounts, volumes: pod.volumes.map((volume) => new ManifestVolume(source, pod.specPath, volume)) };
  }
}

// Places are made when a finding asks for them (thousands of workloads, few findings), by getters
// on a class: an object literal with getters costs several times as much to make.
class ManifestMount implements Mount {
  readonly name: string;
  readonly mountPath: string;
  readonly subPath: string | undefined;
  private readonly source: SourceHandle;
  readonly container: PodContainer;
  private readonly index: number;

  constructor(source: SourceHandle, container: PodContainer, { name, mountPath, subPath, index }: PodMount) {
    this.name = name;
    this.mountPath = mountPath;
    this.subPath = subPath;
    this.source = source;
    this.container = container;
    this.index = index;
  }

  get at(): NodeRef {
    return { source: this.source, path: this.container.path.concat("volumeMounts", this.index) };
  }

  get nameAt(): NodeRef {
    return { source: this.source, path: this.container.path.concat("volumeMounts", this.index, "name") };
  }
}

class ManifestVolume implements Volume {
  readonly name: string;
  readonly configMaps: ShownConfigMap[];
  private readonly source: SourceHandle;
  private readonly specPath: YamlPath;
  private readonly index: number;

  constructor(source: SourceHandle, specPath: YamlPath, { name, configMaps, index }: PodVolume) {
    this.name = name;
    this.source = source;
    this.specPath = specPath;
    this.index = index;
    this.configMaps = configMaps.map((configMap) => new ManifestShownConfigMap(source, specPath.concat("volumes", index), configMap));
  }

  get at(): NodeRef {
    return { source: this.source, path: this.specPath.concat("volumes", this.index) };
  }
}

class ManifestShownConfigMap implements ShownConfigMap {
  readonly name: string;
  readonly items: ShownConfigMap["items"];
  private readonly source: SourceHandle;
  private readonly volumePath: YamlPath;
  private readonly path: YamlPath;

  constructor(source: SourceHandle, volumePath: YamlPath, { name, items, path }: VolumeConfigMap) {
    this.name = name;
    this.items = items;
    this.source = source;
    this.volumePath = volumePath;
    this.path = path;
  }

  get at(): NodeRef {
    return { source: this.source, path: this.volumePath.concat(this.path, "name") };
  }
}
