/** The CLI's --chart and cluster flags turned into engine inputs (kept apart from run.ts, which only calls this). */
import { prepareChart, renderOverLayers, type HelmStarted } from "../io/helm.ts";
import type { InputSizes } from "../io/files.ts";
import { prepareCluster } from "../io/cluster.ts";
import type { LintRequest } from "../engine/engine.ts";
import type { SetInput, TextInput } from "../inputs/values.ts";
import type { HelmMajor } from "../core/types.ts";
import { chartFlagsOf, type LintArgs } from "./lint-args.ts";

export interface ChartClusterSetup {
  /** The chart's rendering, linted as a manifest input. */
  rendered?: TextInput;
  /** The major version of the helm that rendered --chart. */
  helmMajor?: HelmMajor;
  /** From --master-key-secret: replaces LITELLM_MASTER_KEY for the live checks; never printed. */
  masterKey?: string;
  request: Pick<LintRequest, "chart" | "deployed" | "external">;
}

/** The chart rendered again over values layers that --fix changed (or would change: a dry run). */
export async function renderAgain(flags: LintArgs["values"], valuesPaths: string[], before: readonly TextInput[], after: readonly TextInput[], sets: SetInput[], io: { cwd: string; env: NodeJS.ProcessEnv }, sizes: InputSizes): Promise<TextInput | undefined> {
  return renderOverLayers({ ...chartFlagsOf(flags), sizes }, valuesPaths, before, after, sets, io);
}

export async function chartAndCluster(
  flags: LintArgs["values"],
  valuesPaths: string[],
  sets: SetInput[],
  io: { cwd: string; env: NodeJS.ProcessEnv; stderr: NodeJS.WritableStream },
  liveWanted: boolean,
  /** The run's size limits, for the chart's files. */
  sizes: InputSizes,
  /** helm started for this run before the linter loaded (see early-helm.ts). */
  helmStarted?: HelmStarted,
): Promise<ChartClusterSetup> {
  const clusterFlags = {
    kubeconfig: flags.kubeconfig,
    kubeContext: flags["kube-context"],
    kubeTimeout: flags["kube-timeout"],
    namespace: flags.namespace,
    compareRelease: flags["compare-release"],
    masterKeySecret: flags["master-key-secret"],
  };
  const cluster = await prepareCluster(clusterFlags, io, liveWanted, (line) => io.stderr.write(`litellm-preflight: ${line}\n`)).catch((error: unknown) => {
    helmStarted?.stop();
    throw error;
  });
  // helm renders in the namespace the cluster is read in (the context's, without -n), as helm install would.
  const namespace = flags.namespace ?? cluster.namespace;
  const chart = await prepareChart({ ...chartFlagsOf(flags), ...(namespace ? { namespace } : {}), sizes }, valuesPaths, sets, io, helmStarted);
  const setup: ChartClusterSetup = { request: {} };
  if (chart.rendered) setup.rendered = chart.rendered;
  if (chart.helmMajor) setup.helmMajor = chart.helmMajor;
  if (chart.chart) setup.request.chart = chart.chart;
  if (cluster.deployed) setup.request.deployed = cluster.deployed;
  if (cluster.external) setup.request.external = cluster.external;
  if (cluster.masterKey !== undefined) setup.masterKey = cluster.masterKey;
  return setup;
}
