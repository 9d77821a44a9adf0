import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  escapeXmlAttr,
  escapeXmlText,
  formatJunit
} from "./cli-chunk-3YU4BEYH.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-KPJMAXJI.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-UV3NTKXL.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  escapeXmlAttr,
  escapeXmlText,
  formatJunit
};
