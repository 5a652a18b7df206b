import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  SEVERITY_RANK,
  activeFindings,
  countBySeverity,
  isPseudoFile,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  sentence,
  sentenceWith
} from "./chunk-QMHXNVKL.js";
import "./chunk-TDT74PBL.js";
import "./chunk-BE7JI7H6.js";
export {
  SEVERITY_RANK,
  activeFindings,
  countBySeverity,
  isPseudoFile,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  sentence,
  sentenceWith
};
