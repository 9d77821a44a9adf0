// One measurement in a fresh process, so peak memory (maxRSS) belongs to that measurement alone.
//   parse <dir>: read every YAML file and parse it with js-yaml (the floor: the input read by a standard parser)
//   check <dir>: read the folder and run the full evaluation (what `changegate check` does)
import { load } from 'js-yaml';
import { evaluate } from '../src/engine/evaluate.ts';
import type { Progress } from '../src/engine/evaluate.ts';
import { readFolder } from '../src/source/folder.ts';
import { usePrecompiledValidators } from '../src/validate/schemas.ts';
import * as precompiled from 'changegate:precompiled-validators';

usePrecompiledValidators(precompiled);
const [mode, dir, asOfText] = process.argv.slice(2);
if (!dir || (mode !== 'parse' && mode !== 'check')) throw new Error('usage: child parse|check <dir> [asOf]');
const started = performance.now();
let detail: Record<string, unknown> = {};
if (mode === 'parse') {
  const { files } = readFolder(dir);
  let documents = 0;
  for (const file of files) {
    load(new TextDecoder().decode(file.bytes));
    documents++;
  }
  detail = { documents };
} else {
  const { files, refused } = readFolder(dir);
  // Reading, loading and validating end where the model stage starts; the engine is the rest.
  let modelStartedAt: number | undefined;
  const onProgress = (progress: Progress) => {
    if (progress.stage === 'model' && modelStartedAt === undefined) modelStartedAt = performance.now();
  };
  const evaluation = evaluate(files, { asOf: Date.parse(asOfText ?? '2026-11-27T09:00:00+01:00'), refused, onProgress });
  const loadMs = (modelStartedAt ?? performance.now()) - started;
  detail = { verdict: evaluation.verdict, counts: evaluation.counts, loadMs };
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, ...detail }) + '\n');
