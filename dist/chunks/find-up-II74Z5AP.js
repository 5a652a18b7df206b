import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CONFIG_NAMES,
  findConfigFile,
  findGitRoot
} from "./chunk-356GWT3Q.js";
import "./chunk-BE7JI7H6.js";
export {
  CONFIG_NAMES,
  findConfigFile,
  findGitRoot
};
