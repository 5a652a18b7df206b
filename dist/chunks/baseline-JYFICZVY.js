import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  BASELINE_VERSION,
  applyBaseline,
  baselineEntry,
  entryFiles,
  goneFiles,
  keepsEntries,
  keptEntries,
  parseBaseline,
  readFiles,
  writeBaseline
} from "./chunk-2BCJOFTC.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-XEQW7TWC.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-BE7JI7H6.js";
export {
  BASELINE_VERSION,
  applyBaseline,
  baselineEntry,
  entryFiles,
  goneFiles,
  keepsEntries,
  keptEntries,
  parseBaseline,
  readFiles,
  writeBaseline
};
