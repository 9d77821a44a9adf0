import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/cli/command-modules.ts
function asksForVersionOnly(argv) {
  return argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V");
}
var COMMAND_MODULES = [
  { names: ["check"], load: async () => (await import("./cli-chunk-KCJTDKG2.js")).registerCheck },
  { names: ["rules", "explain"], load: async () => (await import("./cli-chunk-KXDF5BON.js")).registerRules },
  { names: ["init"], load: async () => (await import("./cli-chunk-A6N2EMPX.js")).registerInit },
  { names: ["schemas"], load: async () => (await import("./cli-chunk-NAGG4UWZ.js")).registerSchemas },
  { names: ["hook"], load: async () => (await import("./cli-chunk-USGTHOTP.js")).registerHook },
  { names: ["report"], load: async () => (await import("./cli-chunk-JNTQLRO6.js")).registerReport },
  { names: ["gitlab"], load: async () => (await import("./cli-chunk-ZGD2QN2S.js")).registerGitLab },
  { names: ["guard"], load: async () => (await import("./cli-chunk-2A2ZKC3V.js")).registerGuard },
  { names: ["record"], load: async () => (await import("./cli-chunk-BP3R4KRZ.js")).registerRecord },
  { names: ["schedule"], load: async () => (await import("./cli-chunk-HFODFXC7.js")).registerSchedule },
  { names: ["test"], load: async () => (await import("./cli-chunk-2SHVB2B5.js")).registerTest },
  { names: ["plan"], load: async () => (await import("./cli-chunk-LDFOS7B4.js")).registerPlan }
];
function commandModulesFor(argv) {
  const first = argv[0];
  if (asksForVersionOnly(argv)) return [];
  const named = COMMAND_MODULES.filter((module) => first !== void 0 && module.names.includes(first));
  return named.length > 0 ? named : COMMAND_MODULES;
}

export {
  asksForVersionOnly,
  COMMAND_MODULES,
  commandModulesFor
};
