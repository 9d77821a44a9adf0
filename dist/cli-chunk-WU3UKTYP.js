import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  runGitLab
} from "./cli-chunk-ILH74NP6.js";
import "./cli-chunk-7TBAMZWD.js";
import "./cli-chunk-E4XWKQD3.js";
import "./cli-chunk-WS37NGRC.js";
import "./cli-chunk-YXPIUY3H.js";
import "./cli-chunk-PHJPIKM6.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-NH7GMIVD.js";
import "./cli-chunk-HRDQTHUI.js";
import "./cli-chunk-RP4G4LWY.js";
import "./cli-chunk-TM2NS74O.js";
import {
  GitLabContextError
} from "./cli-chunk-LWSWCAFN.js";
import "./cli-chunk-A2AA4HOL.js";
import "./cli-chunk-GMU7VMS6.js";
import "./cli-chunk-WZRC7HS3.js";
import "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-USNZBKT4.js";
import "./cli-chunk-2LXPUEUT.js";
import "./cli-chunk-3YU4BEYH.js";
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
import "./cli-chunk-TBPQAQRB.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/gitlab/publish.ts
async function publishCheckToGitLab(repoDir, options, io, settings) {
  if (options.base !== void 0 || options.head !== void 0 || options.staged || options.onlyNew) {
    throw new UsageError("--publish gitlab compares with the merge base GitLab gives (CI_MERGE_REQUEST_DIFF_BASE_SHA): leave out --base, --head, --staged and --only-new");
  }
  try {
    return await runGitLab(
      repoDir,
      {
        asOf: settings.asOf,
        ...options.config !== void 0 ? { config: options.config } : {},
        ...options.includeDrafts ? { includeDrafts: true } : {},
        failOn: "error",
        note: "sticky",
        otherMergeRequests: "report",
        noteName: "changegate",
        tokenVariable: "CHANGEGATE_GITLAB_TOKEN",
        maxPerRule: settings.maxPerRule,
        format: options.format,
        ...options.output !== void 0 ? { output: options.output } : {}
      },
      io
    );
  } catch (err) {
    if (err instanceof GitLabContextError) throw new UsageError(err.message);
    throw err;
  }
}
export {
  publishCheckToGitLab
};
