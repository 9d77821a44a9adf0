// Workflow-command annotations: exact positions, and config-repo strings that cannot break out of the
// command (a newline would start a new command in the job log).
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/engine/evaluate.ts';
import type { Finding } from '../../src/core/finding.ts';
import { annotationCommand, escapeCommandData, escapeCommandProperty, formatGithub } from '../../src/report/github.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'maintenance-window',
  messageId: 'outsideWindow',
  severity: 'error',
  message: 'step s1 runs 16:30–17:30, outside the window',
  file: 'changes/CR-1.yaml',
  line: 28,
  column: 7,
  endLine: 28,
  endColumn: 14,
  path: '/steps/0/window',
  data: {},
  fingerprint: 'abc',
  ...over,
});

describe('github workflow commands', () => {
  it('puts the finding on its exact line and columns, under the network folder', () => {
    expect(annotationCommand(finding(), { pathPrefix: 'network' })).toBe(
      '::error file=network/changes/CR-1.yaml,line=28,endLine=28,col=7,endColumn=14,title=changegate maintenance-window::step s1 runs 16:30–17:30, outside the window',
    );
    expect(annotationCommand(finding({ severity: 'warning', endLine: 30 }), { pathPrefix: '.' })).toBe(
      '::warning file=changes/CR-1.yaml,line=28,endLine=30,title=changegate maintenance-window::step s1 runs 16:30–17:30, outside the window',
    );
    expect(annotationCommand(finding({ severity: 'notice', file: '' }), { pathPrefix: '' })).toBe('::notice title=changegate maintenance-window::step s1 runs 16:30–17:30, outside the window');
  });

  it('escapes %, CR, LF in data and also : and , in properties', () => {
    expect(escapeCommandData('100% done\r\nnext')).toBe('100%25 done%0Anext');
    expect(escapeCommandData('a\rb\nc')).toBe('a%0Ab%0Ac');
    expect(escapeCommandProperty('dir,x/a:b%.yaml')).toBe('dir%2Cx/a%3Ab%25.yaml');
  });

  it('keeps a hostile message and file name inside one command', () => {
    const line = annotationCommand(
      finding({ message: 'title\n::set-env name=NODE_OPTIONS::--require /tmp/x\u001b[31m', file: 'changes/a,b:c.yaml' }),
      { pathPrefix: '' },
    );
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(
      '::error file=changes/a%2Cb%3Ac.yaml,line=28,endLine=28,col=7,endColumn=14,title=changegate maintenance-window::title%0A::set-env name=NODE_OPTIONS::--require /tmp/x',
    );
  });

  it('formats a whole evaluation: one command per finding and a verdict line', () => {
    const evaluation = {
      verdict: 'fail',
      findings: [finding(), finding({ severity: 'warning', line: 3, endLine: 3 })],
      counts: { errors: 1, warnings: 1, notices: 0, waived: 0 },
    } as unknown as Evaluation;
    const lines = formatGithub(evaluation, { pathPrefix: '' }).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=changes\/CR-1.yaml,line=28,/);
    expect(lines[1]).toMatch(/^::warning file=changes\/CR-1.yaml,line=3,/);
    expect(lines[2]).toBe('changegate: verdict fail; 1 error(s), 1 warning(s), 0 notice(s), 0 waived.');
  });
});
