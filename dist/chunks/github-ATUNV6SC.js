import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
} from "./chunk-GRD2S5QZ.js";
import "./chunk-55WLH2ZT.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
};
