/**
 * litellm-preflight against real helm 3 and helm 4 (test/support/helm-differential.ts). `npm test`
 * runs a deterministic sample; `npm run test:helm` (HELM_DIFFERENTIAL=all) runs every generated case
 * and prints how many agree per helm version.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildChartModel } from "../../src/chart/model.ts";
import { loadValues } from "../../src/inputs/values.ts";
import { toJS } from "../../src/yaml/vnode.ts";
import type { HelmMajor } from "../../tools/helm.ts";
import { compareCase, ENV_CHART, JSON_AND_FILE_ARGS, LITERAL_ARGS, SET_ARGS, generateCases, sample, unexplained, type DiffCase, type Difference, type KnownDifference, type OurValues, idsOf } from "../support/helm-differential.ts";

const ALL = process.env.HELM_DIFFERENTIAL === "all";
// 400 cases over -f, --set and --set-string, 100 that add --set-json and --set-file, 40 that add --set-literal.
const CASES = [...generateCases(400), ...generateCases(100, 1212, [...SET_ARGS, ...JSON_AND_FILE_ARGS], "flags"), ...generateCases(40, 1313, [...SET_ARGS, ...LITERAL_ARGS], "literal")];
const RUN = ALL ? CASES : sample(CASES, 24);
const CHART_DEFAULTS = readFileSync(join(ENV_CHART, "values.yaml"), "utf8");

/** Differences that stay, each with its reason. */
const KNOWN: KnownDifference[] = [
  {
    reason:
      "values-only: the test chart's `api` workload (map-style `api.env`, off unless `api.enabled: true`) is no CodeMie workload; without the chart nothing says whether it is rendered, or that the main workload beside it runs with the default id (with --chart the rendering says so, and the chart-ids aspect agrees)",
    aspects: ["ids"],
    applies: (c, _major, d) => {
      const { helm, ours } = idsOf(d);
      const text = [...c.files, ...c.sets.map((set) => set.arg)].join("\n");
      return /\bapi\b/.test(text) && [...helm].every((id) => id === "default" || ours.has(id));
    },
  },
  {
    reason: "values-only: a budget id written as a template inside an extraObjects string item is known only to the rendering (with --chart the chart-ids aspect agrees)",
    aspects: ["ids"],
    applies: (c, _major, d) => {
      const { ours } = idsOf(d);
      return c.files.some((text) => /extraObjects:\r?\n {2}- \|/.test(text)) && [...ours].some((id) => id.includes("{{"));
    },
  },
];

const ourValues: OurValues = (c, major, chartDefaults) => {
  try {
    const files = c.files.map((text, i) => ({ name: `values-${i}.yaml`, text }));
    // --set-file names the case's own values files (the CLI reads them; here they are at hand).
    const texts = Object.fromEntries(c.files.map((text, i) => [`values-${i}.yaml`, text]));
    const sets = c.sets.map((set, index) => ({ ...set, index, ...(set.flag === "--set-file" ? { files: texts } : {}) }));
    const values = loadValues(files, sets, undefined, major);
    if (values.problems.some((problem) => problem.kind === "syntax")) return { ok: false, why: values.problems[0]!.message };
    if (chartDefaults === undefined) return { ok: true, values: toJS(values.root) };
    const chart = buildChartModel({ name: "budget-env", values: { name: "values.yaml", text: chartDefaults } }, values, undefined, major);
    return { ok: true, values: toJS(chart.coalesced.root) };
  } catch (error) {
    return { ok: false, why: (error as Error).message };
  }
};

