import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  chartFlagsOf,
  layersOf,
  namedValuesBytes,
  namesChart,
  parseLintArgs,
  valuesFlagPaths
} from "./chunk-BZVTSXD3.js";
import "./chunk-62ITEC6O.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-T7WBHCFS.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  chartFlagsOf,
  layersOf,
  namedValuesBytes,
  namesChart,
  parseLintArgs,
  valuesFlagPaths
};
