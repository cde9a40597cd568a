import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScanResult } from '../../model/index.js';
import { loadRules, scanRepository } from '../index.js';

/** Writes files (path → content) into a fresh temp workspace and returns its path. */
export function workspaceWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'soc2-engine-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Scans `files` with the rule file text `rules`, as a user would from the CLI. */
export async function scanWith(
  rules: string,
  files: Record<string, string | Buffer>,
  options: { maxFileBytes?: number } = {},
): Promise<ScanResult> {
  const workspace = workspaceWith({ ...files, '.rules/rules.yaml': rules });
  const loaded = await loadRules([path.join(workspace, '.rules', 'rules.yaml')]);
  return scanRepository({
    workspace,
    paths: ['.'],
    rules: loaded,
    maxFileBytes: options.maxFileBytes ?? 1024 * 1024,
    toolVersion: '0.0.0-test',
  });
}

/** A one-rule file with the given pattern operators (YAML, indented for the rule body). */
export function rule(body: string, languages = '[javascript]', id = 'test-rule'): string {
  return `rules:\n  - id: ${id}\n    message: found $X\n    severity: ERROR\n    languages: ${languages}\n${body
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n`;
}

/** `path:line` of each finding, for compact assertions. */
export function hits(result: ScanResult): string[] {
  return result.findings.map((f) => `${f.location.path}:${f.location.startLine}`);
}
