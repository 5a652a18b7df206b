/**
 * node:fs for the linter's modules. Imported as an ES module, node:fs gets a module facade that
 * reads every export once, and `fs.ReadStream`'s getter loads Node's stream modules: 4 ms of a lint
 * that never streams. process.getBuiltinModule gives the same functions without the facade.
 */
const fs = process.getBuiltinModule("node:fs");

export const { accessSync, closeSync, constants, existsSync, globSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } = fs;
