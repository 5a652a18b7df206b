/**
 * Bundles the CLI, the GitHub Action and the pre-commit hook into dist/ with esbuild. Code splitting
 * keeps `--version` from loading the linter; the banner gives yaml's CJS build a `require`.
 */
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";

const entryPoints: Record<string, string> = { cli: "src/cli/main.ts" };
if (existsSync("src/action/main.ts")) entryPoints.action = "src/action/main.ts";
if (existsSync("src/hook/main.ts")) entryPoints.hook = "src/hook/main.ts";

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
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
