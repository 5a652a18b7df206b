/**
 * A small fake Kubernetes API server on loopback for tests: the parts of core/v1 litellm-preflight
 * reads (get ConfigMap, get Secret, list Secrets by label selector), bearer-token auth, per-resource
 * RBAC denials, and a "hang" mode that accepts connections and never answers. Every request is
 * recorded. Test code: never ship it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { selfSignedCertificate } from "../tls.ts";

export interface FakeSecret {
  data: Record<string, string>;
  type?: string;
  labels?: Record<string, string>;
}

export interface FakeKubeOptions {
  token: string;
  /** "namespace/name" → data. */
  configMaps?: Record<string, Record<string, string>>;
  /** "namespace/name" → labels of a ConfigMap (for list by label selector). */
  configMapLabels?: Record<string, Record<string, string>>;
  /** "namespace/name" → plain-text data (served base64-encoded, like the API). */
  secrets?: Record<string, FakeSecret>;
  /** "secrets:namespace" or "configmaps:namespace": every request there gets 403. */
  forbidden?: string[];
  /** Accept connections and never answer. */
  hang?: boolean;
  /** Answer every request 200 with an HTML page (an auth proxy's login page in front of the API). */
  html?: boolean;
  /** Answer every request 200 with a JSON body of this many bytes, streamed in chunks without a length. */
  hugeBodyBytes?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  labelSelector: string | null;
  authorized: boolean;
}

export interface FakeKube {
  url: string;
  /** PEM of the server's self-signed certificate (the kubeconfig's certificate authority). */
  ca: string;
  requests: RecordedRequest[];
  options: FakeKubeOptions;
  close(): Promise<void>;
}

export async function startFakeKube(options: FakeKubeOptions): Promise<FakeKube> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const tls = selfSignedCertificate();
  const server: Server = createServer({ cert: tls.cert, key: tls.key }, (request, response) => {
    if (options.hang) return; // never answer
    if (options.hugeBodyBytes !== undefined) {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let left = options.hugeBodyBytes;
      const more = (): void => {
        while (left > 0 && !response.destroyed) {
          left -= chunk.length;
          if (!response.write(left > 0 ? chunk : "{}")) return void response.once("drain", more);
        }
        response.end();
      };
      more();
      return;
    }
    if (options.html) {
      response.writeHead(200, { "content-type": "text/html" }).end("<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>\n");
      return;
    }
    handle(options, requests, request, response);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    ca: tls.cert,
    requests,
    options,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function handle(options: FakeKubeOptions, requests: RecordedRequest[], request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://fake");
  const authorized = request.headers.authorization === `Bearer ${options.token}`;
  requests.push({ method: request.method ?? "", path: url.pathname, labelSelector: url.searchParams.get("labelSelector"), authorized });
  if (!authorized) return status(response, 401, "Unauthorized", "Unauthorized");
  const match = /^\/api\/v1\/namespaces\/([^/]+)\/(configmaps|secrets)(?:\/([^/]+))?$/.exec(url.pathname);
  if (request.method !== "GET" || !match) return status(response, 404, "NotFound", `the server could not find the requested resource`);
  const [, namespace, resource, name] = match as unknown as [string, string, "configmaps" | "secrets", string | undefined];
  if (options.forbidden?.includes(`${resource}:${namespace}`)) {
    const verb = name ? "get" : "list";
    return status(response, 403, "Forbidden", `${resource} ${name ? `"${name}" ` : ""}is forbidden: User "system:serviceaccount:ci:preflight" cannot ${verb} resource "${resource}" in API group "" in the namespace "${namespace}"`);
  }
  if (resource === "configmaps" && name) {
    const data = options.configMaps?.[`${namespace}/${name}`];
    if (!data) return status(response, 404, "NotFound", `configmaps "${name}" not found`);
    return json(response, 200, { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace }, data });
  }
  if (resource === "secrets" && name) {
    const secret = options.secrets?.[`${namespace}/${name}`];
    if (!secret) return status(response, 404, "NotFound", `secrets "${name}" not found`);
    return json(response, 200, secretObject(namespace, name, secret));
  }
  if (resource === "configmaps") {
    const selector = parseSelector(url.searchParams.get("labelSelector"));
    const items = Object.entries(options.configMaps ?? {})
      .filter(([key]) => key.startsWith(`${namespace}/`) && Object.entries(selector).every(([label, value]) => options.configMapLabels?.[key]?.[label] === value))
      .map(([key, data]) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: key.slice(namespace.length + 1), namespace, labels: options.configMapLabels?.[key] ?? {} }, data }));
    return json(response, 200, { apiVersion: "v1", kind: "ConfigMapList", metadata: { resourceVersion: "1" }, items });
  }
  if (resource === "secrets") {
    const selector = parseSelector(url.searchParams.get("labelSelector"));
    const items = Object.entries(options.secrets ?? {})
      .filter(([key, secret]) => key.startsWith(`${namespace}/`) && Object.entries(selector).every(([label, value]) => secret.labels?.[label] === value))
      .map(([key, secret]) => secretObject(namespace, key.slice(namespace.length + 1), secret));
    return json(response, 200, { apiVersion: "v1", kind: "SecretList", metadata: { resourceVersion: "1" }, items });
  }
  return status(response, 404, "NotFound", "not found");
}

