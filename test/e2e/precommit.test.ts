/**
 * The pre-commit hooks, end to end with the real `pre-commit` tool: `pre-commit try-repo` against a
 * scratch git repository, for both hook ids. The hook repository is a git copy of this working tree
 * (tracked and untracked, not ignored, files with their modes) — what try-repo would see once the
 * lead commits; try-repo itself leaves untracked files out of its shadow repository.
 *
 * `litellm-preflight` (`language: node`) makes pre-commit build a node environment and run
 * `npm install`, `npm pack` and `npm install -g` of the hook repository: it needs the npm registry
 * and takes 20-70 s per try-repo (try-repo installs into a fresh store every time), so it gets two
 * runs, side by side, and a generous timeout. `litellm-preflight-bundled` (`language: script`) has
 * no install step.
 *
 * Skipped only when `pre-commit` is not installed (.ci/run installs the Debian package).
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { HELP } from "../../src/cli/help.ts";
import { hookCliArgs, splitHookArgs, VALUE_OPTIONS } from "../../src/hook/args.ts";
import { nodeTooOld } from "../../src/hook/node-version.ts";
import { MIN_NODE } from "../../src/core/version.ts";

const MIN_NODE_MAJOR = Number(MIN_NODE.split(".")[0]);
/** An old Debian `nodejs` (the one nodeenv picks first), when this machine has one. */
const OLD_NODEJS = existsSync("/usr/bin/nodejs") && Number(spawnSync("/usr/bin/nodejs", ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" }).stdout) < 22 ? "/usr/bin/nodejs" : undefined;
import { ROOT } from "../support/fixtures.ts";

const PRE_COMMIT = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const HAVE_PRE_COMMIT = PRE_COMMIT.status === 0;

const GIT_ENV = { GIT_AUTHOR_NAME: "test", GIT_AUTHOR_EMAIL: "test@example.com", GIT_COMMITTER_NAME: "test", GIT_COMMITTER_EMAIL: "test@example.com" };
const CLEAN = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n";
const KEY = "sk-precommit-secret-4d2e";
const MASTER_KEY = "sk-shell-master-7f1c";
const BROKEN = `extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n  - {name: LITELLM_API_KEY, value: ${KEY}}\n`;
const VALUES_FILES = ["values.yaml", "values.yml", "values-prod.yaml", "values.prod.yaml", "charts/app/values.yaml", "ci/test-values.yaml", "prod_values.yml", "deploy/staging-values.yaml"];
const OTHER_FILES = ["config.yaml", "values.json", "values.yaml.bak", "valuesx/config.yaml", "myvalues.yaml", "templates/deployment.yaml", ".litellm-preflight.yaml"];

type Hook = Record<string, unknown>;
const hooks = (): Hook[] => parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const packageJson = (): { bin: Record<string, string>; files: string[]; engines: { node: string } } => JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The major version of `command` (`node`, `nodejs`) found on `path`; 0 when there is none. */
function nodeMajor(command: string, path: string): number {
  const run = spawnSync(command, ["-p", "process.versions.node"], { encoding: "utf8", env: { ...process.env, PATH: path } });
  return run.status === 0 ? Number.parseInt(run.stdout, 10) : 0;
}

describe("hook manifest, package and arguments", () => {
  it("declares litellm-preflight (language: node, the package's hook bin) and litellm-preflight-bundled (script, the committed bundle)", () => {
    expect(hooks().map((hook) => hook.id)).toEqual(["litellm-preflight", "litellm-preflight-bundled"]);
    const [node, bundled] = hooks() as [Hook, Hook];
    expect(node).toMatchObject({ language: "node", entry: "litellm-preflight-hook", pass_filenames: true });
    expect(packageJson().bin[String(node.entry)]).toBe("dist/hook.js");
    expect(bundled).toMatchObject({ language: "script", entry: "dist/hook.js", pass_filenames: true });
    expect(statSync(join(ROOT, "dist", "hook.js")).mode & 0o111).not.toBe(0);
    for (const hook of [node, bundled]) {
      expect(hook.args, String(hook.id)).toBeUndefined();
      expect(hook.additional_dependencies, String(hook.id)).toBeUndefined();
      expect(hook.files, String(hook.id)).toBe(node.files);
    }
  });

  it("matches values files and nothing else", () => {
    const files = new RegExp(String(hooks()[0]!.files));
    for (const name of VALUES_FILES) expect(files.test(name), name).toBe(true);
    for (const name of OTHER_FILES) expect(files.test(name), name).toBe(false);
  });

  it("packs every bin and every file of dist/ (chunks included) into the npm package", { timeout: 60_000 }, () => {
    const { bin, engines } = packageJson();
    expect(bin).toEqual({ "litellm-preflight": "dist/cli.js", "litellm-preflight-hook": "dist/hook.js" });
    for (const file of Object.values(bin)) expect(readFileSync(join(ROOT, file), "utf8").startsWith("#!/usr/bin/env node\n"), file).toBe(true);
    // One minimum for the package, the CLI's and the hook's checks.
    expect(engines.node).toBe(`>=${MIN_NODE}`);
    const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` },
    });
    expect(pack.status, pack.stderr).toBe(0);
    const packed = new Set((JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path));
    const dist = filesUnder(join(ROOT, "dist")).map((file) => relative(ROOT, file));
    expect(dist.some((file) => file.startsWith("dist/chunks/"))).toBe(true);
    for (const file of ["package.json", ...Object.values(bin), ...dist]) expect(packed.has(file), file).toBe(true);
  });

  it("refuses a Node.js older than 22.19 with what to change, before it loads the linter", () => {
    for (const version of ["22.19.0", "23.0.0", "24.11.1", "v26.0.0"]) expect(nodeTooOld(version, "/x/node"), version).toBeUndefined();
    expect(nodeTooOld("22.12.0", "/x/node")).toContain("needs Node.js >= 22.19");
    const message = nodeTooOld("20.20.2", "/usr/bin/node")!;
    expect(message).toContain("needs Node.js >= 22.19, but the hook runs on Node.js v20.20.2 (/usr/bin/node)");
    expect(message).toContain("pre-commit clean");
    expect(message).toContain("`nodejs`");
    expect(nodeTooOld("v18.19.1", "/usr/bin/nodejs")).toContain("Node.js v18.19.1 (/usr/bin/nodejs)");
  });

  it("knows the CLI options that take a value, from the CLI's option table", () => {
    for (const option of ["-f", "--values", "--set", "--set-string", "-m", "--manifests", "--format", "-o", "--output", "--config", "--max-warnings", "--litellm-url", "--key-alias", "--timeout", "--master-key-secret"]) {
      expect(VALUE_OPTIONS.has(option), option).toBe(true);
    }
    for (const option of ["--offline", "-q", "--quiet", "--no-color", "--version", "--help", "-h", "lint", "VALUES"]) expect(VALUE_OPTIONS.has(option), option).toBe(false);
    // Every option --help shows with a value is one (the help text and the table agree).
    for (const line of HELP.split("\n")) {
      const option = /^\s+(?:-\w, )?(--[a-z][\w-]*) [A-Za-z]/.exec(line)?.[1];
      if (option && !["--version", "--help"].includes(option)) expect(VALUE_OPTIONS.has(option), option).toBe(true);
    }
  });

  it("splits options from file names and lints each file offline unless a URL is given", () => {
    expect(splitHookArgs(["--config", "cfg.yaml", "--quiet", "--litellm-url=https://x", "a-values.yaml", "values.yaml"])).toEqual({
      options: ["--config", "cfg.yaml", "--quiet", "--litellm-url=https://x"],
      files: ["a-values.yaml", "values.yaml"],
    });
    expect(splitHookArgs(["-q", "--", "-odd-values.yaml"])).toEqual({ options: ["-q"], files: ["-odd-values.yaml"] });
    // pre-commit passes file names after the args with no `--`: one its `files` pattern selects may start with `-`.
    // Even one that starts like a short option (`-o`): read as `-o ps-values.yaml`, the report would be written into the repository.
    expect(splitHookArgs(["-q", "-values.yaml", "-x-values.YML", "--config=cfg.yaml", "-ops-values.yaml", "-f", "base.yaml"])).toEqual({ options: ["-q", "--config=cfg.yaml", "-f", "base.yaml"], files: ["-values.yaml", "-x-values.YML", "-ops-values.yaml"] });
    expect(splitHookArgs(["--master-key-secret", "litellm/mk:masterkey", "values.yaml"])).toEqual({ options: ["--master-key-secret", "litellm/mk:masterkey"], files: ["values.yaml"] });
    // Two dashes too: only a name the CLI has is an option (`--ops-values.yaml` stopped the whole hook).
    expect(splitHookArgs(["--quiet", "--ops-values.yaml", "--values.yaml", "values.yaml"])).toEqual({ options: ["--quiet"], files: ["--ops-values.yaml", "--values.yaml", "values.yaml"] });
    expect(hookCliArgs(["-q"], "values.yaml")).toEqual(["lint", "-q", "--", "values.yaml"]);
    expect(hookCliArgs(["--litellm-url", "https://x"], "values.yaml")).toEqual(["lint", "--litellm-url", "https://x", "--", "values.yaml"]);
    expect(hookCliArgs(["--litellm-url=https://x"], "values.yaml")).toEqual(["lint", "--litellm-url=https://x", "--", "values.yaml"]);
    expect(hookCliArgs(["-f", "a.yaml", "-f", "b.yaml"])).toEqual(["lint", "-f", "a.yaml", "-f", "b.yaml"]);
  });

  it("stays offline when a config environment names the URL's variable (urlEnv) and it is set", async () => {
    let connections = 0;
    const proxy = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    try {
      const dir = mkdtempSync(join(tmpdir(), "litellm-preflight-hook-env-"));
      writeFileSync(join(dir, "values.yaml"), CLEAN);
      writeFileSync(join(dir, ".litellm-preflight.yaml"), "environments:\n  dev:\n    values: [values.yaml]\n    litellm: {urlEnv: LITELLM_URL_DEV, masterKeyEnv: LITELLM_MASTER_KEY_DEV}\n");
      const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
      const result = await run(process.execPath, [join(ROOT, "dist", "hook.js"), "--environment", "dev"], { cwd: dir, env: { ...process.env, LITELLM_URL_DEV: url, LITELLM_MASTER_KEY_DEV: MASTER_KEY }, timeout: 30_000 });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(connections, "the hook connected to the environment's URL").toBe(0);
      rmSync(dir, { recursive: true, force: true });
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a command without blocking the event loop (the test's proxy stand-in must keep accepting). */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeout: number }): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(command, args, { ...options, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      resolve({ status, stdout, stderr: error !== null && status === null ? `${stderr}\n${error.message}` : stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

describe.skipIf(!HAVE_PRE_COMMIT)(`pre-commit try-repo (${HAVE_PRE_COMMIT ? PRE_COMMIT.stdout.trim() : "pre-commit is not installed: apt-get install -y pre-commit"})`, () => {
  let base: string;
  let hookRepo: string;
  let consumer: string;
  let env: NodeJS.ProcessEnv;
  // Stands in for a proxy at LITELLM_URL: the hook must never connect.
  let proxy: Server;
  let connections = 0;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), "litellm-preflight-precommit-"));
    // The hook repository: this working tree's files as git would commit them.
    hookRepo = join(base, "hook-repo");
    const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
    for (const file of listed) {
      const from = join(ROOT, file);
      if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted in the working tree
      mkdirSync(dirname(join(hookRepo, file)), { recursive: true });
      copyFileSync(from, join(hookRepo, file));
      chmodSync(join(hookRepo, file), statSync(from).mode);
    }
    const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env: { ...env, ...GIT_ENV }, stdio: "pipe" });

    // Node >= 22 first on PATH: `node` for the bundled hook, and `nodejs` too, which pre-commit's
    // nodeenv prefers to `node` when it builds the `language: node` environment (Debian's is older).
    let path = `${dirname(process.execPath)}:${process.env.PATH ?? ""}`;
    if (nodeMajor("nodejs", path) < MIN_NODE_MAJOR) {
      const bin = join(base, "bin");
      mkdirSync(bin);
      symlinkSync(process.execPath, join(bin, "nodejs"));
      path = `${bin}:${path}`;
    }
    expect(nodeMajor("nodejs", path)).toBeGreaterThanOrEqual(MIN_NODE_MAJOR);
    expect(nodeMajor("node", path)).toBeGreaterThanOrEqual(MIN_NODE_MAJOR);
    // A private pre-commit home; nothing from an enclosing git hook, npm script or shell session.
    env = { ...process.env, ...GIT_ENV, PATH: path, PRE_COMMIT_HOME: join(base, "pre-commit-home"), NO_COLOR: "1" };
    for (const name of Object.keys(env)) {
      if (/^(LITELLM_|PRE_COMMIT_(?!HOME$)|GIT_(DIR|INDEX_FILE|WORK_TREE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES)$|npm_(lifecycle|package)_)/.test(name) || name === "INIT_CWD") {
        delete env[name];
      }
    }
    git(hookRepo, "init", "-q");
    git(hookRepo, "add", "-A");
    git(hookRepo, "commit", "-q", "-m", "hook repo");

    consumer = join(base, "consumer");
    mkdirSync(join(consumer, "charts", "app"), { recursive: true });
    writeFileSync(join(consumer, "values.yaml"), CLEAN);
    writeFileSync(join(consumer, "charts", "app", "broken-values.yaml"), BROKEN);
    writeFileSync(join(consumer, "config.yaml"), BROKEN);
    git(consumer, "init", "-q");
    git(consumer, "add", "-A");

    proxy = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    if (proxy) await new Promise<void>((resolve) => proxy.close(() => resolve()));
    if (base) rmSync(base, { recursive: true, force: true });
  });

  beforeEach(() => {
    connections = 0;
  });

  /** `pre-commit try-repo` of one hook, with LITELLM_URL (the stand-in) and keys in the environment. */
  const tryRepo = async (id: string, files: string[], timeout: number) => {
    const address = proxy.address() as { port: number };
    const result = await run("pre-commit", ["try-repo", hookRepo, id, "--verbose", "--files", ...files], {
      cwd: consumer,
      env: { ...env, LITELLM_URL: `http://127.0.0.1:${address.port}`, LITELLM_MASTER_KEY: MASTER_KEY, LITELLM_API_KEY: MASTER_KEY },
      timeout,
    });
    const output = result.stdout + result.stderr;
    expect(output).not.toContain(KEY);
    expect(output).not.toContain(MASTER_KEY);
    expect(output).not.toContain("127.0.0.1");
    expect(connections, "the hook connected to LITELLM_URL").toBe(0);
    return { ...result, output };
  };

  it("validates the hook manifest", () => {
    const result = spawnSync("pre-commit", ["validate-manifest", join(ROOT, ".pre-commit-hooks.yaml")], { env, encoding: "utf8" });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  describe.each([
    // `language: node`: every try-repo installs from scratch (npm install + npm pack + npm install -g,
    // with the registry): 20-70 s each here; one at a time, so a loaded machine does not run two installs at once.
    { id: "litellm-preflight", name: "litellm-preflight", timeout: 480_000, concurrent: false },
    // `language: script`: the committed bundle, no install.
    { id: "litellm-preflight-bundled", name: "litellm-preflight (bundled)", timeout: 30_000, concurrent: false },
  ])("hook $id", ({ id, name, timeout, concurrent }) => {
    const test = concurrent ? it.concurrent : it;
    const line = (status: string) => new RegExp(`^${name.replace(/[()]/g, "\\$&")}\\.+${status}$`, "m");

    test("passes a clean values file, offline although LITELLM_URL and a key are set", { timeout: timeout + 10_000 }, async () => {
      const result = await tryRepo(id, ["values.yaml"], timeout);
      expect(result.status, result.output).toBe(0);
      expect(result.stdout).toMatch(line("Passed"));
      console.log(`pre-commit try-repo ${id}: ${result.seconds.toFixed(1)} s (fresh try-repo store: clone, install, run; clean file)`);
    });

    test("fails a broken values file and shows the finding, never the key", { timeout: timeout + 10_000 }, async () => {
      const result = await tryRepo(id, ["charts/app/broken-values.yaml", "values.yaml"], timeout);
      expect(result.status, result.output).toBe(1);
      expect(result.stdout).toMatch(line("Failed"));
      expect(result.stdout).toContain("charts/app/broken-values.yaml");
      expect(result.stdout).toMatch(/3:\d+ +error +LITELLM_API_KEY is set to a literal value.*plaintext-credential/);
      expect(result.stdout).toContain("Live checks skipped: the pre-commit hook is offline unless its args name the proxy");
      expect(result.stdout).not.toContain("--offline given");
      expect(result.stdout).not.toContain("✔ no problems");
      console.log(`pre-commit try-repo ${id}: ${result.seconds.toFixed(1)} s (fresh try-repo store: clone, install, run; broken file)`);
    });

    if (id === "litellm-preflight" && OLD_NODEJS) {
      // Debian's /usr/bin/nodejs (v20) is what nodeenv builds the environment with when no newer
      // `nodejs` comes first on PATH; the user's `node` is new enough. The hook runs the bundle with that one.
      test(`works when pre-commit built its environment with ${OLD_NODEJS}`, { timeout: timeout + 10_000 }, async () => {
        const bin = join(base, "only-node");
        mkdirSync(bin, { recursive: true });
        if (!existsSync(join(bin, "node"))) symlinkSync(process.execPath, join(bin, "node"));
        const path = `${bin}:/usr/bin:/bin`;
        expect(nodeMajor("nodejs", path)).toBeLessThan(MIN_NODE_MAJOR);
        const result = await run("pre-commit", ["try-repo", hookRepo, id, "--verbose", "--files", "charts/app/broken-values.yaml"], {
          cwd: consumer,
          env: { ...env, PATH: path, PRE_COMMIT_HOME: join(base, "pre-commit-home-old-nodejs") },
          timeout,
        });
        const output = result.stdout + result.stderr;
        expect(result.status, output).toBe(1);
        expect(output).not.toContain("needs Node.js");
        expect(output).not.toContain("groupBy");
        expect(result.stdout).toMatch(/3:\d+ +error +LITELLM_API_KEY is set to a literal value.*plaintext-credential/);
      });
    }

    if (id === "litellm-preflight-bundled") {
      // Same `files:` pattern for both ids (checked above); one install is enough to see pre-commit apply it.
      it("ignores files that are not values files", async () => {
        const result = await tryRepo(id, ["config.yaml"], timeout);
        expect(result.status, result.output).toBe(0);
        expect(result.stdout).toMatch(line("\\(no files to check\\)Skipped"));
      });
    }
  });
});
