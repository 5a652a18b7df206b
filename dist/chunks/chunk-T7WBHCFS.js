import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/io/fs.ts
var fs = process.getBuiltinModule("node:fs");
var { accessSync, closeSync, constants, existsSync, fstatSync, ftruncateSync, globSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync, writeSync } = fs;
function fsPromises() {
  return fs.promises;
}
function tmpdir() {
  return process.getBuiltinModule("node:os").tmpdir();
}

export {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  ftruncateSync,
  globSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  writeFileSync,
  writeSync,
  fsPromises,
  tmpdir
};
