import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  loadRulePack,
  rulesWithPlugins
} from "./cli-chunk-B4YMDTPB.js";
import "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-TM2NS74O.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  loadRulePack,
  rulesWithPlugins
};
