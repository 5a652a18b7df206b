/**
 * The built CLI runs the linter from dist/linter.cjs with V8's code for it cached across runs
 * (src/cli/linter-bundle.ts): written after the first lint, read by the next ones, and never what
 * decides a report.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.ts";
import { ROOT } from "../support/fixtures.ts";

const LINT = ["lint", "examples/values.yaml", "-f", "examples/prod-values.yaml", "-m", "fixtures/env-duplicate/invalid/container.manifest.yaml", "--format", "json"];

/** A compile cache directory of the test's own (NODE_COMPILE_CACHE), and the linter's files in it. */
function cacheRoot(): { env: Record<string, string>; files: () => string[] } {
  const root = mkdtempSync(join(tmpdir(), "litellm-preflight-code-cache-"));
  // Node keeps a directory per version and user in it.
  const files = (): string[] => readdirSync(root, { recursive: true, encoding: "utf8" }).filter((path) => /(^|\/)litellm-preflight\/[^/]+$/.test(path)).map((path) => join(root, path));
  return { env: { NODE_COMPILE_CACHE: root }, files };
}

/** The hash dist/linter.cjs's first line gives, which names its caches. */
function bundleHash(): string {
  return /^\/\/ content sha256 ([0-9a-f]{64})\n/.exec(readFileSync(join(ROOT, "dist", "linter.cjs"), "utf8"))![1]!;
}

function identity(path: string): string {
  const stats = statSync(path, { bigint: true });
  return `${stats.ino}:${stats.mtimeNs}`;
}

