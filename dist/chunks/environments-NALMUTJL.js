import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  environmentResult,
  mergeEnvironments
} from "./chunk-LSGHLHXC.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";
export {
  environmentResult,
  mergeEnvironments
};
