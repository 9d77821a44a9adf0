// Runs Microsoft's SARIF validator (npm @microsoft/sarif-multitool, a self-contained Linux binary) on a
// file and returns what it found, by level.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MULTITOOL = join(import.meta.dirname, '..', '..', 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

export interface MultitoolReport {
  errors: string[];
  warnings: string[];
}

export function multitoolValidate(file: string, workDir: string): MultitoolReport {
  // npm did not run the package's install script, which is what makes the binary executable.
  chmodSync(MULTITOOL, 0o755);
  const out = join(workDir, `validation-${process.pid}-${Date.now()}.sarif`);
  try {
    execFileSync(MULTITOOL, ['validate', file, '--output', out, '--log', 'ForceOverwrite', '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
  } catch {
    // It exits non-zero when it finds errors; the output log below says which.
  }
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { text?: string; id?: string } }[] }[] };
  const results = log.runs.flatMap((r) => r.results ?? []);
  const text = (r: (typeof results)[number]) => `${r.ruleId}: ${r.message.text ?? r.message.id ?? ''}`;
  // SARIF's default level is warning.
  return {
    errors: results.filter((r) => r.level === 'error').map(text),
    warnings: results.filter((r) => (r.level ?? 'warning') === 'warning').map(text),
  };
}
