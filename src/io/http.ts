/**
 * The HTTP transport of the live checks: one injected function (tests may pass their own), and a
 * default built on undici that is imported lazily, so the offline CLI path never loads it.
 *
 * The default transport verifies TLS with Node's CA store (NODE_EXTRA_CA_CERTS is honoured by
 * Node itself), routes through HTTP(S)_PROXY / NO_PROXY via undici's EnvHttpProxyAgent, never
 * follows redirects, and stops reading a body that grows past `maxBytes`.
 */

export interface HttpRequest {
  method: "GET" | "POST";
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** Aborts the request (the live phase's overall deadline). */
  signal: AbortSignal;
  /** A body larger than this is not read (TransportError "too-large"). */
  maxBytes: number;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names, first value only. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export type HttpFunction = (request: HttpRequest) => Promise<HttpResponse>;

export interface HttpTransport {
  request: HttpFunction;
  close(): Promise<void>;
}

export type TransportErrorKind = "refused" | "dns" | "tls" | "timeout" | "reset" | "too-large" | "network";

/** A request that got no usable HTTP answer. The message is ours, never the library's or the server's. */
export class TransportError extends Error {
  override name = "TransportError";
  readonly kind: TransportErrorKind;
  /** A system or library error code (ECONNREFUSED, UND_ERR_SOCKET…), safe to show. */
  readonly code: string | undefined;
  /** Worth another attempt (connection-level failures). */
  readonly retryable: boolean;
  constructor(kind: TransportErrorKind, message: string, code?: string, retryable = false) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.retryable = retryable;
  }
}

/** Proxy settings taken from the adapter's environment (never from linted files). */
export interface ProxyEnv {
  HTTP_PROXY?: string | undefined;
  http_proxy?: string | undefined;
  HTTPS_PROXY?: string | undefined;
  https_proxy?: string | undefined;
  NO_PROXY?: string | undefined;
  no_proxy?: string | undefined;
}

/** undici, loaded when a run needs it: bundled builds may expose the CommonJS module only as `default`. */
export async function loadUndici(): Promise<typeof import("undici")> {
  const loaded = (await import("undici")) as typeof import("undici") & { default?: typeof import("undici") };
  return loaded.Agent ? loaded : (loaded.default ?? loaded);
}

export async function createUndiciTransport(env: ProxyEnv = {}): Promise<HttpTransport> {
  const { EnvHttpProxyAgent } = await loadUndici();
  // Explicit values (an empty string means "none") so that only the injected env decides.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? "",
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? "",
    noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
    connect: { rejectUnauthorized: true },
  });

  const request: HttpFunction = async ({ method, url, headers, body, signal, maxBytes }) => {
    if (signal.aborted) throw new TransportError("timeout", "the live-check deadline passed before the request was sent");
    let response;
    try {
      response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        body: body ?? null,
        signal,
      });
    } catch (error) {
      throw classify(error, signal);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw new TransportError("too-large", `the answer is larger than ${formatBytes(maxBytes)} (Content-Length ${formatBytes(declared)})`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) {
          response.body.destroy();
          throw new TransportError("too-large", `the answer is larger than ${formatBytes(maxBytes)}; stopped reading`);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof TransportError) throw error;
      throw classify(error, signal);
    }
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      flat[name.toLowerCase()] = Array.isArray(value) ? (value[0] ?? "") : value;
    }
    return { status: response.statusCode, headers: flat, body: Buffer.concat(chunks) };
  };

  return { request, close: () => dispatcher.destroy() };
}

const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "HOSTNAME_MISMATCH",
  "EPROTO",
]);

/** Maps a library error to a TransportError without copying its text (it may hold a URL). */
export function classify(error: unknown, signal?: AbortSignal): TransportError {
  if (signal?.aborted) return new TransportError("timeout", "no complete answer before the live-check deadline");
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const record = current as { code?: unknown; name?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === "string") codes.push(record.code);
    if (typeof record.name === "string" && (record.name === "AbortError" || record.name === "TimeoutError")) codes.push(record.name);
    // AggregateError (happy eyeballs): look at the first inner error too.
    current = record.cause ?? (Array.isArray(record.errors) ? record.errors[0] : undefined);
  }
  const code = codes.find((c) => c !== "UND_ERR_CONNECT" && c !== "UND_ERR") ?? codes[0];
  const shown = code && /^[A-Z0-9_]{2,40}$/.test(code) ? code : undefined;
  const has = (...wanted: string[]) => codes.some((c) => wanted.includes(c));
  if (has("ECONNREFUSED")) return new TransportError("refused", "connection refused", shown, true);
  if (has("ENOTFOUND", "EAI_NONAME", "EAI_NODATA", "EAI_FAIL")) return new TransportError("dns", "the host name does not resolve (DNS)", shown);
  if (has("EAI_AGAIN")) return new TransportError("dns", "the host name could not be resolved (temporary DNS failure)", shown, true);
  if (codes.some((c) => TLS_CODES.has(c) || c.startsWith("ERR_TLS") || c.startsWith("ERR_SSL") || c.includes("CERT"))) {
    return new TransportError("tls", "the TLS connection failed (certificate not trusted or TLS error; set NODE_EXTRA_CA_CERTS for a private CA)", shown);
  }
  if (has("AbortError", "TimeoutError", "UND_ERR_ABORTED", "ABORT_ERR")) return new TransportError("timeout", "no complete answer before the live-check deadline", shown);
  if (has("UND_ERR_CONNECT_TIMEOUT", "ETIMEDOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT")) return new TransportError("timeout", "the connection timed out", shown, true);
  if (has("ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_RES_CONTENT_LENGTH_MISMATCH", "ECONNABORTED")) {
    return new TransportError("reset", "the connection was closed before the answer was complete", shown, true);
  }
  if (has("EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "ENETDOWN")) return new TransportError("network", "the host is unreachable", shown, true);
  return new TransportError("network", "the request failed", shown, true);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
