import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/cli/command-modules.ts
function asksForVersionOnly(argv) {
  return argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V");
}
var COMMAND_MODULES = [
  { names: ["check"], load: async () => (await import("./cli-chunk-T6Q75WE7.js")).registerCheck },
  { names: ["rules", "explain"], load: async () => (await import("./cli-chunk-JAVBBSQC.js")).registerRules },
  { names: ["init"], load: async () => (await import("./cli-chunk-A6N2EMPX.js")).registerInit },
  { names: ["schemas"], load: async () => (await import("./cli-chunk-5P7XMY6H.js")).registerSchemas },
  { names: ["hook"], load: async () => (await import("./cli-chunk-3BJ5GDQP.js")).registerHook },
  { names: ["report"], load: async () => (await import("./cli-chunk-23L6XHRC.js")).registerReport },
  { names: ["gitlab"], load: async () => (await import("./cli-chunk-T3TNP2S4.js")).registerGitLab },
  { names: ["guard"], load: async () => (await import("./cli-chunk-Z6XZMQMY.js")).registerGuard },
  { names: ["record"], load: async () => (await import("./cli-chunk-3MNEGPTC.js")).registerRecord },
  { names: ["schedule"], load: async () => (await import("./cli-chunk-EUPDRVI5.js")).registerSchedule },
  { names: ["test"], load: async () => (await import("./cli-chunk-2QXWNIJT.js")).registerTest },
  { names: ["plan"], load: async () => (await import("./cli-chunk-5OFZVXZF.js")).registerPlan }
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
