import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/report/index.ts
var FORMAT_LOADERS = {
  text: async () => (await import("./cli-chunk-GKMAPXYX.js")).formatText,
  json: async () => {
    const { jsonChunks } = await import("./cli-chunk-YQLRRZD3.js");
    return (evaluation) => jsonChunks(evaluation);
  },
  junit: async () => (await import("./cli-chunk-F7XJA2JQ.js")).formatJunit,
  sarif: async () => {
    const { sarifChunks } = await import("./cli-chunk-YUHS2VQX.js");
    return (evaluation, context) => sarifChunks(evaluation, { pathPrefix: context.pathPrefix });
  },
  github: async () => {
    const { formatGithub } = await import("./cli-chunk-4I77MQCM.js");
    return (evaluation, context) => formatGithub(evaluation, { pathPrefix: context.pathPrefix });
  },
  gitlab: async () => {
    const { formatCodeQuality } = await import("./cli-chunk-IPCXI2KO.js");
    const { projectPrefix } = await import("./cli-chunk-FV3ALC2L.js");
    return (evaluation, context) => formatCodeQuality(evaluation, { pathPrefix: context.root !== void 0 ? projectPrefix(context.root) : context.pathPrefix });
  },
  markdown: async () => {
    const { formatMarkdown } = await import("./cli-chunk-RHN2MXE2.js");
    return (evaluation) => formatMarkdown(evaluation);
  }
};
var FORMAT_NAMES = Object.keys(FORMAT_LOADERS);

export {
  FORMAT_LOADERS,
  FORMAT_NAMES
};
