/**
 * Bundles the CLI, the GitHub Action and the pre-commit hook into dist/ with esbuild. Code splitting
 * keeps `--version` from loading the linter; the banner gives yaml's CJS build a `require`.
 */
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const entryPoints: Record<string, string> = { cli: "src/cli/main.ts" };
if (existsSync("src/action/main.ts")) entryPoints.action = "src/action/main.ts";
if (existsSync("src/hook/main.ts")) entryPoints.hook = "src/hook/main.ts";

// yaml's ES-module build (the same source as its CommonJS build, which Node resolves to): bundled as
// modules, it is evaluated in a few top-level statements instead of one wrapper function per file,
// so a lint that never needs it (a manifest the line reader takes) starts about 4 ms sooner.
const yamlModules = join(dirname(createRequire(import.meta.url).resolve("yaml/package.json")), "browser/dist/index.js");

const flag = process.argv.indexOf("--outdir");
const outdir = flag === -1 ? "dist" : process.argv[flag + 1]!;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  platform: "node",
  target: "node22",
  format: "esm",
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  logLevel: "warning",
  alias: { yaml: yamlModules },
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
