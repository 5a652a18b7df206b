/**
 * `lint --chart` starts helm before the linter loads (main.ts): `helm template` takes longer than
 * the rest of a lint's start, so it starts from what the command line says, and prepareChart
 * (src/io/helm.ts) takes it over when it would run the same, or stops it. Loads only the command
 * line's reader and the helm glue.
 */
import { chartFlagsOf, layersOf, parseLintArgs } from "./lint-args.ts";
import { helmInvocation, startRendering, type HelmStarted } from "../io/helm.ts";

/**
 * helm started for `lint ARGS…` in `cwd`, or undefined when the command line renders nothing, is
 * not valid (the run reports why), reads stdin, or helm is not on PATH.
 */
export function startHelmEarly(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): HelmStarted | undefined {
  try {
    const parsed = parseLintArgs(args);
    const flags = chartFlagsOf(parsed.values);
    // A run that reads stdin reads the files it names once stdin has ended (a pipeline may write
    // them meanwhile): helm must not read them sooner.
    if (!flags.chart || parsed.values.help || parsed.values.manifests?.includes("-")) return undefined;
    const { valuesPaths, sets } = layersOf(parsed);
    const { helm, args: helmArgs } = helmInvocation({ ...flags, chart: flags.chart }, valuesPaths, sets, { cwd, env });
    return helm ? startRendering(helm, helmArgs, { cwd, env }) : undefined;
  } catch {
    return undefined;
  }
}
