import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  buildCabReport,
  failingIntervalsBy,
  ruleDocHref,
  sourceText,
  unknownChanges
} from "./cli-chunk-DJDLXRMU.js";
import "./cli-chunk-VGQZXMZU.js";
import "./cli-chunk-2LXPUEUT.js";
import "./cli-chunk-J4JL6Y7N.js";
import "./cli-chunk-3M2DIUHO.js";
import "./cli-chunk-CEPZARV4.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-IBYMT23H.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-KT6KJQ5E.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  buildCabReport,
  failingIntervalsBy,
  ruleDocHref,
  sourceText,
  unknownChanges
};