/** The classes of issue 12 §2, one case each: helm and the CLI must agree on every aspect. */
const env = (value: string, name = "LITELLM_BUDGET_ID") => `extraEnv:\n  - name: ${name}\n    value: ${value}\n`;
const REGRESSIONS: DiffCase[] = [
  { name: "1: a date stays the string helm renders", files: [env("2024-01-01")], sets: [] },
  { name: "1: 1:20 stays a string (not sexagesimal 80)", files: [env("1:20")], sets: [] },
  { name: "1: 0o7 and 0x10 are numbers, on is true", files: [`${env("0o7")}scalars: {a: 0x10, b: on, c: y, d: 010, e: 1_000}\n`], sets: [] },
  { name: "1: .inf fails in helm", files: [`${env("team-a")}limit: .inf\n`], sets: [] },
  { name: "1: .nan fails in helm", files: ["ratio: .nan\n"], sets: [] },
  { name: "1: a null: key fails in helm", files: ["null: x\nother: 1\n"], sets: [] },
  { name: "1: a list or a map as a key fails in helm", files: ["? [a, b]\n: c\n? {k: v}\n: d\nextraEnv: []\n"], sets: [] },
  { name: "1: BOM and CRLF", files: [`\ufeff${env("team-a")}`.replace(/\n/g, "\r\n")], sets: [] },
  { name: "2: --set under a null from a file fails", files: ["dsPool: null\n"], sets: [{ flag: "--set", arg: "dsPool.enabled=true" }] },
  { name: "3: --set over the user's values only, not the chart's defaults", files: [env("team-a")], sets: [{ flag: "--set", arg: "config.level=debug" }] },
  { name: "4: --set past the end of the env list, value empty", files: [env("team-a")], sets: [{ flag: "--set", arg: "extraEnv[5].value=" }] },
  { name: "4: --set past the end of the env list, with a value", files: [env("team-a")], sets: [{ flag: "--set", arg: "extraEnv[5].value=late" }] },
  { name: "5: no value gives the pod an empty id", files: ["extraEnv:\n  - name: LITELLM_BUDGET_ID\n"], sets: [] },
  { name: "5: value null gives the pod an empty id", files: [env("null")], sets: [] },
  { name: "5: a nameless item is skipped, the list still merged", files: [`${env("team-a")}customEnv:\n  - value: nameless\n  - name: LITELLM_BUDGET_ID\n    value: team-b\n`], sets: [] },
  { name: "8: several documents: helm 3 reads the first, helm 4 merges them", files: [`${env("first")}---\n${env("second")}other: 1\n`], sets: [] },
  { name: "14: a map as env value", files: [env("{nested: 1}")], sets: [] },
  { name: "tags: !!binary is its decoded text, !!timestamp its text, !!float 1 a number", files: [`${env("!!binary aGVsbG8=")}tagged: {b: !!timestamp 2024-01-01, c: !!str 12, d: !!int "7", e: !!float 1, g: !!binary /w==}\n`], sets: [] },
  {
    name: "a merge key applies in the mapping's order: it overrides the keys before it",
    files: ["base: &b\n  name: LITELLM_BUDGET_ID\n  value: from-anchor\nextraEnv:\n  - value: explicit-before\n    <<: *b\n  - <<: *b\n    name: OTHER\n"],
    sets: [],
  },
  { name: "of a list of merged maps the first wins; a later merge key wins over an earlier", files: ["a: &a {value: from-a}\nb: &b {name: LITELLM_BUDGET_ID, value: from-b}\nextraEnv:\n  - <<: [*a, *b]\n  - <<: *a\n    <<: *b\n    name: SECOND\n"], sets: [] },
  { name: "15: --set a=null stays null where the chart has no default", files: ["a: 1\n"], sets: [{ flag: "--set", arg: "a=null,b=null" }] },
  { name: "15: a null from a file deletes the chart's default, stays elsewhere", files: ["config: null\nextra: null\n"], sets: [] },
  { name: "helm 4 ignores an unclosed index, helm 3 fails", files: ["a: 1\n"], sets: [{ flag: "--set", arg: "x=1,a[0" }] },
  {
    name: "helm 4 merges a --set-json JSON object (maps into maps), helm 3 fails",
    files: [`${env("team-a")}config: {level: info, keep: 1}\n`],
    sets: [{ flag: "--set-json", arg: ' {"extraEnv":[{"name":"LITELLM_BUDGET_ID","value":"json-obj"}],"config":{"level":"debug"},"dsPool":{}} ' }, { flag: "--set", arg: "config.extra=set" }],
  },
  ...JSON_AND_FILE_ARGS.map(([flag, arg]) => ({ name: `${flag} ${arg}`, files: [env("team-a")], sets: [{ flag, arg }, { flag: "--set" as const, arg: "extraEnv[0].value=after-json" }] })),
  // Written first, applied last: the literal wins over the --set after it. (The `api` workload differs values-only, as KNOWN says.)
  ...LITERAL_ARGS.filter(([, arg]) => !arg.startsWith("api.")).map(([flag, arg]) => ({ name: `${flag} ${arg}`, files: [env("team-a")], sets: [{ flag, arg }, { flag: "--set" as const, arg: "extraEnv[0].value=set-after" }] })),
];

describe.each([3, 4] as const)("issue 12 classes against real helm %i", (major: HelmMajor) => {
  it.each(REGRESSIONS.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    expect(await compareCase(c, major, ourValues, CHART_DEFAULTS)).toEqual([]);
  });
});

describe.each([3, 4] as const)("differential against real helm %i", (major: HelmMajor) => {
  it(`agrees on ${RUN.length} generated cases (or the difference is known)`, { timeout: ALL ? 900_000 : 120_000 }, async () => {
    const failures: { name: string; case: DiffCase; differences: Difference[] }[] = [];
    let agree = 0;
    let agreeOrKnown = 0;
    const agreeByPrefix = new Map<string, number>();
    const explained = new Map<string, number>();
    for (let i = 0; i < RUN.length; i += 4) {
      const batch = RUN.slice(i, i + 4);
      const results = await Promise.all(batch.map((c) => compareCase(c, major, ourValues, CHART_DEFAULTS)));
      batch.forEach((c, j) => {
        const differences = results[j]!;
        if (differences.length === 0) {
          agree++;
          const prefix = c.name.replace(/-\d+$/, "");
          agreeByPrefix.set(prefix, (agreeByPrefix.get(prefix) ?? 0) + 1);
        }
        const left = unexplained(c, major, differences, KNOWN, explained);
        if (left.length === 0) agreeOrKnown++;
        else failures.push({ name: c.name, case: c, differences: left });
      });
    }
    if (ALL || process.env.HELM_DIFFERENTIAL_REPORT) {
      console.log(`helm ${major}: ${RUN.length} cases, ${agree} agree on every aspect, ${agreeOrKnown} agree or differ only as documented`);
      console.log(`helm ${major}: agree on every aspect by group`, Object.fromEntries(agreeByPrefix));
      const byAspect = new Map<string, number>();
      for (const failure of failures) for (const d of failure.differences) byAspect.set(d.aspect, (byAspect.get(d.aspect) ?? 0) + 1);
      console.log(`helm ${major}: unexplained by aspect`, Object.fromEntries(byAspect));
      console.log(`helm ${major}: documented differences (aspects) by reason`, Object.fromEntries(explained));
      if (process.env.HELM_DIFFERENTIAL_DUMP) console.log(JSON.stringify(failures, null, 1));
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
