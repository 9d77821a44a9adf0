// The editor setup `changegate init` writes, checked with the real yaml-language-server (the server of
// VS Code's YAML extension), driven over stdio as an editor drives it: with only the repository's own
// .vscode/settings.json, a wrong field gets a diagnostic and an enum value is completed, offline; the
// modeline alone does the same for a file outside the mapped folders.
import { mkdtempSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { LspClient } from './lsp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

let repo: string;
let client: LspClient;
let initOutput = '';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd, isTTY: false, now: () => 0 });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'changegate-editor-'));
  const init = await cli(['init', 'net'], parent);
  expect(init.code).toBe(0);
  initOutput = init.stdout;
  repo = join(parent, 'net');
  // What the editor reads from the workspace: the settings init wrote, nothing else.
  const settings = JSON.parse(readFileSync(join(repo, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
  const yaml = { validate: true, completion: true, hover: true, schemas: settings['yaml.schemas'], schemaStore: { enable: false } };
  client = new LspClient(process.execPath, [SERVER, '--stdio'], repo, (method) => {
    if (method === 'workspace/configuration') return [yaml, {}, {}, {}, {}];
    return null;
  });
  const rootUri = pathToFileURL(repo).href;
  await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'net' }],
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: false } }, publishDiagnostics: {} } },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml } });
}, 60_000);

afterAll(async () => {
  await client?.close();
});

function open(path: string, text: string): string {
  const uri = pathToFileURL(join(repo, path)).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  return uri;
}

describe('the editor setup of changegate init, in the real yaml-language-server', () => {
  it('init says what it wrote: the schemas in the repository and .vscode/settings.json', () => {
    expect(initOutput).toContain('wrote net/.changegate/schemas/change-request.schema.json');
    expect(initOutput).toContain('wrote net/.vscode/settings.json');
    const starter = readFileSync(join(repo, 'changes', 'CR-0001-example.yaml'), 'utf8');
    expect(starter.split('\n')[0]).toBe('# yaml-language-server: $schema=../.changegate/schemas/change-request.schema.json');
  });

  it('reports a wrong field of a change request, mapped by the folder settings alone', async () => {
    const text = readFileSync(join(repo, 'changes', 'CR-0001-example.yaml'), 'utf8').split('\n').slice(1).join('\n').replace('owner: j.doe', 'ownr: j.doe');
    const uri = open('changes/CR-0002.yaml', text);
    const result = await client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    const messages = result.diagnostics.map((d) => d.message);
    expect(messages.some((m) => /ownr/.test(m) && /not allowed/i.test(m)), messages.join('\n')).toBe(true);
    expect(messages.some((m) => /owner/.test(m) && /missing/i.test(m)), messages.join('\n')).toBe(true);
    const line = text.split('\n').findIndex((l) => l.startsWith('ownr'));
    expect(result.diagnostics.find((d) => /ownr/.test(d.message))?.range.start.line).toBe(line);
  }, 30_000);

  it('completes the action of a step with the enum values', async () => {
    const text = readFileSync(join(repo, 'changes', 'CR-0001-example.yaml'), 'utf8').replace('    action: drain\n', '    action: \n');
    const uri = open('changes/CR-0003.yaml', text);
    const line = text.split('\n').findIndex((l) => l === '    action: ');
    const completion = await client.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 12 } });
    const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['drain', 'software-upgrade', 'restore']));
  }, 30_000);

  it("shows the schema's Markdown description on hover", async () => {
    const text = readFileSync(join(repo, 'changes', 'CR-0001-example.yaml'), 'utf8');
    const uri = open('changes/CR-0004.yaml', text);
    const line = text.split('\n').findIndex((l) => l === '    action: drain');
    const hover = await client.request<{ contents: { kind: string; value: string } | string }>('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
    const value = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(value).toContain('`drain`: moves traffic away from the targets');
  }, 30_000);

  it('uses the modeline alone for a file in a folder no setting maps', async () => {
    mkdirSync(join(repo, 'drafts'), { recursive: true });
    const text = '# yaml-language-server: $schema=../.changegate/schemas/waiver.schema.json\nkind: Waiver\nid: W-1\nrul: approvals\n';
    writeFileSync(join(repo, 'drafts', 'w.yaml'), text);
    const uri = open('drafts/w.yaml', text);
    const result = await client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    expect(result.diagnostics.map((d) => d.message).join('\n')).toMatch(/rul/);
  }, 30_000);
});
