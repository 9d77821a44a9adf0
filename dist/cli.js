import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  asksForVersionOnly,
  commandModulesFor
} from "./cli-chunk-ILRLXYIC.js";
import {
  VERSION
} from "./cli-chunk-IYNTTMBJ.js";
import {
  processIo
} from "./cli-chunk-LJ4XZIIS.js";
import "./cli-chunk-ZKSQ5UZ5.js";
import "./cli-chunk-TEIBIKKK.js";
import {
  setEntryCodeFile
} from "./cli-chunk-ZRQ63Y3F.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/index.ts
import { fileURLToPath } from "node:url";
function prefetch(module) {
  return module.load().catch(() => void 0);
}
async function run(argv) {
  setEntryCodeFile(fileURLToPath(import.meta.url));
  const io = processIo();
  if (asksForVersionOnly(argv)) {
    io.stdout(`${VERSION}
`);
    return 0 /* Pass */;
  }
  const [{ main }, { installPrecompiledValidators }] = await Promise.all([import("./cli-chunk-QIJXGMTT.js"), import("./cli-chunk-5P7C5EEF.js"), ...commandModulesFor(argv).map(prefetch)]);
  installPrecompiledValidators();
  return main(argv, io);
}
var outputFailed = false;
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE" || outputFailed) return;
  outputFailed = true;
  process.exitCode = 2;
  process.stderr.write(`changegate: cannot write to standard output (${err.code ?? err.message}); the report is incomplete and the verdict is not reported. Write it to a file with -o.
`);
});
function exitOnceWritten() {
  let pending = 2;
  const written = () => {
    pending--;
    if (pending === 0) setImmediate(() => process.stderr.write("", () => process.exit()));
  };
  process.stdout.write("", written);
  process.stderr.write("", written);
}
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
    exitOnceWritten();
  },
  (err) => {
    process.stderr.write(`changegate: internal error: ${String(err)}
`);
    process.exitCode = 2;
    exitOnceWritten();
  }
);
