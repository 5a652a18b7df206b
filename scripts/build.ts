/**
 * Bundles the CLI, the GitHub Action and the pre-commit hook into dist/ with esbuild, as ES modules
 * with code splitting (the Action loads what a command uses), and the linter that the CLI and the
 * hook run (src/hook/linter-entry.ts) once more as one script, dist/linter.cjs, whose compiled code
 * they cache across runs (see src/cli/linter-bundle.ts). That script requires the big libraries it
 * loads only when a run needs them (the Kubernetes client, undici, Ajv) from dist/vendor/, ES
 * modules of the same build that share their code with the Action's chunks.
 */
import { build, type Plugin } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { BUNDLE_HASH_LINE, CJS_WRAPPER_END, CJS_WRAPPER_START } from "../src/cli/linter-bundle.ts";

/** Each library the linter loads on demand, its module in dist/vendor/, and whether it has a default export (CommonJS ones do). */
const VENDOR: Record<string, { name: string; withDefault: boolean }> = {
  "@kubernetes/client-node": { name: "kube", withDefault: false },
  undici: { name: "undici", withDefault: true },
  ajv: { name: "ajv", withDefault: true },
  "ajv/dist/2019.js": { name: "ajv-2019", withDefault: true },
  "ajv/dist/2020.js": { name: "ajv-2020", withDefault: true },
};

const entryPoints: Record<string, string> = {};
if (existsSync("src/action/main.ts")) entryPoints.action = "src/action/main.ts";
for (const [library, { name }] of Object.entries(VENDOR)) entryPoints[`vendor/${name}`] = `vendor:${library}`;

/**
 * The CLI's and the hook's entries, each one module of its own: they run the linter from
 * dist/linter.cjs, and what they need before it loads is small. As ES modules that share chunks,
 * Node loaded five more files on every run (`--version` 2.4 ms later, a lint 1.3 ms).
 */
const launchers: Record<string, string> = { cli: "src/cli/main.ts" };
if (existsSync("src/hook/main.ts")) launchers.hook = "src/hook/main.ts";

// yaml's ES-module build (the same source as its CommonJS build, which Node resolves to): bundled as
// modules, it is evaluated in a few top-level statements instead of one wrapper function per file,
// so a lint that never needs it (a manifest the line reader takes) starts about 4 ms sooner.
const yamlModules = join(dirname(createRequire(import.meta.url).resolve("yaml/package.json")), "browser/dist/index.js");

/**
 * `vendor:LIBRARY` entry points: a module that exports what the library does. A CommonJS library's
 * names are listed from its exports (esbuild cannot re-export them with `export *`), and it is the
 * default export too.
 */
const vendorModules: Plugin = {
  name: "vendor-modules",
  setup(builder) {
    builder.onResolve({ filter: /^vendor:/ }, (args) => ({ path: args.path.slice("vendor:".length), namespace: "vendor" }));
    builder.onLoad({ filter: /.*/, namespace: "vendor" }, (args) => {
      const library = JSON.stringify(args.path);
      if (!VENDOR[args.path]!.withDefault) return { contents: `export * from ${library};\n`, resolveDir: process.cwd(), loader: "js" };
      const names = Object.keys(createRequire(import.meta.url)(args.path) as object).filter((name) => name !== "default" && name !== "__esModule");
      const locals = names.map((name, i) => `const export${i} = library[${JSON.stringify(name)}];`).join("\n");
      const exported = names.map((name, i) => `export${i} as ${JSON.stringify(name)}`).join(", ");
      return { contents: `import library from ${library};\n${locals}\nexport { ${exported} };\nexport default library;\n`, resolveDir: process.cwd(), loader: "js" };
    });
  },
};

/**
 * The launchers' way to the linter when it is not bundled (run from the sources: the module that
 * starts it), in dist/ the bundle itself: imported as a module, without its code cache, only if
 * linter-bundle.ts did not find it.
 */
const linterFromBundle: Plugin = {
  name: "linter-from-bundle",
  setup(builder) {
    builder.onResolve({ filter: /^\.\/(?:launch|run)\.ts$/ }, (args) => (args.kind === "dynamic-import" ? { path: "./linter.cjs", external: true } : undefined));
  },
};

/** In dist/linter.cjs, the libraries of VENDOR are required from dist/vendor/ instead of bundled. */
const requireVendor: Plugin = {
  name: "require-vendor",
  setup(builder) {
    const filter = new RegExp(`^(?:${Object.keys(VENDOR).map((library) => library.replace(/[./]/g, "\\$&")).join("|")})$`);
    builder.onResolve({ filter }, (args) => ({ path: `./vendor/${VENDOR[args.path]!.name}.js`, external: true }));
  },
};

const flag = process.argv.indexOf("--outdir");
const outdir = flag === -1 ? "dist" : process.argv[flag + 1]!;
rmSync(outdir, { recursive: true, force: true });
const common = { bundle: true, platform: "node", target: "node22", legalComments: "none", logLevel: "warning", alias: { yaml: yamlModules } } as const;
await build({
  ...common,
  entryPoints,
  outdir,
  splitting: true,
  format: "esm",
  chunkNames: "chunks/[name]-[hash]",
  plugins: [vendorModules],
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
});
await build({
  ...common,
  entryPoints: launchers,
  outdir,
  format: "esm",
  // No `require` banner: they load no CommonJS module but the linter, through linter-bundle.ts's own createRequire.
  plugins: [linterFromBundle],
});
await build({
  ...common,
  entryPoints: { linter: "src/hook/linter-entry.ts" },
  outdir,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  // Its dynamic imports become requires: linter-bundle.ts runs it as a script, which has no import().
  supported: { "dynamic-import": false },
  // Read, and its cached code loaded, on every run: without white space (names kept) it is 0.8 MB instead of 1.1, and a lint 5-7 ms sooner.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [requireVendor],
});
// The script's first line names its content: the CLI's code cache is kept per build by it (V8 checks only the source's length).
// The content is the bundle inside CommonJS's function wrapper, which linter-bundle.ts compiles as it is: the wrapper joined
// to 0.8 MB of source at run time was a copy of it that V8 made on every run (0.9 ms).
const script = join(outdir, "linter.cjs");
const content = `${CJS_WRAPPER_START}${readFileSync(script, "utf8")}${CJS_WRAPPER_END}`;
const hashLine = `// content sha256 ${createHash("sha256").update(content).digest("hex")}\n`;
if (!BUNDLE_HASH_LINE.test(hashLine)) throw new Error("the hash line does not match BUNDLE_HASH_LINE");
writeFileSync(script, hashLine + content);
