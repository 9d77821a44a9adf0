import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  loadRulePack,
  rulesWithPlugins
} from "./cli-chunk-F7W4KGXT.js";
import "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-TWJFOVUD.js";
import "./cli-chunk-E3GLBBJH.js";
import "./cli-chunk-KOW2IED4.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  loadRulePack,
  rulesWithPlugins
};
