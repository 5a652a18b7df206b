/**
 * Helm 3 release records as stored by the Secrets driver: Secret `sh.helm.release.v1.NAME.vN`,
 * type `helm.sh/release.v1`, labels owner=helm, name, status, version; `data.release` holds
 * base64(gzip(JSON)) (helm/helm pkg/storage/driver/util.go encodeRelease), which the API returns
 * base64-encoded once more, like any Secret data.
 */
import { gunzipSync } from "node:zlib";
import type { ReleaseSecret } from "./kube.ts";

export const RELEASE_SECRET_TYPE = "helm.sh/release.v1";
/** Releases beyond this size (decompressed) are refused rather than read into memory. */
const MAX_RELEASE_BYTES = 64 * 1024 * 1024;

export interface DecodedRelease {
  name: string;
  namespace: string;
  version: number;
  status: string;
  manifest: string;
}

export function decodeRelease(apiValue: string): DecodedRelease {
  const helmText = Buffer.from(apiValue, "base64").toString("latin1");
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

/** The newest release record (highest version label) of the right type. */
export function newestRelease(secrets: ReleaseSecret[], release: string): ReleaseSecret | undefined {
  const prefix = `sh.helm.release.v1.${release}.v`;
  const candidates = secrets.filter((secret) => secret.type === RELEASE_SECRET_TYPE && secret.name.startsWith(prefix) && secret.release);
  const version = (secret: ReleaseSecret): number => Number(secret.labels.version ?? secret.name.slice(prefix.length)) || 0;
  return candidates.sort((a, b) => version(b) - version(a))[0];
}

/** The inverse, for tests and fixtures: what the API returns for a release record. */
export function encodeReleaseForApi(record: Record<string, unknown>, gzip: (bytes: Buffer) => Buffer): string {
  const helmText = gzip(Buffer.from(JSON.stringify(record))).toString("base64");
  return Buffer.from(helmText, "latin1").toString("base64");
}
