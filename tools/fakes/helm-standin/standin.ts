/**
 * Plays a helm older than 3.16 (no --skip-schema-validation), which cannot be had offline: the
 * tests run the real helm 3.17.2 and 4.1.4 for everything else. Replays recorded `helm template`
 * runs of fixtures/charts/codemie-lite; each recording names the exact argument list helm received,
 * the rendering it printed and, for failures, helm's stderr. HELM_STANDIN_MODE selects a set of
 * recordings (default "helm-3.15"); HELM_STANDIN_LOG, when set, gets one JSON line per invocation.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface Recording {
  mode?: string;
  args: string[];
  stdout?: string;
  stderr?: string;
  code?: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const args = process.argv.slice(2);
const mode = process.env.HELM_STANDIN_MODE ?? "helm-3.15";
if (process.env.HELM_STANDIN_LOG) appendFileSync(process.env.HELM_STANDIN_LOG, `${JSON.stringify({ args, cwd: process.cwd(), mode })}\n`);

if (args[0] === "version") {
  process.stdout.write('version.BuildInfo{Version:"v3.15.4", GitCommit:"stand-in", GoVersion:"go1.23"}\n');
  process.exit(0);
}
const recordings = JSON.parse(readFileSync(join(here, "recordings.json"), "utf8")) as Recording[];
if (mode === "helm-3.15" && args.includes("--skip-schema-validation")) {
  process.stderr.write("Error: unknown flag: --skip-schema-validation\n");
  process.exit(1);
}
const wanted = args.filter((arg) => arg !== "--skip-schema-validation" || mode !== "helm-3.15");
const recording = recordings.find((candidate) => candidate.mode === mode && JSON.stringify(candidate.args) === JSON.stringify(wanted));
if (!recording) {
  process.stderr.write(`helm stand-in: no recording for mode ${mode} and arguments ${JSON.stringify(args)}\n`);
  process.exit(97);
}
if (recording.stdout) process.stdout.write(readFileSync(join(root, recording.stdout), "utf8"));
if (recording.stderr) process.stderr.write(recording.stderr);
process.exit(recording.code ?? 0);
