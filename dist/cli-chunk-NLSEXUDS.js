import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  GitRepo,
  GitSourceError
} from "./cli-chunk-G7C3DEQJ.js";
import "./cli-chunk-IBYMT23H.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-KT6KJQ5E.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  GitRepo,
  GitSourceError
};
