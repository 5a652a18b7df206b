/**
 * The layer order, enforced: every import (static, type-only, re-export or dynamic) of the
 * project's own code points down the order below, peers on one level do not import each other,
 * and no file imports itself through a cycle. Each folder's main file opens with a comment naming
 * its layer and what it may import, checked against the same table.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.ts";

/** Bottom to top; folders on one level are peers. */
const LAYERS: readonly (readonly string[])[] = [
  ["src/core"],
  ["src/yaml"],
  ["src/kube"],
  ["src/inputs"],
  ["src/chart", "src/facts"],
  ["src/codemie", "src/litellm"],
  ["src/engine"],
  ["src/format", "src/io"],
  ["src/live"],
  ["rules"],
  ["src/cli", "src/action"],
  ["src/hook"],
  ["tools"],
  ["scripts"],
];

/** The file in each folder whose opening comment names the layer and what it may import. */
const MAIN_FILES: Record<string, string> = {
  "src/core": "src/core/types.ts",
  "src/yaml": "src/yaml/vnode.ts",
  "src/kube": "src/kube/env.ts",
  "src/inputs": "src/inputs/values.ts",
  "src/chart": "src/chart/model.ts",
  "src/facts": "src/facts/facts.ts",
  "src/codemie": "src/codemie/profile.ts",
  "src/litellm": "src/litellm/chart-values.ts",
  "src/engine": "src/engine/engine.ts",
  "src/format": "src/format/common.ts",
  "src/io": "src/io/files.ts",
  "src/live": "src/live/phase.ts",
  rules: "rules/registry.ts",
  "src/cli": "src/cli/run.ts",
  "src/action": "src/action/run.ts",
  "src/hook": "src/hook/run.ts",
};

interface Edge {
  from: string;
  to: string;
  line: number;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(["'])(\.{1,2}\/[^"']+)\1/gm;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir))) {
    const path = join(dir, entry);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (path.endsWith(".ts")) out.push(path);
  }
  return out;
}

/** Every relative import of the given files, as repository paths. */
function importEdges(files: readonly string[], read: (file: string) => string): Edge[] {
  const edges: Edge[] = [];
  for (const from of files) {
    const text = read(from);
    for (const match of text.matchAll(SPECIFIER)) {
      const to = relative(ROOT, resolve(ROOT, dirname(from), match[2]!));
      edges.push({ from, to, line: text.slice(0, match.index).split("\n").length });
    }
  }
  return edges;
}

/** The level of a file (index into LAYERS) and its folder; undefined for test/ and the unlisted. */
function layerOf(file: string, layers = LAYERS): { level: number; folder: string } | undefined {
  for (const [level, folders] of layers.entries()) {
    for (const folder of folders) if (file === folder || file.startsWith(`${folder}/`)) return { level, folder };
  }
  return undefined;
}

/** Imports that do not point down: to a higher level, or to a peer folder on the same level. */
function upwardImports(edges: readonly Edge[], layers = LAYERS): Edge[] {
  return edges.filter(({ from, to }) => {
    const source = layerOf(from, layers);
    if (!source) return false;
    if (to.startsWith("test/")) return true;
    const target = layerOf(to, layers);
    if (!target) return false;
    return target.level > source.level || (target.level === source.level && target.folder !== source.folder);
  });
}

/** Strongly connected components of more than one file (Tarjan), each sorted. */
function importCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

const PRODUCT = ["src", "rules", "scripts", "tools"].flatMap(sourceFiles);
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

describe("architecture", () => {
  const edges = importEdges(PRODUCT, read);

  it("reads the imports it judges (static, type-only, dynamic, re-exports)", () => {
    expect(edges.length).toBeGreaterThan(300);
    const fixture = importEdges(["src/x/a.ts"], () => 'import type { A } from "../core/a.ts";\nexport { B } from "./b.ts";\nconst c = await import("../io/c.ts");\nimport "./side.ts";\n');
    expect(fixture.map((edge) => edge.to)).toEqual(["src/core/a.ts", "src/x/b.ts", "src/io/c.ts", "src/x/side.ts"]);
  });

  it("puts every product file in a layer", () => {
    expect(PRODUCT.filter((file) => !layerOf(file))).toEqual([]);
  });

  it("has no import that points up the layer order or across peers", () => {
    const found = upwardImports(edges).map(({ from, to, line }) => `${from}:${line} → ${to}`);
    expect(found).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(importCycles(edges)).toEqual([]);
  });

  it("catches an upward import, a peer import and a cycle when there is one", () => {
    const bad: Edge[] = [
      { from: "src/core/a.ts", to: "src/engine/engine.ts", line: 1 },
      { from: "src/io/x.ts", to: "src/format/y.ts", line: 2 },
      { from: "src/live/a.ts", to: "src/live/b.ts", line: 3 },
      { from: "src/live/b.ts", to: "src/live/a.ts", line: 4 },
      { from: "src/engine/engine.ts", to: "src/core/a.ts", line: 5 },
    ];
    expect(upwardImports(bad).map((edge) => edge.line)).toEqual([1, 2]);
    expect(importCycles(bad)).toEqual([["src/core/a.ts", "src/engine/engine.ts"], ["src/live/a.ts", "src/live/b.ts"]]);
  });

  it("opens each folder's main file with its layer and what it may import", () => {
    const folders = LAYERS.flat().filter((folder) => folder.startsWith("src/") || folder === "rules");
    for (const folder of folders) {
      const main = MAIN_FILES[folder];
      expect(main, `no main file listed for ${folder}`).toBeDefined();
      const opening = read(main!).split("*/")[0]!.replace(/\s*\*\s*/g, " ");
      const name = folder.replace(/^src\//, "");
      const level = layerOf(folder)!.level;
      const below = LAYERS.slice(0, level).flat().map((lower) => lower.replace(/^src\//, ""));
      expect(opening, main).toContain(`Layer \`${name}\``);
      const allowed = /May import (nothing of ours|[^.]+)\./.exec(opening)?.[1];
      expect(allowed, `${main} does not say what it may import`).toBeDefined();
      const named = allowed === "nothing of ours" ? [] : allowed!.split(/,\s*|\s+and\s+/).map((part) => part.trim()).filter(Boolean);
      expect(named.sort(), main).toEqual(below.sort());
    }
  });
});
