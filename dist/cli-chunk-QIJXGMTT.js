import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  Command,
  CommanderError
} from "./cli-chunk-D34V5FPE.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  COMMAND_MODULES,
  commandModulesFor
} from "./cli-chunk-ILRLXYIC.js";
import {
  VERSION
} from "./cli-chunk-IYNTTMBJ.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/main.ts
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
export {
  COMMAND_MODULES,
  VERSION,
  commandModulesFor,
  main
};
