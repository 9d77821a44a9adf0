// The honest floor: a standalone CommonJS process that reads every file the check includes and parses
// it with js-yaml's CommonJS build (its fastest build in Node), timed the way bench/child.ts times the
// check: from the first read to the last parse, after start-up.
//   node bench/floor-js-yaml.cjs <dir> <file listing the included paths, one per line>
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { load } = require('js-yaml');

const [dir, listFile] = process.argv.slice(2);
if (!dir || !listFile) throw new Error('usage: floor-js-yaml.cjs <dir> <list>');
const paths = readFileSync(listFile, 'utf8').split('\n').filter((p) => p.length > 0);
const started = performance.now();
const cpuStarted = process.cpuUsage();
let documents = 0;
for (const path of paths) {
  load(readFileSync(join(dir, path), 'utf8'));
  documents++;
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, documents }) + '\n');