function secretObject(namespace: string, name: string, secret: FakeSecret): Record<string, unknown> {
  const data = Object.fromEntries(Object.entries(secret.data).map(([key, value]) => [key, Buffer.from(value, "latin1").toString("base64")]));
  return { apiVersion: "v1", kind: "Secret", metadata: { name, namespace, labels: secret.labels ?? {} }, type: secret.type ?? "Opaque", data };
}

function parseSelector(text: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? "").split(",")) {
    const [key, value] = part.split("=");
    if (key) out[key.trim()] = (value ?? "").trim();
  }
  return out;
}

function json(response: ServerResponse, code: number, body: unknown): void {
  response.writeHead(code, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function status(response: ServerResponse, code: number, reason: string, message: string): void {
  json(response, code, { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code });
}

/**
 * A Helm release record as the Secrets driver stores it. `data.release` is kept here as Helm's own
 * base64 text (the server base64-encodes Secret data once more, like the API).
 */
/** What Helm writes to `data.release` (helm/helm pkg/storage/driver/util.go encodeRelease): base64 of gzip JSON. */
export function encodeRelease(record: Record<string, unknown>): string {
  return gzipSync(Buffer.from(JSON.stringify(record))).toString("base64");
}

function releaseRecord(release: string, namespace: string, version: number, status: string, manifest: string): { key: string; labels: Record<string, string>; data: { release: string } } {
  const text = encodeRelease({ name: release, namespace, version, info: { status }, manifest, config: {}, chart: { metadata: { name: "codemie-lite" } } });
  return { key: `${namespace}/sh.helm.release.v1.${release}.v${version}`, labels: { owner: "helm", name: release, status, version: String(version) }, data: { release: text } };
}

/** A release as the Secrets driver stores it (the fake serves Secret data base64-encoded, like the API). */
export function helmReleaseSecret(release: string, namespace: string, version: number, status: string, manifest: string): [string, FakeSecret] {
  const { key, labels, data } = releaseRecord(release, namespace, version, status, manifest);
  return [key, { type: "helm.sh/release.v1", labels, data }];
}

/** Releases as the ConfigMaps driver (HELM_DRIVER=configmap) stores them, as FakeKubeOptions. */
export function helmReleaseConfigMaps(...records: [release: string, namespace: string, version: number, status: string, manifest: string][]): Pick<FakeKubeOptions, "configMaps" | "configMapLabels"> {
  const made = records.map((record) => releaseRecord(...record));
  return { configMaps: Object.fromEntries(made.map(({ key, data }) => [key, data])), configMapLabels: Object.fromEntries(made.map(({ key, labels }) => [key, labels])) };
}

/** A kubeconfig with contexts "fake" (current) and "other" pointing at `server`, token auth, the test CA. */
export function writeKubeconfig(path: string, server: string, token: string, ca: string, namespace = "codemie"): void {
  writeFileSync(
    path,
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      "  - name: fake",
      `    cluster: {server: "${server}", certificate-authority-data: ${Buffer.from(ca).toString("base64")}}`,
      "users:",
      "  - name: preflight",
      `    user: {token: "${token}"}`,
      "contexts:",
      "  - name: fake",
      `    context: {cluster: fake, user: preflight, namespace: ${namespace}}`,
      "  - name: other",
      "    context: {cluster: fake, user: preflight, namespace: other}",
      "current-context: fake",
      "",
    ].join("\n"),
  );
}
