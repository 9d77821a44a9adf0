import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  Command,
  CommanderError
} from "./cli-chunk-D34V5FPE.js";
import {
  setEntryCodeFile
} from "./cli-chunk-ZRQ63Y3F.js";
import {
  VERSION
} from "./cli-chunk-IYNTTMBJ.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  processIo
} from "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/index.ts
import { fileURLToPath } from "node:url";

// src/cli/main.ts
var COMMAND_MODULES = [
  { names: ["check"], load: async () => (await import("./cli-chunk-2YDGF4GQ.js")).registerCheck },
  { names: ["rules", "explain"], load: async () => (await import("./cli-chunk-PBZLKPCP.js")).registerRules },
  { names: ["init"], load: async () => (await import("./cli-chunk-A6N2EMPX.js")).registerInit },
  { names: ["schemas"], load: async () => (await import("./cli-chunk-WNMO4TXD.js")).registerSchemas },
  { names: ["hook"], load: async () => (await import("./cli-chunk-RP2WFQ6K.js")).registerHook },
  { names: ["report"], load: async () => (await import("./cli-chunk-63XDYK6E.js")).registerReport },
  { names: ["gitlab"], load: async () => (await import("./cli-chunk-5OT5NKER.js")).registerGitLab },
  { names: ["guard"], load: async () => (await import("./cli-chunk-3IIRNPOK.js")).registerGuard },
  { names: ["record"], load: async () => (await import("./cli-chunk-D7SADKH7.js")).registerRecord },
  { names: ["schedule"], load: async () => (await import("./cli-chunk-O53S3DEU.js")).registerSchedule },
  { names: ["test"], load: async () => (await import("./cli-chunk-P5PQIWVW.js")).registerTest },
  { names: ["plan"], load: async () => (await import("./cli-chunk-CBY42EBA.js")).registerPlan }
];
function commandModulesFor(argv) {
  const first = argv[0];
  if (argv.length === 1 && (first === "--version" || first === "-V")) return [];
  const named = COMMAND_MODULES.filter((module) => first !== void 0 && module.names.includes(first));
  return named.length > 0 ? named : COMMAND_MODULES;
}
async function main(argv, io) {
  let exitCode = 0 /* Pass */;
  const setExit = (code) => {
    exitCode = code;
  };
  const program = new Command().name("changegate").description("A safety gate for changes to a telecom voice core: checks change plans over time before they touch the network.").version(VERSION).exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError("(run with --help for usage)").addHelpText(
    "after",
    `
Examples:
  $ changegate check examples/six-sites     evaluate a repository
  $ changegate rules                        list the rules
  $ changegate explain redundancy-group-concurrency
  $ changegate init my-network              write a small valid starter repository
  $ changegate schemas                      schemas and editor settings for completion`
  );
  try {
    for (const register of await Promise.all(commandModulesFor(argv).map((module) => module.load()))) register(program, io, setExit);
    await program.parseAsync(["node", "changegate", ...argv]);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0 /* Pass */;
      return 2 /* Error */;
    }
    if (err instanceof UsageError) {
      io.stderr(`changegate: ${err.message}
`);
      return 2 /* Error */;
    }
    io.stderr(`changegate: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
    return 2 /* Error */;
  }
}

// src/cli/index.ts
async function run(argv) {
  setEntryCodeFile(fileURLToPath(import.meta.url));
  if (commandModulesFor(argv).length > 0) (await import("./cli-chunk-5P7C5EEF.js")).installPrecompiledValidators();
  return main(argv, processIo());
}
var outputFailed = false;
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE" || outputFailed) return;
  outputFailed = true;
  process.exitCode = 2;
  process.stderr.write(`changegate: cannot write to standard output (${err.code ?? err.message}); the report is incomplete and the verdict is not reported. Write it to a file with -o.
`);
});
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (err) => {
    process.stderr.write(`changegate: internal error: ${String(err)}
`);
    process.exitCode = 2;
  }
);
