import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CONFIG_NAMES,
  findConfigFile,
  findGitRoot
} from "./chunk-ROYCDY5J.js";
import "./chunk-3X3ENFAO.js";
import "./chunk-BE7JI7H6.js";
export {
  CONFIG_NAMES,
  findConfigFile,
  findGitRoot
};
