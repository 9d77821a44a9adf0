import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  CHECK_SUMMARY_LIMIT,
  GITHUB_COMMENT_LIMIT,
  formatMarkdown,
  isBlocking,
  riskWindows
} from "./cli-chunk-RP4G4LWY.js";
import "./cli-chunk-2LXPUEUT.js";
import "./cli-chunk-KPJMAXJI.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  CHECK_SUMMARY_LIMIT,
  GITHUB_COMMENT_LIMIT,
  formatMarkdown,
  isBlocking,
  riskWindows
};
