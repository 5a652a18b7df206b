/**
 * The entry of dist/linter.cjs (scripts/build.ts): the CLI's launch (src/cli/main.ts runs it) and
 * the pre-commit hook's run (src/hook/main.ts), in one script whose compiled code is cached across
 * runs (src/cli/linter-bundle.ts).
 */
export { launch } from "../cli/launch.ts";
export { runHook } from "./run.ts";
