/**
 * The values behind a rendered scalar that is not an env entry (a ConfigMap's `data` key, say): the
 * template line that writes the key names exactly one `.Values` path, and the coalesced value there
 * renders to the same text. A finding on the rendered copy then belongs at that values line.
 */
import type { NodeRef } from "../core/source.ts";
import type { YamlPath } from "../core/types.ts";
import { RenderedDocumentSource } from "../inputs/manifests.ts";
import type { ChartModel } from "./model.ts";
import { nodeAt } from "./schema.ts";

const VALUES_PATH = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;

/**
 * Where a template's `.Values` path is in the values: a subchart's `.Values` is its own section (helm
 * names its templates `<chart>/charts/<name or alias>/templates/…`, that section's key); globals are shared.
 */
export function scopedValuesPath(helmPath: string, path: YamlPath): YamlPath {
  if (path[0] === "global") return path;
  return [...[...helmPath.matchAll(/\/charts\/([^/]+)(?=\/)/g)].map((match) => match[1]!), ...path];
}

export function valuesBehindTemplate(chart: ChartModel, at: NodeRef): NodeRef | undefined {
  const source = at.source;
  if (!(source instanceof RenderedDocumentSource) || !source.template || at.offsets) return undefined;
  const full = source.prefix ? [...source.prefix, ...at.path] : at.path;
  const place = source.locate(at.path, "value");
  // The template must write this very key on that line (not a parent the rest comes from).
  if (place.path.length !== full.length) return undefined;
  const refs = new Set([...(source.templateLine(place.start.line) ?? "").matchAll(VALUES_PATH)].map((match) => match[1]!));
  if (refs.size !== 1) return undefined;
  const valuesPath = scopedValuesPath(source.helmPath, [...refs][0]!.slice(1).split("."));
  const node = nodeAt(chart.coalesced.root, valuesPath);
  if (node?.kind !== "scalar" || node.value === null) return undefined;
  const rendered = source.positioned().doc.getIn(full);
  if (rendered === undefined || rendered === null || typeof rendered === "object" || String(rendered) !== String(node.value)) return undefined;
  return { ...node.origin, ...(at.part ? { part: at.part } : {}) };
}
