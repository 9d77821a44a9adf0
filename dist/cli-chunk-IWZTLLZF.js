import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  GitRepo,
  GitSourceError
} from "./cli-chunk-WZRC7HS3.js";
import "./cli-chunk-USNZBKT4.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  GitRepo,
  GitSourceError
};