describe("the linter's code cache", () => {
  it("is of a script with no import() (it runs as a script, with its libraries required from dist/vendor), whose first line is its content's hash", () => {
    const script = readFileSync(join(ROOT, "dist", "linter.cjs"), "utf8");
    expect(script).not.toContain("import(");
    const rest = script.slice(script.indexOf("\n") + 1);
    expect(bundleHash()).toBe(createHash("sha256").update(rest).digest("hex"));
  });

  it("is reached by the CLI and the hook through one module each, which imports only Node's built-ins before it", () => {
    for (const entry of ["cli.js", "hook.js"]) {
      const text = readFileSync(join(ROOT, "dist", entry), "utf8");
      const imported = [...text.matchAll(/^import\s(?:[^"';]*?\sfrom\s)?["']([^"']+)["']/gm)].map((match) => match[1]);
      expect(imported.length, entry).toBeGreaterThan(0);
      expect(imported.filter((specifier) => !specifier!.startsWith("node:")), entry).toEqual([]);
      // Run from the sources it imports the module that starts the linter; in dist/ that is the bundle.
      expect([...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]), entry).toEqual(["./linter.cjs"]);
    }
  });

  it("is written by the first lint, only for its user, then read and left as it is; the report is the one without it", async () => {
    const { env, files } = cacheRoot();
    const first = await runCli(LINT, { env });
    expect(first.code, first.stderr).toBe(1);
    const [cache, ...others] = files();
    expect(others).toEqual([]);
    expect(cache!.endsWith(`/litellm-preflight/cli-${bundleHash().slice(0, 32)}.cache`)).toBe(true);
    expect(statSync(cache!).mode & 0o777).toBe(0o600);
    expect(statSync(join(cache!, "..")).mode & 0o777).toBe(0o700);
    const written = identity(cache!);

    const second = await runCli(LINT, { env });
    expect(second).toEqual(first);
    // V8 took it: a refused one would have been written again.
    expect(identity(cache!)).toBe(written);

    const uncached = await runCli(LINT, { env: { ...env, NODE_DISABLE_COMPILE_CACHE: "1" } });
    expect(uncached).toEqual(first);
    expect(files()).toEqual([cache]);
  });

  it("is written again, once, by a lint of a kind it was not made by (other options, another format), and holds both", async () => {
    const { env, files } = cacheRoot();
    const otherKind = ["lint", "examples/values.yaml", "--format", "sarif"];
    await runCli(otherKind, { env });
    const [cache] = files();
    const first = identity(cache!);
    await runCli(LINT, { env });
    const second = identity(cache!);
    expect(second).not.toBe(first);
    for (const args of [LINT, otherKind]) {
      await runCli(args, { env });
      expect(identity(cache!)).toBe(second);
    }
    expect(files()).toEqual([cache]);
  });

  it("is a file of its own for lints of manifests alone, which lints that read values leave as it is", async () => {
    const { env, files } = cacheRoot();
    const manifestsOnly = ["lint", "-m", "fixtures/env-duplicate/invalid/container.manifest.yaml", "--format", "sarif", "-o", join(mkdtempSync(join(tmpdir(), "litellm-preflight-report-")), "out.sarif")];
    await runCli(manifestsOnly, { env });
    const [manifests, ...none] = files();
    expect(none).toEqual([]);
    expect(manifests!.endsWith(`/litellm-preflight/cli-manifests-${bundleHash().slice(0, 32)}.cache`)).toBe(true);
    const written = identity(manifests!);
    const values = await runCli(LINT, { env });
    expect(values.code).toBe(1);
    expect(files().sort()).toEqual([join(manifests!, "..", `cli-${bundleHash().slice(0, 32)}.cache`), manifests].sort());
    expect(identity(manifests!)).toBe(written);
    // The values lint's cache holds yaml's parser, which the manifests-only one has no use for.
    expect(statSync(manifests!).size).toBeLessThan(statSync(join(manifests!, "..", `cli-${bundleHash().slice(0, 32)}.cache`)).size);
    await runCli(manifestsOnly, { env });
    expect(identity(manifests!)).toBe(written);
  });

  it("is written again when a lint first has findings (their positions and report), and not the next time", async () => {
    const { env, files } = cacheRoot();
    const lint = (manifest: string) => runCli(["lint", "-m", manifest, "--format", "sarif"], { env });
    expect(JSON.parse((await lint("fixtures/budget-id-restart/valid/jobs.manifest.yaml")).stdout).runs[0].results).toEqual([]);
    const [cache] = files();
    const clean = identity(cache!);
    expect(JSON.parse((await lint("fixtures/env-duplicate/invalid/container.manifest.yaml")).stdout).runs[0].results).not.toEqual([]);
    const withFindings = identity(cache!);
    expect(withFindings).not.toBe(clean);
    await lint("fixtures/env-duplicate/invalid/three-times.manifest.yaml");
    await lint("fixtures/budget-id-restart/valid/jobs.manifest.yaml");
    expect(identity(cache!)).toBe(withFindings);
  });

  it("replaces one V8 refuses, and one that others may write, which it does not read", async () => {
    const { env, files } = cacheRoot();
    const expected = await runCli(LINT, { env });
    const [cache] = files();

    // The kinds of runs it was made by, kept; V8's data after them, not V8's.
    const made = readFileSync(cache!);
    const corrupt = Buffer.concat([made.subarray(0, 4 + made.readUInt32LE(0)), Buffer.from("not V8's code cache")]);
    writeFileSync(cache!, corrupt);
    const refused = await runCli(LINT, { env });
    expect(refused).toEqual(expected);
    expect(readFileSync(cache!).equals(corrupt)).toBe(false);
    writeFileSync(cache!, "no list of kinds");
    expect(await runCli(LINT, { env })).toEqual(expected);
    expect(readFileSync(cache!, "utf8")).not.toBe("no list of kinds");

    chmodSync(cache!, 0o666);
    const shared = identity(cache!);
    const notRead = await runCli(LINT, { env });
    expect(notRead).toEqual(expected);
    expect(identity(cache!)).not.toBe(shared);
    expect(statSync(cache!).mode & 0o777).toBe(0o600);
  });

  it("is the pre-commit hook's too, in a file of its own", () => {
    const { env, files } = cacheRoot();
    const hook = () => spawnSync(process.execPath, [join(ROOT, "dist", "hook.js"), "examples/values.yaml", "examples/prod-values.yaml"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env }, encoding: "utf8" });
    const first = hook();
    expect(first.status, first.stderr).toBe(1);
    const [cache, ...others] = files();
    expect(others).toEqual([]);
    expect(cache!.endsWith(`/litellm-preflight/hook-${bundleHash().slice(0, 32)}.cache`)).toBe(true);
    const written = identity(cache!);
    const second = hook();
    expect([second.status, second.stdout, second.stderr]).toEqual([first.status, first.stdout, first.stderr]);
    expect(identity(cache!)).toBe(written);
  });

  it("is not read through a link, nor in a directory others may write, and a link is replaced by a file", async () => {
    const { env, files } = cacheRoot();
    const expected = await runCli(LINT, { env });
    const [cache] = files();
    const good = join(cache!, "..", "..", "elsewhere.cache");
    copyFileSync(cache!, good);
    rmSync(cache!);
    symlinkSync(good, cache!);
    expect(await runCli(LINT, { env })).toEqual(expected);
    // Not read (a cache V8 took is left as it is): written anew, as a file.
    expect(lstatSync(cache!).isFile()).toBe(true);

    chmodSync(join(cache!, ".."), 0o777);
    writeFileSync(cache!, "not read from a directory others may write");
    chmodSync(cache!, 0o600);
    expect(await runCli(LINT, { env })).toEqual(expected);
    // Not written there.
    expect(readFileSync(cache!, "utf8")).toBe("not read from a directory others may write");
  });

  it("is not written by a lint that ends in a usage error, nor by another command", async () => {
    const { env, files } = cacheRoot();
    expect((await runCli(["lint", "--no-such-option"], { env })).code).toBe(2);
    expect((await runCli(["rules"], { env })).code).toBe(0);
    expect(files()).toEqual([]);
  });
});
