import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  GitLabExit,
  runGitLab
} from "./cli-chunk-JGCGQ7RX.js";
import "./cli-chunk-HRDQTHUI.js";
import "./cli-chunk-RP4G4LWY.js";
import "./cli-chunk-LWSWCAFN.js";
import "./cli-chunk-CAHRLCIE.js";
import "./cli-chunk-E33IPO4O.js";
import "./cli-chunk-PCZ7QKH7.js";
import "./cli-chunk-IIC42W42.js";
import "./cli-chunk-JC4GRZ2B.js";
import "./cli-chunk-JWG4HIRV.js";
import "./cli-chunk-LAOT2NU6.js";
import "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-G7C3DEQJ.js";
import "./cli-chunk-2LXPUEUT.js";
import "./cli-chunk-LSMLGMFX.js";
import "./cli-chunk-KPJMAXJI.js";
import "./cli-chunk-J4JL6Y7N.js";
import "./cli-chunk-3M2DIUHO.js";
import "./cli-chunk-CEPZARV4.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-IBYMT23H.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-KT6KJQ5E.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-UV3NTKXL.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-NH7GMIVD.js";
import "./cli-chunk-TBPQAQRB.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  GitLabExit,
  runGitLab
};
