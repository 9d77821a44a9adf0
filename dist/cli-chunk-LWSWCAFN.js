import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/gitlab/context.ts
var GitLabContextError = class extends Error {
  name = "GitLabContextError";
};
function value(env, name) {
  const v = env[name]?.trim();
  return v === void 0 || v === "" ? void 0 : v;
}
function required(env, name, why) {
  const v = value(env, name);
  if (v === void 0) throw new GitLabContextError(`${name} is not set: ${why}`);
  return v;
}
function readGitLabContext(env, tokenVariable) {
  const outside = "changegate gitlab runs inside a GitLab CI job (see docs/gitlab.md)";
  const apiUrl = required(env, "CI_API_V4_URL", outside).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+(\/.*)?\/api\/v4$/.test(apiUrl)) throw new GitLabContextError(`CI_API_V4_URL is "${apiUrl}"; expected a URL ending in /api/v4`);
  const projectId = required(env, "CI_PROJECT_ID", outside);
  const projectUrl = required(env, "CI_PROJECT_URL", outside).replace(/\/+$/, "");
  const sha = required(env, "CI_COMMIT_SHA", outside);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new GitLabContextError(`CI_COMMIT_SHA is "${sha}"; expected a full commit id`);
  let mergeRequest;
  const iidText = value(env, "CI_MERGE_REQUEST_IID");
  if (iidText !== void 0) {
    const iid = Number(iidText);
    if (!Number.isInteger(iid) || iid <= 0) throw new GitLabContextError(`CI_MERGE_REQUEST_IID is "${iidText}"; expected a merge request number`);
    const mrProjectUrl = (value(env, "CI_MERGE_REQUEST_PROJECT_URL") ?? projectUrl).replace(/\/+$/, "");
    const diffBaseSha = value(env, "CI_MERGE_REQUEST_DIFF_BASE_SHA");
    mergeRequest = {
      iid,
      projectId: value(env, "CI_MERGE_REQUEST_PROJECT_ID") ?? projectId,
      title: value(env, "CI_MERGE_REQUEST_TITLE") ?? "",
      webUrl: `${mrProjectUrl}/-/merge_requests/${iid}`,
      targetBranch: required(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "GitLab sets it in every merge-request pipeline"),
      diffBaseSha,
      headSha: value(env, "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA") ?? sha
    };
  }
  const tokenValue = value(env, tokenVariable);
  const jobToken = value(env, "CI_JOB_TOKEN");
  const token = tokenValue !== void 0 ? { kind: "private", value: tokenValue, variable: tokenVariable } : jobToken !== void 0 ? { kind: "job", value: jobToken, variable: "CI_JOB_TOKEN" } : void 0;
  return {
    apiUrl,
    projectId,
    projectUrl,
    projectDir: value(env, "CI_PROJECT_DIR"),
    sha,
    pipelineUrl: value(env, "CI_PIPELINE_URL"),
    pipelineUser: value(env, "GITLAB_USER_LOGIN"),
    mergeRequest,
    token
  };
}

export {
  GitLabContextError,
  readGitLabContext
};
