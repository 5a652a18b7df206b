import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
} from "./chunk-U5VLRK4Y.js";
import "./chunk-AFP7ES6C.js";
import "./chunk-B675Y2P7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";
export {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
};
