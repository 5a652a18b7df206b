import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/io/http.ts
var TransportError = class extends Error {
  name = "TransportError";
  kind;
  /** A system or library error code (ECONNREFUSED, UND_ERR_SOCKET…), safe to show. */
  code;
  /** Worth another attempt (connection-level failures). */
  retryable;
  constructor(kind, message, code, retryable = false) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.retryable = retryable;
  }
};
async function loadUndici() {
  const loaded = await import("./undici-OBYI3BK5.js");
  return loaded.Agent ? loaded : loaded.default ?? loaded;
}
async function createUndiciTransport(env = {}) {
  const { EnvHttpProxyAgent } = await loadUndici();
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? "",
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? "",
    noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
    connect: { rejectUnauthorized: true }
  });
  const request = async ({ method, url, headers, body, signal, maxBytes }) => {
    if (signal.aborted) throw new TransportError("timeout", "the live-check deadline passed before the request was sent");
    let response;
    try {
      response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        body: body ?? null,
        signal
      });
    } catch (error) {
      throw classify(error, signal);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw new TransportError("too-large", `the answer is larger than ${formatBytes(maxBytes)} (Content-Length ${formatBytes(declared)})`);
    }
    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of response.body) {
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
    const flat = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === void 0) continue;
      flat[name.toLowerCase()] = Array.isArray(value) ? value[0] ?? "" : value;
    }
    return { status: response.statusCode, headers: flat, body: Buffer.concat(chunks) };
  };
  return { request, close: () => dispatcher.destroy() };
}
var TLS_CODES = /* @__PURE__ */ new Set([
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
  "EPROTO"
]);
function classify(error, signal) {
  if (signal?.aborted) return new TransportError("timeout", "no complete answer before the live-check deadline");
  const codes = [];
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const record = current;
    if (typeof record.code === "string") codes.push(record.code);
    if (typeof record.name === "string" && (record.name === "AbortError" || record.name === "TimeoutError")) codes.push(record.name);
    current = record.cause ?? (Array.isArray(record.errors) ? record.errors[0] : void 0);
  }
  const code = codes.find((c) => c !== "UND_ERR_CONNECT" && c !== "UND_ERR") ?? codes[0];
  const shown = code && /^[A-Z0-9_]{2,40}$/.test(code) ? code : void 0;
  const has = (...wanted) => codes.some((c) => wanted.includes(c));
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
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}

export {
  TransportError,
  loadUndici,
  createUndiciTransport
};
