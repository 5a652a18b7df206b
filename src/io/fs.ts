/**
 * node:fs for the linter's modules. Imported as an ES module, node:fs gets a module facade that
 * reads every export once, and `fs.ReadStream`'s getter loads Node's stream modules: 4 ms of a lint
 * that never streams. process.getBuiltinModule gives the same functions without the facade.
 */
const fs = process.getBuiltinModule("node:fs");

export const { accessSync, closeSync, constants, existsSync, fstatSync, ftruncateSync, globSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync, writeSync } = fs;

/** node:fs/promises, loaded on first use: importing it loads Node's stream and readline modules (about 1 ms) that a lint rarely needs. */
export function fsPromises(): typeof import("node:fs/promises") {
  return fs.promises;
}

/** The system's temporary directory, without loading node:os with the module. */
export function tmpdir(): string {
  return process.getBuiltinModule("node:os").tmpdir();
}
