import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  GitLabExit,
  runGitLab
} from "./cli-chunk-HELIQG36.js";
import "./cli-chunk-QHKABYGL.js";
import "./cli-chunk-NV3BYCKC.js";
import "./cli-chunk-2PZSMS4D.js";
import "./cli-chunk-GUHOMHXX.js";
import "./cli-chunk-PHJPIKM6.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-NH7GMIVD.js";
import "./cli-chunk-HRDQTHUI.js";
import "./cli-chunk-RP4G4LWY.js";
import "./cli-chunk-TWJFOVUD.js";
import "./cli-chunk-LWSWCAFN.js";
import "./cli-chunk-WZRC7HS3.js";
import "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-USNZBKT4.js";
import "./cli-chunk-2LXPUEUT.js";
import "./cli-chunk-VXFJGWIX.js";
import "./cli-chunk-D5SCBKB6.js";
import "./cli-chunk-KPJMAXJI.js";
import "./cli-chunk-E3GLBBJH.js";
import "./cli-chunk-KOW2IED4.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-UV3NTKXL.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-TBPQAQRB.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  GitLabExit,
  runGitLab
};
