/** The CLI's --chart and cluster flags turned into engine inputs (kept apart from run.ts, which only calls this). */
import { prepareChart } from "../io/helm.ts";
import { prepareCluster } from "../io/cluster.ts";
import type { LintRequest } from "../engine/engine.ts";
import type { SetInput, TextInput } from "../inputs/values.ts";
import type { HelmMajor } from "../core/types.ts";

type FlagValues = { readonly [name: string]: string | boolean | (string | boolean)[] | undefined };

export interface ChartClusterSetup {
  /** The chart's rendering, linted as a manifest input. */
  rendered?: TextInput;
  /** The major version of the helm that rendered --chart. */
  helmMajor?: HelmMajor;
  /** From --master-key-secret: replaces LITELLM_MASTER_KEY for the live checks; never printed. */
  masterKey?: string;
  request: Pick<LintRequest, "chart" | "deployed" | "external">;
}

export async function chartAndCluster(
  flags: FlagValues,
  valuesPaths: string[],
  sets: SetInput[],
  io: { cwd: string; env: NodeJS.ProcessEnv; stderr: NodeJS.WritableStream },
  liveWanted: boolean,
): Promise<ChartClusterSetup> {
  const text = (name: string): string | undefined => (typeof flags[name] === "string" ? (flags[name] as string) : undefined);
  const release = text("release") ?? text("compare-release");
  const chartFlags = { chart: text("chart"), release, namespace: text("namespace"), chartVersion: text("chart-version"), valuesSchema: text("values-schema"), chartValues: text("chart-values") };
  const clusterFlags = {
    kubeconfig: text("kubeconfig"),
    kubeContext: text("kube-context"),
    kubeTimeout: text("kube-timeout"),
    namespace: text("namespace"),
    compareRelease: text("compare-release"),
    masterKeySecret: text("master-key-secret"),
  };
  const chart = await prepareChart(chartFlags, valuesPaths, sets, io);
  const cluster = await prepareCluster(clusterFlags, io, liveWanted, (line) => io.stderr.write(`litellm-preflight: ${line}\n`));
  const setup: ChartClusterSetup = { request: {} };
  if (chart.rendered) setup.rendered = chart.rendered;
  if (chart.helmMajor) setup.helmMajor = chart.helmMajor;
  if (chart.chart) setup.request.chart = chart.chart;
  if (cluster.deployed) setup.request.deployed = cluster.deployed;
  if (cluster.external) setup.request.external = cluster.external;
  if (cluster.masterKey !== undefined) setup.masterKey = cluster.masterKey;
  return setup;
}
