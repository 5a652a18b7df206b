import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/io/fs.ts
var fs = process.getBuiltinModule("node:fs");
var { accessSync, closeSync, constants, existsSync, globSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } = fs;

export {
  accessSync,
  closeSync,
  constants,
  existsSync,
  globSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  writeFileSync
};
