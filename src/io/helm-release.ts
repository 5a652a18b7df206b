/**
 * Helm 3 release records, as the Secrets driver (the default) and the ConfigMaps driver
 * (`HELM_DRIVER=configmap`) store them: an object `sh.helm.release.v1.NAME.vN` with labels owner=helm,
 * name, status, version (Secrets also have type `helm.sh/release.v1`), whose `data.release` is
 * base64(gzip(JSON)) (helm/helm pkg/storage/driver/util.go encodeRelease). The API returns Secret
 * data base64-encoded once more; the client undoes that, so records here hold Helm's text.
 */
import { gunzipSync } from "node:zlib";
import { UsageError } from "../core/errors.ts";

export const RELEASE_SECRET_TYPE = "helm.sh/release.v1";
/** Releases beyond this size (decompressed) are refused rather than read into memory. */
const MAX_RELEASE_BYTES = 64 * 1024 * 1024;

export type HelmDriver = "secret" | "configmap";

export interface ReleaseRecord {
  name: string;
  labels: Record<string, string>;
  /** The Secret's type; ConfigMaps have none. */
  type: string | undefined;
  /** `data.release`: Helm's base64 of gzip JSON. */
  release: string | undefined;
}

export interface DecodedRelease {
  name: string;
  namespace: string;
  version: number;
  status: string;
  manifest: string;
}

/** Helm's storage driver, from HELM_DRIVER as helm reads it; drivers outside the cluster's objects are refused. */
export function helmDriver(env: NodeJS.ProcessEnv): HelmDriver {
  const value = env.HELM_DRIVER ?? "";
  if (value === "" || value === "secret" || value === "secrets") return "secret";
  if (value === "configmap" || value === "configmaps") return "configmap";
  throw new UsageError(`--compare-release reads releases stored as Secrets or ConfigMaps, not HELM_DRIVER=${value}`);
}

export function decodeRelease(helmText: string): DecodedRelease {
  let bytes = Buffer.from(helmText, "base64");
  // Releases stored before Helm compressed them are plain JSON (decodeRelease checks the same magic).
  if (bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08) bytes = gunzipSync(bytes, { maxOutputLength: MAX_RELEASE_BYTES });
  const json = JSON.parse(bytes.toString("utf8")) as { name?: unknown; namespace?: unknown; version?: unknown; manifest?: unknown; info?: { status?: unknown } };
  return {
    name: typeof json.name === "string" ? json.name : "",
    namespace: typeof json.namespace === "string" ? json.namespace : "",
    version: typeof json.version === "number" ? json.version : 0,
    status: typeof json.info?.status === "string" ? json.info.status : "",
    manifest: typeof json.manifest === "string" ? json.manifest : "",
  };
}

/** The newest release record (highest version label); a Secret must be of Helm's type. */
export function newestRelease(records: ReleaseRecord[], release: string): ReleaseRecord | undefined {
  const prefix = `sh.helm.release.v1.${release}.v`;
  const candidates = records.filter((record) => (record.type === undefined || record.type === RELEASE_SECRET_TYPE) && record.name.startsWith(prefix) && record.release);
  const version = (record: ReleaseRecord): number => Number(record.labels.version ?? record.name.slice(prefix.length)) || 0;
  return candidates.sort((a, b) => version(b) - version(a))[0];
}
