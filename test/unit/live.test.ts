/** Small pure parts of the live checks: error shapes, readiness shapes, suggestions, scrubbing. */
import { describe, expect, it } from "vitest";
import { errorInfo } from "../../src/live/client.ts";
import { classify } from "../../src/io/http.ts";
import { sha256Hex } from "../../src/core/sha256.ts";
import { Scrubber } from "../../src/live/scrub.ts";
import { parseReadiness } from "../../src/live/shapes.ts";
import { closest, editDistance } from "../../src/core/suggest.ts";

describe("errorInfo", () => {
  it("reads the ProxyException envelope with a string or an int code", () => {
    expect(errorInfo({ error: { message: "Key not found in database", type: "not_found_error", param: "key", code: "404" } })).toMatchObject({ type: "not_found_error", notFound: true });
    expect(errorInfo({ error: { message: "Authentication Error, Key is blocked.", type: "auth_error", param: null, code: 401 } })).toMatchObject({ type: "auth_error", blocked: true });
  });

  it("reads FastAPI detail bodies: string, dict, list", () => {
    expect(errorInfo({ detail: "Not Found" })).toMatchObject({ routeMissing: true });
    expect(errorInfo({ detail: { error: "No db connected" } })).toMatchObject({ routeMissing: false, noDb: true });
    expect(errorInfo({ detail: [{ loc: ["body"], msg: "Field required", type: "missing" }] })).toMatchObject({ routeMissing: false });
  });

  it("keeps unknown error types out", () => {
    expect(errorInfo({ error: { type: "sk-secret-looking-type", message: "x" } }).type).toBeUndefined();
    expect(errorInfo("just a string")).toEqual({ routeMissing: false, blocked: false, notFound: false, noDb: false, unhealthy: false });
    expect(errorInfo({ detail: "Service Unhealthy (database unreachable)" }).unhealthy).toBe(true);
  });
});

describe("parseReadiness", () => {
  it("applies the portable db rule of every generation", () => {
    expect(parseReadiness({ status: "healthy", db: "connected", litellm_version: "1.80.12" })).toEqual({ version: "1.80.12", db: "connected", evidence: 'readiness reports db "connected"' });
    expect(parseReadiness({ status: "healthy", db: "Not connected", litellm_version: "1.42.7" })).toEqual({ version: "1.42.7", db: "none", evidence: 'readiness reports db "Not connected"' });
    expect(parseReadiness({ status: "disconnected", db: "connected", last_updated: "x" })).toEqual({ version: undefined, db: "disconnected", evidence: 'readiness reports status "disconnected"' });
    // Newest public answer: status and db only; the version comes from the details endpoint.
    expect(parseReadiness({ status: "healthy", db: "connected" })).toEqual({ version: undefined, db: "connected", evidence: 'readiness reports db "connected"' });
    expect(parseReadiness("I'm alive!")).toBeNull();
    expect(parseReadiness({ litellm_version: "<script>" })?.version).toBeUndefined();
    // Only a release number is quoted: a proxy (or a man in the middle) answering anything else in the field gets no say in the report.
    for (const version of ["1.80.12", "v1.77.3-stable", "1.65.0.post1", "1.74.9+build.2"]) expect(parseReadiness({ status: "healthy", litellm_version: version })?.version).toBe(version);
    for (const version of ["MyAdminKey2024", "latest", "1", "main-stable"]) expect(parseReadiness({ status: "healthy", litellm_version: version })?.version).toBeUndefined();
  });
});

describe("closest", () => {
  it("suggests a near id, not a far one", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closest("prod-budgt", ["default", "prod-budget"])).toBe("prod-budget");
    expect(closest("PROD-BUDGET", ["default", "prod-budget"])).toBe("prod-budget");
    expect(closest("something-else", ["default", "prod-budget"])).toBeUndefined();
    expect(closest("default", ["default"])).toBeUndefined();
  });
});

describe("Scrubber", () => {
  it("removes keys, their hashes and key-shaped tokens", () => {
    const scrubber = new Scrubber();
    scrubber.add("sk-abc-very-secret");
    const text = `a sk-abc-very-secret b ${sha256Hex("sk-abc-very-secret")} c sk-other-key-123456 d ${"f".repeat(64)}`;
    expect(scrubber.scrub(text)).toBe("a [redacted] b [redacted] c [redacted] d [redacted]");
  });

  it("removes a key in any letter case (a redirect's host name comes back lower-cased)", () => {
    const scrubber = new Scrubber();
    scrubber.add("MyAdminKey2024");
    scrubber.add("a.b(c)*");
    expect(scrubber.scrub("redirect to https://myadminkey2024.attacker.example and MYADMINKEY2024, a.b(c)* but not aXb(c)")).toBe("redirect to https://[redacted].attacker.example and [redacted], [redacted] but not aXb(c)");
  });
});

describe("classify", () => {
  it("maps library errors to kinds without copying their text", () => {
    const refused = classify(Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:4000 with secret"), { code: "ECONNREFUSED" }));
    expect(refused).toMatchObject({ kind: "refused", retryable: true, code: "ECONNREFUSED" });
    expect(refused.message).not.toContain("secret");
    expect(classify(Object.assign(new Error("x"), { cause: { code: "DEPTH_ZERO_SELF_SIGNED_CERT" } })).kind).toBe("tls");
    expect(classify(Object.assign(new Error("x"), { code: "ENOTFOUND" })).kind).toBe("dns");
    const controller = new AbortController();
    controller.abort();
    expect(classify(new Error("x"), controller.signal).kind).toBe("timeout");
  });
});
