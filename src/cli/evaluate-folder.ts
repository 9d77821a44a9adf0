// The one way the CLI commands evaluate a working-tree folder, so `check` and `report` can never
// disagree about what they read or how.
import { resolve } from 'node:path';
import { evaluate } from '../engine/evaluate.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import { readFolder } from '../source/folder.ts';
import type { CliIo } from './io.ts';

export interface FolderEvaluationOptions {
  asOf: number;
  config?: string;
  includeDrafts?: boolean;
}

/** Evaluates the folder; undefined (after saying why on stderr) when the folder cannot be read at all. */
export function evaluateFolder(repoDir: string, options: FolderEvaluationOptions, io: CliIo): Evaluation | undefined {
  let snapshot;
  try {
    snapshot = readFolder(resolve(io.cwd, repoDir));
  } catch (err) {
    io.stderr(`changegate: cannot read ${repoDir}: ${(err as Error).message}\n`);
    return undefined;
  }
  return evaluate(snapshot.files, {
    asOf: options.asOf,
    refused: snapshot.refused,
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.includeDrafts ? { includeDrafts: true } : {}),
  });
}
