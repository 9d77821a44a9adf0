// The one way the CLI commands evaluate a working-tree folder, so `check` and `report` can never
// disagree about what they read or how.
import { resolve } from 'node:path';
import { evaluate } from '../engine/evaluate.ts';
import type { Evaluation, Progress } from '../engine/evaluate.ts';
import { gitApprovalEvidence } from '../approvals/gather.ts';
import { readFolder } from '../source/folder.ts';
import type { CliIo } from './io.ts';

export interface FolderEvaluationOptions {
  asOf: number;
  config?: string;
  includeDrafts?: boolean;
}

/**
 * Evaluates the folder; undefined (after saying why on stderr) when the folder cannot be read at all.
 * When the policy asks for signed commits, approvals are verified against the git history of the folder.
 */
export async function evaluateFolder(repoDir: string, options: FolderEvaluationOptions, io: CliIo): Promise<Evaluation | undefined> {
  let snapshot;
  const root = resolve(io.cwd, repoDir);
  try {
    snapshot = readFolder(root);
  } catch (err) {
    io.stderr(`changegate: cannot read ${repoDir}: ${(err as Error).message}\n`);
    return undefined;
  }
  const approvalEvidence = await gitApprovalEvidence(root, snapshot.files, { kind: 'worktree' }, io.env);
  const progress = progressReporter(io);
  const evaluation = evaluate(snapshot.files, {
    asOf: options.asOf,
    ...(approvalEvidence ? { approvalEvidence } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
    refused: snapshot.refused,
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.includeDrafts ? { includeDrafts: true } : {}),
  });
  progress?.done();
  return evaluation;
}

/**
 * A one-line progress display on stderr, for a person at a terminal: nothing unless stderr is a TTY,
 * and nothing for runs shorter than a second (the common case), so it never clutters logs or pipes.
 */
function progressReporter(io: CliIo): { update: (p: Progress) => void; done: () => void } | undefined {
  if (!io.stderrIsTTY) return undefined;
  const started = io.now();
  let shown = false;
  return {
    update: (p) => {
      if (!shown && io.now() - started < 1000) return;
      shown = true;
      const what = p.stage === 'load' ? `reading files ${p.done + 1}/${p.total}` : p.stage === 'rules' ? `rule ${p.done + 1}/${p.total}` : p.stage === 'model' ? 'building the model' : 'building the timeline';
      io.stderr(`\r\u001b[2Kchangegate: ${what}…`);
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
