import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/cli/command-modules.ts
function asksForVersionOnly(argv) {
  return argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V");
}
var COMMAND_MODULES = [
  { names: ["check"], load: async () => (await import("./cli-chunk-ASE42W3M.js")).registerCheck },
  { names: ["rules", "explain"], load: async () => (await import("./cli-chunk-RZWHIMHG.js")).registerRules },
  { names: ["init"], load: async () => (await import("./cli-chunk-A6N2EMPX.js")).registerInit },
  { names: ["schemas"], load: async () => (await import("./cli-chunk-RTSQSVCA.js")).registerSchemas },
  { names: ["hook"], load: async () => (await import("./cli-chunk-3BJ5GDQP.js")).registerHook },
  { names: ["report"], load: async () => (await import("./cli-chunk-B6ABAMI4.js")).registerReport },
  { names: ["gitlab"], load: async () => (await import("./cli-chunk-KALUIKI3.js")).registerGitLab },
  { names: ["guard"], load: async () => (await import("./cli-chunk-Q5NAWN6V.js")).registerGuard },
  { names: ["record"], load: async () => (await import("./cli-chunk-ODXMTCSG.js")).registerRecord },
  { names: ["schedule"], load: async () => (await import("./cli-chunk-BTUIQLHF.js")).registerSchedule },
  { names: ["test"], load: async () => (await import("./cli-chunk-SEP2LK7O.js")).registerTest },
  { names: ["plan"], load: async () => (await import("./cli-chunk-QP34BLED.js")).registerPlan }
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
