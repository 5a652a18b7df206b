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
  relativeName,
  sentence,
  sentenceWith
} from "./chunk-KFSZQI4Z.js";
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
  relativeName,
  sentence,
  sentenceWith
};
